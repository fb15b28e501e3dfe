import { useTranslation } from "react-i18next";
import type { Route } from "./+types/resident-home";
import { Alert, ButtonLink, Heading1, Heading2, Link, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { getCurrentProfile, getRegistrationDraft } from "~/features/registration/registration.server";
import { requireResident } from "~/lib/auth.server";
import { formatDate } from "~/lib/format-date.server";
import { getRequestState } from "~/lib/request-context.server";
import { usePageLanguage } from "~/lib/use-page-language";

export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const resident = await requireResident(state, request);
  const { db } = state.services;
  const [draft, profile] = await Promise.all([getRegistrationDraft(db, resident.id), getCurrentProfile(db, resident.id)]);
  return {
    givenName: resident.given_name,
    hasContactDetails: Boolean(resident.reminder_channel),
    notice: state.session.get("notice") ?? null,
    registration: profile ? ("registered" as const) : draft ? ("draft" as const) : ("none" as const),
    draftExpiresOn: draft ? formatDate(draft.expiresAt, state.lang) : null,
  };
}

export default function ResidentHome({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { href } = usePageLanguage();
  return (
    <>
      <PageTitle title={t("residentHome.title")} />
      <Heading1>{t("residentHome.greeting", { name: loaderData.givenName })}</Heading1>
      {loaderData.notice === "draft-saved" ? (
        <Alert type="ok" role="status">
          {t("residentHome.draftSaved", { date: loaderData.draftExpiresOn })}
        </Alert>
      ) : null}
      <Paragraph lead>{t("residentHome.intro")}</Paragraph>
      <Heading2>{t("residentHome.registrationTitle")}</Heading2>
      {loaderData.registration === "registered" ? (
        <>
          <Paragraph>{t("residentHome.registered")}</Paragraph>
          <Paragraph>
            <Link to={href("/mijn/werkzoekende-profiel")}>{t("residentHome.profileLink")}</Link>
          </Paragraph>
        </>
      ) : (
        <>
          <Paragraph>{loaderData.registration === "draft" ? t("residentHome.registrationDraft", { date: loaderData.draftExpiresOn }) : t("residentHome.registrationTodo")}</Paragraph>
          <p className="meedoen-actions">
            <ButtonLink to={href("/mijn/inschrijven")}>{loaderData.registration === "draft" ? t("residentHome.registrationContinue") : t("residentHome.registrationStart")}</ButtonLink>
          </p>
        </>
      )}
      <Heading2>{t("residentHome.contactTitle")}</Heading2>
      <Paragraph>{loaderData.hasContactDetails ? t("residentHome.contactDone") : t("residentHome.contactTodo")}</Paragraph>
      <Paragraph>
        <Link to={href("/mijn/contactgegevens")}>{t("residentHome.contactLink")}</Link>
      </Paragraph>
    </>
  );
}
