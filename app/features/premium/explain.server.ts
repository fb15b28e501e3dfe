import { formatDate } from "~/lib/format-date.server";
import type { Language } from "~/lib/i18n";
import type { ConditionResult, PremiumEvaluation } from "./evaluate";
import type { PremiumRuleSet } from "./rule-set";

/**
 * Turns an evaluation into sentences to show: for each condition the rule, in plain words, and
 * what we know about the resident. Keys are in the `premium` namespace; dates and amounts are
 * formatted here, on the server, so the page hydrates to exactly the same text. The resident's
 * result page and the klantmanager's case page both use this, so they read the same thing.
 */
export type Line = { key: string; params?: Record<string, Param> };
/** A parameter is text, or a list of texts the component translates and joins ("bijstand, IOAW"). */
export type Param = string | { list: Line[] };
export type ConditionView = { key: ConditionResult["key"]; status: ConditionResult["status"]; rule: Line | null; fact: Line };
export type EvaluationView = {
  outcome: PremiumEvaluation["outcome"];
  amount: string | null;
  window: { opensOn: string; closesOn: string; state: "open" | "early" | "late" } | null;
  conditions: ConditionView[];
};

export function formatEuro(cents: number, lang: Language): string {
  return new Intl.NumberFormat(lang, { style: "currency", currency: "EUR", minimumFractionDigits: cents % 100 === 0 ? 0 : 2 }).format(cents / 100);
}

const UNKNOWN: Line = { key: "conditions.unknown" };

export function explainEvaluation(evaluation: PremiumEvaluation, context: { lang: Language; municipality: string; today: string }): EvaluationView {
  const { lang } = context;
  const date = (value: string | number | undefined) => (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value, lang) : "");
  const window = evaluation.window;
  return {
    outcome: evaluation.outcome,
    amount: evaluation.amountCents === null ? null : formatEuro(evaluation.amountCents, lang),
    window: window
      ? {
          opensOn: date(window.opensOn),
          closesOn: date(window.closesOn),
          state: context.today < window.opensOn ? "early" : context.today > window.closesOn ? "late" : "open",
        }
      : null,
    conditions: evaluation.conditions.map((condition) => explainCondition(condition, { ...context, date, euro: (cents) => formatEuro(cents, lang) })),
  };
}

type Helpers = { municipality: string; today: string; date: (value: string | number | undefined) => string; euro: (cents: number) => string };

function explainCondition(condition: ConditionResult, h: Helpers): ConditionView {
  const v = condition.values;
  const view = (rule: Line | null, fact: Line | null): ConditionView => ({
    key: condition.key,
    status: condition.status,
    rule,
    fact: condition.status === "unknown" || !fact ? UNKNOWN : fact,
  });
  const s = (value: string | number | undefined) => (value === undefined ? "" : String(value));
  const list = (value: string | number | undefined, prefix: string) =>
    s(value)
      .split(",")
      .filter(Boolean)
      .map((item) => ({ key: `${prefix}.${item}` }));
  const one = (key: string): Param => ({ list: [{ key }] });
  switch (condition.key) {
    case "benefit_type":
      return view({ key: "conditions.benefit_type.rule", params: { allowed: { list: list(v.allowed, "benefits") } } }, { key: `conditions.benefit_type.${condition.status === "met" ? "met" : "notMet"}`, params: { actual: one(`benefits.${s(v.actual)}`) } });
    case "benefit_continuous":
      return view({ key: "conditions.benefit_continuous.rule" }, { key: `conditions.benefit_continuous.${v.actual === "yes" ? "yes" : "no"}` });
    case "benefit_duration": {
      const rule = v.months === undefined ? null : { key: `conditions.benefit_duration.rule_${s(v.comparison)}`, params: { months: s(v.months) } };
      return view(rule, { key: "conditions.benefit_duration.fact", params: { benefitStart: h.date(v.benefitStart), lastBenefitDay: h.date(v.lastBenefitDay), actualMonths: s(v.actualMonths) } });
    }
    case "age_at_exit": {
      const variant = v.atLeast !== undefined && v.below !== undefined ? "between" : v.atLeast !== undefined ? "atLeast" : "below";
      return view({ key: `conditions.age_at_exit.rule_${variant}`, params: { atLeast: s(v.atLeast), below: s(v.below) } }, { key: "conditions.age_at_exit.fact", params: { age: s(v.age), lastBenefitDay: h.date(v.lastBenefitDay) } });
    }
    case "work_type":
      return view({ key: "conditions.work_type.rule", params: { allowed: { list: list(v.allowed, "workTypes") } } }, { key: "conditions.work_type.fact", params: { actual: one(`workTypes.${s(v.actual)}`) } });
    case "work_duration": {
      const rule = { key: `conditions.work_duration.rule_${s(v.comparison)}`, params: { months: s(v.months) } };
      if (condition.status === "met") return view(rule, { key: "conditions.work_duration.met", params: { workStart: h.date(v.workStart) } });
      if (v.contractEndsOn !== undefined) return view(rule, { key: "conditions.work_duration.contractTooShort", params: { workStart: h.date(v.workStart), contractEndsOn: h.date(v.contractEndsOn) } });
      return view(rule, { key: "conditions.work_duration.notYet", params: { workStart: h.date(v.workStart), metOn: h.date(v.metOn) } });
    }
    case "work_hours":
      return view({ key: "conditions.work_hours.rule", params: { required: s(v.required) } }, { key: "conditions.work_hours.fact", params: { actual: s(v.actual) } });
    case "employer_subsidy":
      return view({ key: `conditions.employer_subsidy.rule_${s(v.effect)}` }, { key: `conditions.employer_subsidy.${v.actual === "yes" ? "yes" : "no"}` });
    case "premium_tier": {
      if (condition.status === "met") return view({ key: "conditions.premium_tier.rule" }, { key: "conditions.premium_tier.met", params: { amount: h.euro(Number(v.amountCents)) } });
      return view({ key: "conditions.premium_tier.rule" }, { key: v.exitType === "partial" ? "conditions.premium_tier.notMetPartial" : "conditions.premium_tier.notMet" });
    }
    case "residence":
      return view({ key: "conditions.residence.rule", params: { municipality: h.municipality } }, { key: `conditions.residence.${v.actual === "yes" ? "yes" : "no"}`, params: { municipality: h.municipality } });
    case "job_reported":
      return view({ key: "conditions.job_reported.rule", params: { weeks: s(v.weeks) } }, { key: "conditions.job_reported.fact", params: { reportedOn: h.date(v.reportedOn), deadline: h.date(v.deadline) } });
    case "cooldown":
      return view(
        { key: "conditions.cooldown.rule", params: { years: s(v.years) } },
        v.lastGrantedOn === "never" ? { key: "conditions.cooldown.never" } : { key: "conditions.cooldown.fact", params: { lastGrantedOn: h.date(v.lastGrantedOn), eligibleAgainOn: h.date(v.eligibleAgainOn) } },
      );
    case "application_window": {
      if (v.opensOn === undefined) return view({ key: "conditions.application_window.ruleUnknown" }, null);
      const rule = { key: "conditions.application_window.rule", params: { opensOn: h.date(v.opensOn), closesOn: h.date(v.closesOn) } };
      if (condition.status === "met") return view(rule, { key: "conditions.application_window.open" });
      const early = h.today < s(v.opensOn);
      return view(rule, early ? { key: "conditions.application_window.early", params: { opensOn: h.date(v.opensOn) } } : { key: "conditions.application_window.late", params: { closesOn: h.date(v.closesOn) } });
    }
  }
}

/** Describes a rule set in plain sentences, for the start page and the beheerder's page. */
export function explainRuleSet(rules: PremiumRuleSet, lang: Language): Line[] {
  const euro = (cents: number) => formatEuro(cents, lang);
  const lines: Line[] = [];
  const reducedTier = rules.exclusions.employerSubsidy.effect === "reduced" ? rules.exclusions.employerSubsidy.tier : null;
  for (const tier of rules.tiers) {
    const variant = tier.key === reducedTier ? "reduced" : tier.exit === "partial" ? "partial" : "full";
    lines.push({ key: `rules.tier_${variant}`, params: { amount: euro(tier.amountCents), hours: String(tier.minimumHoursPerWeek ?? "") } });
  }
  lines.push({ key: "rules.benefitTypes", params: { allowed: { list: rules.benefit.types.map((type) => ({ key: `benefits.${type}` })) } } });
  for (const band of rules.benefit.minimumDurationByAge) {
    lines.push({ key: `rules.benefitDuration_${band.comparison}${band.fromAge > 0 ? "_fromAge" : ""}`, params: { months: String(band.months), fromAge: String(band.fromAge) } });
  }
  if (rules.benefit.mustBeContinuous) lines.push({ key: "rules.benefitContinuous" });
  if (rules.ageAtExit) {
    const { atLeast, below } = rules.ageAtExit;
    const variant = atLeast !== undefined && below !== undefined ? "between" : atLeast !== undefined ? "atLeast" : "below";
    lines.push({ key: `conditions.age_at_exit.rule_${variant}`, params: { atLeast: String(atLeast ?? ""), below: String(below ?? "") } });
  }
  lines.push({ key: "rules.workTypes", params: { allowed: { list: rules.work.types.map((type) => ({ key: `workTypes.${type}` })) } } });
  if (rules.work.minimumDuration) lines.push({ key: `conditions.work_duration.rule_${rules.work.minimumDuration.comparison}`, params: { months: String(rules.work.minimumDuration.months) } });
  if (rules.work.minimumHoursPerWeek) lines.push({ key: "conditions.work_hours.rule", params: { required: String(rules.work.minimumHoursPerWeek) } });
  if (rules.exclusions.employerSubsidy.effect !== "none") lines.push({ key: `conditions.employer_subsidy.rule_${rules.exclusions.employerSubsidy.effect}` });
  if (rules.residenceRequired) lines.push({ key: "rules.residence" });
  if (rules.jobReport) lines.push({ key: "conditions.job_reported.rule", params: { weeks: String(rules.jobReport.withinWeeks) } });
  if (rules.cooldown) lines.push({ key: "conditions.cooldown.rule", params: { years: String(rules.cooldown.years) } });
  const window = rules.applicationWindow;
  if (window) {
    lines.push({
      key: `rules.window_${window.reference}`,
      params: { opens: offsetText(window.opensAfter), closes: offsetText(window.closesAfter) },
    });
  }
  if (rules.annualBudgetCents !== undefined) lines.push({ key: "rules.budget", params: { amount: euro(rules.annualBudgetCents) } });
  return lines;
}

/** "6 maanden", "1 dag", "6 maanden en 1 dag": how long after the reference day. */
function offsetText(offset: { months: number; days: number }): Param {
  const months = { key: offset.months === 1 ? "rules.month" : "rules.months", params: { count: String(offset.months) } };
  const days = { key: offset.days === 1 ? "rules.day" : "rules.days", params: { count: String(offset.days) } };
  if (offset.months && offset.days) return { list: [{ key: "rules.monthsAndDays", params: { months: { list: [months] }, days: { list: [days] } } }] };
  return { list: [offset.months ? months : days] };
}
