import { useTranslation } from "react-i18next";
import { redirect } from "react-router";
import type { Route } from "./+types/start";
import { ButtonLink, Heading2, ListItem, Paragraph, UnorderedList } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { registrationTranslations, requireRegistrant } from "~/features/registration/page-data.server";
import { getCurrentProfile, getRegistrationDraft } from "~/features/registration/registration.server";
import { nextStepSlug, REGISTRATION_STEPS, type RegistrationStepSlug } from "~/features/registration/steps";
import { formatDate } from "~/lib/format-date.server";
import { localizePath } from "~/lib/i18n";
import { getRequestState } from "~/lib/request-context.server";
import { usePageLanguage } from "~/lib/use-page-language";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const { resident, municipality } = await requireRegistrant(state, request);
  const { db } = state.services;
  const draft = await getRegistrationDraft(db, resident.id);
  // Registering twice is not possible: a registered resident goes to their profile.
  if (!draft && (await getCurrentProfile(db, resident.id))) throw redirect(localizePath(state.lang, "/mijn/werkzoekende-profiel"));
  const last = draft?.lastStep as RegistrationStepSlug | null | undefined;
  const resumeAt = last ? (nextStepSlug(last) ?? "controleren") : REGISTRATION_STEPS[0].slug;
  return {
    translations: registrationTranslations(state),
    resumeAt,
    hasDraft: Boolean(draft),
    draftExpiresOn: draft ? formatDate(draft.expiresAt, state.lang) : null,
    retentionDays: municipality.settings.draftRetentionDays,
    servicepunt: municipality.settings.servicepunt.name,
  };
}

export default function RegistrationStart({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("registration");
  const { href } = usePageLanguage();
  return (
    <>
      <PageTitle title={t("start.title")} />
      <h1 className="utrecht-heading-1">{t("start.title")}</h1>
      <Paragraph lead>{t("start.what")}</Paragraph>
      <Heading2>{t("start.needTitle")}</Heading2>
      <UnorderedList>
        <ListItem>{t("start.need1")}</ListItem>
        <ListItem>{t("start.need2")}</ListItem>
      </UnorderedList>
      <Heading2>{t("start.timeTitle")}</Heading2>
      <Paragraph>{t("start.time")}</Paragraph>
      <Paragraph>{t("start.stop", { days: loaderData.retentionDays })}</Paragraph>
      <Heading2>{t("start.helpTitle")}</Heading2>
      <Paragraph>{t("start.help", { name: loaderData.servicepunt })}</Paragraph>
      {loaderData.hasDraft ? <Paragraph>{t("start.draftKept", { date: loaderData.draftExpiresOn })}</Paragraph> : null}
      <p className="meedoen-actions">
        <ButtonLink to={href(`/mijn/inschrijven/${loaderData.resumeAt}`)}>{loaderData.hasDraft ? t("start.continue") : t("start.begin")}</ButtonLink>
      </p>
    </>
  );
}
