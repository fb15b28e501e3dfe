import { useTranslation } from "react-i18next";
import { redirect } from "react-router";
import type { Route } from "./+types/confirmation";
import { Heading2, Link, ListItem, Paragraph, UnorderedList } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { getLatestResidentCaseOfType } from "~/features/cases/cases.server";
import { premiumTranslations, requirePremiumResident } from "~/features/premium/page-data.server";
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
  const { resident, municipality } = await requirePremiumResident(state, request);
  const sent = await getLatestResidentCaseOfType(state.services.db, resident.id, "uitstroompremie");
  if (!sent) throw redirect(localizePath(state.lang, "/mijn/uitstroompremie"));
  const { servicepunt } = municipality.settings;
  return {
    translations: premiumTranslations(state),
    id: sent.id,
    reference: sent.reference,
    submittedOn: formatDate(sent.submitted_at, state.lang),
    answerBy: formatDate(sent.deadline, state.lang),
    help: { name: servicepunt.name, phone: servicepunt.phone, phoneDisplay: servicepunt.phoneDisplay },
  };
}

export default function PremiumConfirmation({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation("premium");
  const { href } = usePageLanguage();
  return (
    <>
      <PageTitle title={t("confirmation.title")} />
      <SubmittedPanel title={t("confirmation.title")} referenceLabel={t("confirmation.reference")} reference={d.reference} />
      <Paragraph>{t("confirmation.date", { date: d.submittedOn })}</Paragraph>
      <Heading2>{t("confirmation.nextTitle")}</Heading2>
      <UnorderedList>
        <ListItem>{t("confirmation.next1", { date: d.answerBy })}</ListItem>
        <ListItem>{t("confirmation.next2")}</ListItem>
        <ListItem>{t("confirmation.next3")}</ListItem>
      </UnorderedList>
      <Paragraph>
        <Link to={href(`/mijn/zaken/${d.id}`)}>{t("confirmation.caseLink")}</Link>
      </Paragraph>
      <CallServicepunt text={t("start.call", { name: d.help.name })} help={d.help} />
      <Paragraph>
        <Link to={href("/mijn")}>{t("backHome")}</Link>
      </Paragraph>
    </>
  );
}
