import { useTranslation } from "react-i18next";
import { Form, redirect } from "react-router";
import type { Route } from "./+types/profile";
import { Alert, Heading2, Link, ListItem, Paragraph, UnorderedList } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { registrationTranslations, requireRegistrant } from "~/features/registration/page-data.server";
import type { JobseekerProfile } from "~/features/registration/profile";
import { ProfileSummary } from "~/features/registration/profile-summary";
import { getCurrentProfile, getRegistrationDraft, listProfileVersions, startProfileUpdate, toPartialProfile } from "~/features/registration/registration.server";
import { summaryExtras } from "~/features/registration/summary-data.server";
import { formatDate } from "~/lib/format-date.server";
import { localizePath } from "~/lib/i18n";
import { getRequestState } from "~/lib/request-context.server";
import { usePageLanguage } from "~/lib/use-page-language";
import { CsrfField } from "~/components/csrf-field";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const { resident } = await requireRegistrant(state, request);
  const { db } = state.services;
  const current = await getCurrentProfile(db, resident.id);
  if (!current) throw redirect(localizePath(state.lang, "/mijn/inschrijven"));
  const partial = toPartialProfile(current.profile as unknown as JobseekerProfile);
  const versions = await listProfileVersions(db, resident.id);
  return {
    translations: registrationTranslations(state),
    partial,
    ...(await summaryExtras(db, partial, state.lang)),
    updateInProgress: Boolean(await getRegistrationDraft(db, resident.id)),
    versions: versions.map((v) => ({ version: v.version, date: formatDate(v.created_at, state.lang) })),
  };
}

// "Change my details" copies the current profile into a draft and opens check-your-answers.
export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  const { resident, municipality } = await requireRegistrant(state, request);
  const { db } = state.services;
  const current = await getCurrentProfile(db, resident.id);
  if (!current) throw redirect(localizePath(state.lang, "/mijn/inschrijven"));
  if (!(await getRegistrationDraft(db, resident.id))) {
    await startProfileUpdate(db, resident.id, current.profile as unknown as JobseekerProfile, state.lang, municipality.settings.draftRetentionDays);
  }
  return redirect(localizePath(state.lang, "/mijn/inschrijven/controleren"));
}

export default function JobseekerProfilePage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("registration");
  const { href } = usePageLanguage();
  return (
    <>
      <PageTitle title={t("profile.title")} />
      <h1 className="utrecht-heading-1">{t("profile.title")}</h1>
      <Paragraph>{t("profile.intro")}</Paragraph>
      {loaderData.updateInProgress ? <Alert type="info">{t("profile.updateInProgress")}</Alert> : null}
      <Form method="post">
        <CsrfField />
        <button type="submit" className="utrecht-button utrecht-button--html-button utrecht-button--primary-action">
          {loaderData.updateInProgress ? t("profile.continueUpdate") : t("profile.update")}
        </button>
      </Form>
      <ProfileSummary partial={loaderData.partial} occupationNames={loaderData.occupationNames} experiencePeriods={loaderData.experiencePeriods} wwEndDate={loaderData.wwEndDate} />
      <Heading2>{t("profile.historyTitle")}</Heading2>
      <UnorderedList>
        {loaderData.versions.map((v) => (
          <ListItem key={v.version}>{t("profile.version", { version: v.version, date: v.date })}</ListItem>
        ))}
      </UnorderedList>
      <Paragraph>
        <Link to={href("/mijn/inschrijven/bewijs")}>{t("confirmation.proofLink")}</Link>
      </Paragraph>
    </>
  );
}
