import { useMemo } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { redirect } from "react-router";
import type { Route } from "./+types/proof";
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
import { createI18n } from "~/lib/i18n-instance";
import { DEFAULT_LANGUAGE, type Language, localizePath } from "~/lib/i18n";
import { getRequestState } from "~/lib/request-context.server";
import { getNamespaces } from "~/lib/translations.server";

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
  const languages: Language[] = state.lang === DEFAULT_LANGUAGE ? [DEFAULT_LANGUAGE] : [state.lang, DEFAULT_LANGUAGE];
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
    dutchResources: state.lang === DEFAULT_LANGUAGE ? null : getNamespaces(DEFAULT_LANGUAGE, ["common", "registration"]),
  };
}

type Column = Route.ComponentProps["loaderData"]["columns"][number];

function ProofColumn({ column, data }: { column: Column; data: Route.ComponentProps["loaderData"] }) {
  const { t } = useTranslation("registration");
  return (
    <section lang={column.lang} dir={column.lang === "ar" ? "rtl" : "ltr"} className="meedoen-proof__column">
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
    </section>
  );
}

export default function RegistrationProof({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("registration");
  const dutch = useMemo(() => (loaderData.dutchResources ? createI18n(DEFAULT_LANGUAGE, loaderData.dutchResources) : null), [loaderData.dutchResources]);
  const [own, dutchColumn] = loaderData.columns;
  return (
    <>
      <PageTitle title={t("proof.title")} />
      <h1 className="utrecht-heading-1">{t("proof.title")}</h1>
      <p className="utrecht-paragraph meedoen-no-print">{t("proof.howToPrint")}</p>
      <PrintButton label={t("proof.print")} />
      <div className={dutchColumn ? "meedoen-proof meedoen-proof--two" : "meedoen-proof"}>
        <ProofColumn column={own!} data={loaderData} />
        {dutchColumn && dutch ? (
          <I18nextProvider i18n={dutch}>
            <ProofColumn column={dutchColumn} data={loaderData} />
          </I18nextProvider>
        ) : null}
      </div>
    </>
  );
}
