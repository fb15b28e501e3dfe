import { useTranslation } from "react-i18next";
import type { Route } from "./+types/start";
import { Alert, ButtonLink, Heading2, Link, ListItem, Paragraph, UnorderedList } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { getLatestResidentCaseOfType } from "~/features/cases/cases.server";
import { getPremiumDraft } from "~/features/premium/application.server";
import { explainRuleSet } from "~/features/premium/explain.server";
import { draftExpiry, premiumTranslations, requirePremiumResident } from "~/features/premium/page-data.server";
import { RuleList } from "~/features/premium/premium-view";
import { formatDate } from "~/lib/format-date.server";
import { getRequestState } from "~/lib/request-context.server";
import { usePageLanguage } from "~/lib/use-page-language";
import { CallServicepunt } from "~/components/phone-link";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

const RESUME_AT: Record<string, string> = { vragen: "uitkomst", werk: "bewijs", bewijs: "rekening", rekening: "controleren" };

export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const { resident, municipality, ruleSet } = await requirePremiumResident(state, request);
  const { db } = state.services;
  const { servicepunt } = municipality.settings;
  const help = { name: servicepunt.name, phone: servicepunt.phone, phoneDisplay: servicepunt.phoneDisplay };
  // No rules in Meedoen (De Ronde Venen): say so kindly, and where to ask instead.
  if (!ruleSet) return { translations: premiumTranslations(state), available: false as const, municipality: municipality.name, help };
  const [draft, latest] = await Promise.all([getPremiumDraft(db, resident.id), getLatestResidentCaseOfType(db, resident.id, "uitstroompremie")]);
  return {
    translations: premiumTranslations(state),
    available: true as const,
    municipality: municipality.name,
    help,
    rules: explainRuleSet(ruleSet.rules, state.lang),
    draftExpiresOn: draftExpiry(draft, state),
    resumeAt: draft?.lastStep ? (RESUME_AT[draft.lastStep] ?? "vragen") : "vragen",
    saved: state.session.get("notice") === "premium-draft-saved",
    latest: latest ? { id: latest.id, reference: latest.reference, date: formatDate(latest.submitted_at, state.lang) } : null,
  };
}

export default function PremiumStart({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation("premium");
  const { href } = usePageLanguage();
  const callUs = (
    <CallServicepunt text={t("start.call", { name: d.help.name })} help={d.help} />
  );
  if (!d.available) {
    return (
      <>
        <PageTitle title={t("start.title")} />
        <h1 className="utrecht-heading-1">{t("start.title")}</h1>
        <Paragraph lead>{t("start.what")}</Paragraph>
        <Heading2>{t("start.unavailableTitle", { municipality: d.municipality })}</Heading2>
        <Paragraph>{t("start.unavailable", { municipality: d.municipality })}</Paragraph>
        {callUs}
        <Paragraph>
          <Link to={href("/mijn")}>{t("backHome")}</Link>
        </Paragraph>
      </>
    );
  }
  return (
    <>
      <PageTitle title={t("start.title")} />
      <h1 className="utrecht-heading-1">{t("start.title")}</h1>
      {d.saved ? (
        <Alert type="ok" role="status">
          {t("start.saved", { date: d.draftExpiresOn })}
        </Alert>
      ) : null}
      <Paragraph lead>{t("start.what")}</Paragraph>
      {d.latest ? (
        <section className="meedoen-outcome" aria-labelledby="premium-sent-title">
          <h2 className="utrecht-heading-2" id="premium-sent-title">
            {t("start.sentTitle")}
          </h2>
          <Paragraph>{t("start.sent", { reference: d.latest.reference, date: d.latest.date })}</Paragraph>
          <Paragraph>
            <Link to={href(`/mijn/zaken/${d.latest.id}`)}>{t("start.sentLink")}</Link>
          </Paragraph>
        </section>
      ) : null}
      <Heading2>{t("start.rulesTitle", { municipality: d.municipality })}</Heading2>
      <RuleList lines={d.rules} />
      <Heading2>{t("start.checkTitle")}</Heading2>
      <Paragraph>{t("start.check")}</Paragraph>
      <Heading2>{t("start.needTitle")}</Heading2>
      <UnorderedList>
        <ListItem>{t("start.need1")}</ListItem>
        <ListItem>{t("start.need2")}</ListItem>
        <ListItem>{t("start.need3")}</ListItem>
      </UnorderedList>
      {d.draftExpiresOn ? <Paragraph>{t("start.draftKept", { date: d.draftExpiresOn })}</Paragraph> : null}
      <p className="meedoen-actions">
        <ButtonLink to={href(`/mijn/uitstroompremie/${d.draftExpiresOn ? d.resumeAt : "vragen"}`)}>{d.draftExpiresOn ? t("start.continue") : t("start.begin")}</ButtonLink>
      </p>
      <Heading2>{t("start.helpTitle")}</Heading2>
      {callUs}
    </>
  );
}
