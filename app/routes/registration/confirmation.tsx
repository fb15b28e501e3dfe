import { useTranslation } from "react-i18next";
import { redirect } from "react-router";
import type { Route } from "./+types/confirmation";
import { Alert, Heading2, Link, ListItem, Paragraph, UnorderedList } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { getLatestResidentCaseOfType } from "~/features/cases/cases.server";
import { registrationTranslations, requireRegistrant } from "~/features/registration/page-data.server";
import { searchPeriodEnd } from "~/features/registration/target-groups";
import { todayIso } from "~/lib/date-schema";
import { formatDate } from "~/lib/format-date.server";
import { localizePath } from "~/lib/i18n";
import { getRequestState } from "~/lib/request-context.server";
import { usePageLanguage } from "~/lib/use-page-language";
import { CallServicepunt } from "~/components/phone-link";
import { SubmittedPanel } from "~/components/submitted-panel";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const { resident, municipality } = await requireRegistrant(state, request);
  const registration = await getLatestResidentCaseOfType(state.services.db, resident.id, "registratie_werkzoekende");
  if (!registration) throw redirect(localizePath(state.lang, "/mijn/inschrijven"));
  const submittedOn = todayIso(registration.submitted_at);
  const searchEnd = searchPeriodEnd(municipality.settings, resident.birth_date, submittedOn);
  return {
    translations: registrationTranslations(state),
    reference: registration.reference,
    submittedOn: formatDate(registration.submitted_at, state.lang),
    answerBy: formatDate(registration.deadline, state.lang),
    searchPeriodEnd: searchEnd ? formatDate(searchEnd, state.lang) : null,
    servicepunt: { name: municipality.settings.servicepunt.name, phone: municipality.settings.servicepunt.phone, phoneDisplay: municipality.settings.servicepunt.phoneDisplay },
  };
}

export default function RegistrationConfirmation({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("registration");
  const { href } = usePageLanguage();
  return (
    <>
      <PageTitle title={t("confirmation.title")} />
      <SubmittedPanel title={t("confirmation.title")} referenceLabel={t("confirmation.reference")} reference={loaderData.reference} />
      <Paragraph>{t("confirmation.date", { date: loaderData.submittedOn })}</Paragraph>
      <Heading2>{t("confirmation.nextTitle")}</Heading2>
      <UnorderedList>
        <ListItem>{t("confirmation.next1", { date: loaderData.answerBy })}</ListItem>
        <ListItem>{t("confirmation.next2")}</ListItem>
      </UnorderedList>
      {loaderData.searchPeriodEnd ? (
        <Alert type="info">
          <h2 className="utrecht-heading-2">{t("confirmation.searchTitle")}</h2>
          <p className="utrecht-paragraph">{t("confirmation.searchText", { date: loaderData.searchPeriodEnd })}</p>
          <UnorderedList>
            <ListItem>{t("confirmation.search1")}</ListItem>
            <ListItem>{t("confirmation.search2")}</ListItem>
            <ListItem>{t("confirmation.search3")}</ListItem>
          </UnorderedList>
        </Alert>
      ) : null}
      <Heading2>{t("confirmation.proofTitle")}</Heading2>
      <Paragraph>
        <Link to={href("/mijn/inschrijven/bewijs")}>{t("confirmation.proofLink")}</Link>
      </Paragraph>
      <CallServicepunt text={t("confirmation.questions", { name: loaderData.servicepunt.name })} help={loaderData.servicepunt} />
      <Paragraph>
        <Link to={href("/mijn")}>{t("confirmation.home")}</Link>
      </Paragraph>
    </>
  );
}
