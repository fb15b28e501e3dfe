import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ConditionView, EvaluationView, Line } from "./explain.server";

/** Translates a line built on the server; list parameters are translated item by item. */
export function useLineText() {
  const { t } = useTranslation("premium");
  const text = (line: Line): string => {
    const params = Object.fromEntries(Object.entries(line.params ?? {}).map(([name, value]) => [name, typeof value === "string" ? value : value.list.map(text).join(", ")]));
    return t(line.key, params);
  };
  return text;
}

/** The rules of a municipality as a list of plain sentences. */
export function RuleList({ lines }: { lines: Line[] }) {
  const text = useLineText();
  return (
    <ul className="utrecht-unordered-list">
      {lines.map((line) => (
        <li className="utrecht-unordered-list__item" key={`${line.key}-${JSON.stringify(line.params ?? {})}`}>
          {text(line)}
        </li>
      ))}
    </ul>
  );
}

/**
 * One item per condition: its name, whether it is met, the rule and what we know. The status is
 * a word, not only a colour or an icon, so it is read out and survives a black-and-white print.
 */
export function ConditionList({ conditions, headingLevel = 3 }: { conditions: ConditionView[]; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation("premium");
  const text = useLineText();
  const Heading = `h${headingLevel}` as "h3" | "h4";
  return (
    <ul className="meedoen-task-list">
      {conditions.map((condition) => (
        <li key={condition.key} className={`meedoen-condition meedoen-condition--${condition.status}`}>
          <Heading className={`utrecht-heading-${headingLevel}`}>{t(`conditions.${condition.key}.title`)}</Heading>
          <p className="utrecht-paragraph">
            <strong>{t(`status.${condition.status}`)}</strong>
          </p>
          {condition.rule ? <p className="utrecht-paragraph">{text(condition.rule)}</p> : null}
          <p className="utrecht-paragraph">{text(condition.fact)}</p>
        </li>
      ))}
    </ul>
  );
}

/** The outcome in one sentence, the amount and the dates to apply. */
export function OutcomeSummary({ view }: { view: EvaluationView }) {
  const { t } = useTranslation("premium");
  return (
    <>
      <p className="utrecht-paragraph utrecht-paragraph--lead">
        <strong>{t(`outcome.${view.outcome}.title`)}</strong>
      </p>
      {view.outcome === "eligible" && view.amount ? <p className="utrecht-paragraph">{t("outcome.amount", { amount: view.amount })}</p> : null}
      <p className="utrecht-paragraph">{t(`outcome.${view.outcome}.text`)}</p>
      {view.window ? <p className="utrecht-paragraph">{t("outcome.window", { opensOn: view.window.opensOn, closesOn: view.window.closesOn })}</p> : null}
    </>
  );
}

/** Progress, heading and the way back, the same on every step of the application. */
export function PremiumStepLayout({ number, title, backHref, draftExpiresOn, children }: { number: number; title: string; backHref: string; draftExpiresOn: string | null; children: ReactNode }) {
  const { t } = useTranslation("premium");
  return (
    <>
      <p className="meedoen-back">
        <Link className="utrecht-link" to={backHref}>
          {t("back")}
        </Link>
      </p>
      <p className="meedoen-progress">{t("progress", { number, total: PREMIUM_TOTAL_STEPS })}</p>
      <h1 className="utrecht-heading-1">{title}</h1>
      {children}
      {draftExpiresOn ? <p className="utrecht-paragraph meedoen-muted">{t("draftKeptUntil", { date: draftExpiresOn })}</p> : null}
    </>
  );
}

export const PREMIUM_TOTAL_STEPS = 5;

/** "Save and continue" checks; "save and come back later" keeps what is there without checking. */
export function PremiumStepButtons({ returnToReview, continueLabel }: { returnToReview: boolean; continueLabel?: string }) {
  const { t } = useTranslation("premium");
  return (
    <div className="meedoen-button-row">
      {returnToReview ? <input type="hidden" name="terug" value="controleren" /> : null}
      <button type="submit" name="intent" value="next" className="utrecht-button utrecht-button--html-button utrecht-button--primary-action">
        {continueLabel ?? t("saveAndContinue")}
      </button>
      <button type="submit" name="intent" value="save" formNoValidate className="utrecht-button utrecht-button--html-button utrecht-button--secondary-action">
        {t("saveForLater")}
      </button>
    </div>
  );
}
