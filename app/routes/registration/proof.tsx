import { useTranslation } from "react-i18next";
import { redirect } from "react-router";
import type { Route } from "./+types/proof";
import { BesideDutch } from "~/components/beside-dutch";
import { PageTitle } from "~/components/page-title";
import { PrintButton } from "~/components/print-button";
import { SummaryList } from "~/components/summary-list";
import { getLatestResidentCaseOfType } from "~/features/cases/cases.server";
import { registrationTranslations, requireRegistrant } from "~/features/registration/page-data.server";
import type { JobseekerProfile } from "~/features/registration/profile";
import { ProfileSummary } from "~/features/registration/profile-summary";
import { getCurrentProfile, toPartialProfile } from "~/features/registration/registration.server";
import { summaryExtras } from "~/features/registration/summary-data.server";
import { formatDate } from "~/lib/format-date.server";
import { localizePath } from "~/lib/i18n";
import { getRequestState } from "~/lib/request-context.server";
import { besideDutch } from "~/lib/translations.server";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

// Proof of registration to print or save as PDF: the resident's language beside the Dutch
// text, which is the one that counts.
export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const { resident, municipality } = await requireRegistrant(state, request);
  const { db } = state.services;
  const registration = await getLatestResidentCaseOfType(db, resident.id, "registratie_werkzoekende");
  const current = await getCurrentProfile(db, resident.id);
  if (!registration || !current) throw redirect(localizePath(state.lang, "/mijn/inschrijven"));
  const partial = toPartialProfile(current.profile as unknown as JobseekerProfile);
  const { languages, dutchResources } = besideDutch(state.lang, ["common", "registration"]);
  const columns = await Promise.all(
    languages.map(async (lang) => ({
      lang,
      submittedOn: formatDate(registration.submitted_at, lang),
      ...(await summaryExtras(db, partial, lang)),
    })),
  );
  return {
    translations: registrationTranslations(state),
    partial,
    reference: registration.reference,
    name: `${resident.given_name} ${resident.family_name}`,
    municipality: municipality.name,
    columns,
    dutchResources,
  };
}

type Column = Route.ComponentProps["loaderData"]["columns"][number];

function ProofColumn({ column, data }: { column: Column; data: Route.ComponentProps["loaderData"] }) {
  const { t } = useTranslation("registration");
  return (
    <>
      <h2 className="utrecht-heading-2">{t("proof.heading")}</h2>
      <SummaryList
        rows={[
          { label: t("proof.name"), value: data.name },
          { label: t("proof.municipality"), value: data.municipality },
          { label: t("confirmation.reference"), value: data.reference, dir: "ltr" },
          { label: t("proof.date"), value: column.submittedOn },
        ]}
      />
      <p className="utrecht-paragraph">{t("proof.statement")}</p>
      <ProfileSummary partial={data.partial} occupationNames={column.occupationNames} experiencePeriods={column.experiencePeriods} wwEndDate={column.wwEndDate} />
    </>
  );
}

export default function RegistrationProof({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("registration");
  return (
    <>
      <PageTitle title={t("proof.title")} />
      <h1 className="utrecht-heading-1">{t("proof.title")}</h1>
      <p className="utrecht-paragraph meedoen-no-print">{t("proof.howToPrint")}</p>
      <PrintButton label={t("proof.print")} />
      <BesideDutch columns={loaderData.columns} dutchResources={loaderData.dutchResources}>
        {(column) => <ProofColumn column={column} data={loaderData} />}
      </BesideDutch>
    </>
  );
}
