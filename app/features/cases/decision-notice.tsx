import { useTranslation } from "react-i18next";
import { Paragraph } from "~/components/nlds";

export type ResidentDecision = { outcome: "toegekend" | "afgewezen" | "afgehandeld"; date: string; dutchText: string; translation: string | null };

/**
 * The decision as the resident reads it: the outcome in plain words, the standard text in
 * their language, the binding Dutch text beside it, and how to object (Awb: 6 weeks).
 */
export function DecisionNotice({ decision }: { decision: ResidentDecision }) {
  const { t } = useTranslation();
  return (
    <section className="meedoen-decision" aria-labelledby="decision-title">
      <h2 className="utrecht-heading-2" id="decision-title">
        {t("decisions.title")}
      </h2>
      <Paragraph>
        <strong>{t(`cases.statuses.${decision.outcome}`)}</strong> · {decision.date}
      </Paragraph>
      {decision.translation ? (
        <>
          <h3 className="utrecht-heading-3">{t("decisions.translation")}</h3>
          <p className="utrecht-paragraph">{decision.translation}</p>
        </>
      ) : null}
      <h3 className="utrecht-heading-3">{t("decisions.dutchText")}</h3>
      <p className="utrecht-paragraph meedoen-quote" lang="nl" dir="ltr">
        {decision.dutchText}
      </p>
      <Paragraph>{t("decisions.objection")}</Paragraph>
    </section>
  );
}
