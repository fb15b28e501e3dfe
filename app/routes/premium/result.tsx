import { useTranslation } from "react-i18next";
import { redirect } from "react-router";
import type { Route } from "./+types/result";
import { ButtonLink, Heading2, Link, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { evaluateDraft } from "~/features/premium/application.server";
import { explainEvaluation } from "~/features/premium/explain.server";
import { premiumTranslations, requirePremiumApplicant } from "~/features/premium/page-data.server";
import { ConditionList, OutcomeSummary } from "~/features/premium/premium-view";
import { todayIso } from "~/lib/date-schema";
import { localizePath } from "~/lib/i18n";
import { getRequestState } from "~/lib/request-context.server";
import { usePageLanguage } from "~/lib/use-page-language";
import { CallServicepunt } from "~/components/phone-link";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

// The result of the check: each condition in plain words. It only advises: whatever it says,
// the resident may apply, and the municipality decides (domain.md, capability 4).
export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const { municipality, ruleSet, draft, known } = await requirePremiumApplicant(state, request);
  const today = todayIso();
  const checked = await evaluateDraft(draft, ruleSet, known, today);
  if (!checked) throw redirect(localizePath(state.lang, "/mijn/uitstroompremie/vragen"));
  return {
    translations: premiumTranslations(state),
    view: explainEvaluation(checked.evaluation, { lang: state.lang, municipality: municipality.name, today }),
    help: municipality.settings.servicepunt,
  };
}

export default function PremiumResult({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation("premium");
  const { href } = usePageLanguage();
  const { view } = d;
  return (
    <>
      <PageTitle title={t("result.title")} />
      <p className="meedoen-back">
        <Link to={href("/mijn/uitstroompremie/vragen")}>{t("back")}</Link>
      </p>
      <h1 className="utrecht-heading-1">{t("result.title")}</h1>
      <section className="meedoen-outcome" aria-labelledby="premium-outcome">
        <h2 className="utrecht-heading-2" id="premium-outcome">
          {t("result.outcomeTitle")}
        </h2>
        <OutcomeSummary view={view} />
      </section>
      <Heading2>{t("result.conditionsTitle")}</Heading2>
      <Paragraph>{t("result.conditionsIntro")}</Paragraph>
      <ConditionList conditions={view.conditions} />
      <Heading2>{t("result.nextTitle")}</Heading2>
      <Paragraph>{view.outcome === "eligible" ? t("result.nextEligible") : t("result.nextAnyway")}</Paragraph>
      <p className="meedoen-actions">
        <ButtonLink to={href("/mijn/uitstroompremie/werk")}>{t("result.apply")}</ButtonLink>
      </p>
      <Paragraph>
        <Link to={href("/mijn/uitstroompremie/vragen")}>{t("result.changeAnswers")}</Link>
      </Paragraph>
      <CallServicepunt text={t("start.call", { name: d.help.name })} help={d.help} />
    </>
  );
}
