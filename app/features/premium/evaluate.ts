import { addDays, ageOn } from "~/lib/date-schema";
import type { PremiumFacts } from "./facts";
import {
  addMonths,
  durationReachedOn,
  IsoDateSchema,
  shiftDate,
  wholeMonthsBetween,
  type PremiumEvidence,
  type PremiumRuleSet,
  type PremiumTier,
} from "./rule-set";

/**
 * Checks one resident's facts against one rule set, condition by condition, so the resident and
 * the klantmanager see the same explanation. It only advises: an application is always possible
 * and the municipality decides (domain.md:81-82).
 */

export type ConditionStatus = "met" | "not_met" | "unknown";
export type ConditionKey =
  | "benefit_type"
  | "benefit_continuous"
  | "benefit_duration"
  | "age_at_exit"
  | "work_type"
  | "work_duration"
  | "work_hours"
  | "employer_subsidy"
  | "premium_tier"
  | "residence"
  | "job_reported"
  | "cooldown"
  | "application_window";

/** `values` feed the plain-language explanation: numbers, ISO dates and fixed keywords only. */
export type ConditionResult = { key: ConditionKey; status: ConditionStatus; values: Record<string, string | number> };

export type PremiumEvaluation = {
  outcome: "eligible" | "not_eligible" | "unknown";
  // The tier and amount are filled in whenever they can be determined, also when another
  // condition is not met, so the klantmanager who grants anyway knows the amount.
  amountCents: number | null;
  tier: string | null;
  conditions: ConditionResult[];
  window: { opensOn: string; closesOn: string } | null;
};

type Facts = PremiumFacts;
const unknown = (key: ConditionKey, missing: Array<keyof Facts>, values: ConditionResult["values"] = {}): ConditionResult => ({
  key,
  status: "unknown",
  values: { ...values, missing: missing.join(",") },
});
const judged = (key: ConditionKey, met: boolean, values: ConditionResult["values"]): ConditionResult => ({
  key,
  status: met ? "met" : "not_met",
  values,
});
const yesNo = (value: boolean) => (value ? "yes" : "no");

/** The last day of the full benefit: the end date, or for a partial exit the day before work began. */
function lastBenefitDayOf(facts: Facts): { exitType?: "full" | "partial"; lastBenefitDay?: string } {
  const exitType = facts.exitType ?? (facts.benefitEnd ? "full" : undefined);
  if (exitType === "full") return { exitType, lastBenefitDay: facts.benefitEnd };
  if (exitType === "partial") return { exitType, lastBenefitDay: facts.workStart && addDays(facts.workStart, -1) };
  return {};
}

/** Which answer would give the last benefit day, to name it when it is missing. */
const lastBenefitDayFact = (facts: Facts): keyof Facts => (facts.exitType === "partial" ? "workStart" : "benefitEnd");

export function evaluatePremium(rules: PremiumRuleSet, facts: PremiumFacts, today: string): PremiumEvaluation {
  if (!IsoDateSchema.safeParse(today).success) throw new Error(`evaluatePremium: today must be YYYY-MM-DD, got ${today}`);
  const { exitType, lastBenefitDay } = lastBenefitDayOf(facts);
  const tierChoice = chooseTier(rules, facts, exitType);
  const windowDates = applicationWindowOf(rules, facts, lastBenefitDay);

  const conditions = [
    benefitType(rules, facts),
    benefitContinuous(rules, facts),
    benefitDuration(rules, facts, lastBenefitDay),
    ageAtExit(rules, facts, lastBenefitDay),
    workType(rules, facts),
    workDuration(rules, facts, today),
    workHours(rules, facts),
    employerSubsidy(rules, facts),
    tierChoice.condition,
    residence(rules, facts),
    jobReported(rules, facts),
    cooldown(rules, facts, today),
    applicationWindow(rules, facts, windowDates, today),
  ].filter((condition): condition is ConditionResult => condition !== null);

  const statuses = new Set(conditions.map((condition) => condition.status));
  return {
    outcome: statuses.has("not_met") ? "not_eligible" : statuses.has("unknown") ? "unknown" : "eligible",
    amountCents: tierChoice.tier?.amountCents ?? null,
    tier: tierChoice.tier?.key ?? null,
    conditions,
    window: windowDates,
  };
}

/** The uploads to ask for, given the kind of work (all of them while the kind is unknown). */
export function evidenceFor(rules: PremiumRuleSet, facts: Pick<PremiumFacts, "workType">): PremiumEvidence[] {
  return rules.evidence.filter((item) => !item.forWorkType || !facts.workType || item.forWorkType === facts.workType);
}

function benefitType(rules: PremiumRuleSet, facts: Facts): ConditionResult {
  const allowed = rules.benefit.types.join(",");
  if (!facts.benefitType) return unknown("benefit_type", ["benefitType"], { allowed });
  return judged("benefit_type", rules.benefit.types.includes(facts.benefitType), { allowed, actual: facts.benefitType });
}

function benefitContinuous(rules: PremiumRuleSet, facts: Facts): ConditionResult | null {
  if (!rules.benefit.mustBeContinuous) return null;
  if (facts.benefitContinuous === undefined) return unknown("benefit_continuous", ["benefitContinuous"]);
  return judged("benefit_continuous", facts.benefitContinuous, { actual: yesNo(facts.benefitContinuous) });
}

function benefitDuration(rules: PremiumRuleSet, facts: Facts, lastBenefitDay: string | undefined): ConditionResult {
  const bands = rules.benefit.minimumDurationByAge;
  const missing: Array<keyof Facts> = [];
  if (!facts.benefitStart) missing.push("benefitStart");
  if (!lastBenefitDay) missing.push(lastBenefitDayFact(facts));
  // The age only matters when the bands differ; then it is the age on the last benefit day.
  if (bands.length > 1 && !facts.birthDate) missing.push("birthDate");
  if (missing.length > 0 || !facts.benefitStart || !lastBenefitDay) {
    return unknown("benefit_duration", missing, bands.length === 1 ? { months: bands[0]!.months, comparison: bands[0]!.comparison } : {});
  }
  const age = facts.birthDate ? ageOn(facts.birthDate, lastBenefitDay) : 0;
  const band = bands.filter((candidate) => candidate.fromAge <= age).at(-1) ?? bands[0]!;
  return judged("benefit_duration", lastBenefitDay >= durationReachedOn(facts.benefitStart, band), {
    months: band.months,
    comparison: band.comparison,
    fromAge: band.fromAge,
    actualMonths: wholeMonthsBetween(facts.benefitStart, lastBenefitDay),
    benefitStart: facts.benefitStart,
    lastBenefitDay,
  });
}

function ageAtExit(rules: PremiumRuleSet, facts: Facts, lastBenefitDay: string | undefined): ConditionResult | null {
  const limit = rules.ageAtExit;
  if (!limit) return null;
  const required = { ...(limit.atLeast !== undefined && { atLeast: limit.atLeast }), ...(limit.below !== undefined && { below: limit.below }) };
  if (!facts.birthDate || !lastBenefitDay) {
    return unknown("age_at_exit", [...(facts.birthDate ? [] : ["birthDate" as const]), ...(lastBenefitDay ? [] : [lastBenefitDayFact(facts)])], required);
  }
  const age = ageOn(facts.birthDate, lastBenefitDay);
  const met = (limit.atLeast === undefined || age >= limit.atLeast) && (limit.below === undefined || age < limit.below);
  return judged("age_at_exit", met, { ...required, age, lastBenefitDay });
}

function workType(rules: PremiumRuleSet, facts: Facts): ConditionResult {
  const allowed = rules.work.types.join(",");
  if (!facts.workType) return unknown("work_type", ["workType"], { allowed });
  return judged("work_type", rules.work.types.includes(facts.workType), { allowed, actual: facts.workType });
}

/** Work counts up to today, or up to the end of the contract when that has already passed. */
function workDuration(rules: PremiumRuleSet, facts: Facts, today: string): ConditionResult | null {
  const duration = rules.work.minimumDuration;
  if (!duration) return null;
  const required = { months: duration.months, comparison: duration.comparison };
  if (!facts.workStart) return unknown("work_duration", ["workStart"], required);
  const metOn = durationReachedOn(facts.workStart, duration);
  const lastWorkDay = facts.contractEndsOn && facts.contractEndsOn < today ? facts.contractEndsOn : today;
  const values: ConditionResult["values"] = {
    ...required,
    workStart: facts.workStart,
    actualMonths: lastWorkDay < facts.workStart ? 0 : wholeMonthsBetween(facts.workStart, lastWorkDay),
    metOn,
  };
  // A contract that ends too early is worth explaining: an extension would change the answer.
  if (facts.contractEndsOn && facts.contractEndsOn < metOn) values.contractEndsOn = facts.contractEndsOn;
  return judged("work_duration", lastWorkDay >= metOn, values);
}

function workHours(rules: PremiumRuleSet, facts: Facts): ConditionResult | null {
  const required = rules.work.minimumHoursPerWeek;
  if (required === undefined) return null;
  if (facts.hoursPerWeek === undefined) return unknown("work_hours", ["hoursPerWeek"], { required });
  return judged("work_hours", facts.hoursPerWeek >= required, { required, actual: facts.hoursPerWeek });
}

function employerSubsidy(rules: PremiumRuleSet, facts: Facts): ConditionResult | null {
  const rule = rules.exclusions.employerSubsidy;
  if (rule.effect === "none") return null;
  const values = { effect: rule.effect, ...(rule.effect === "reduced" && { reducedTier: rule.tier }) };
  if (facts.employerSubsidy === undefined) return unknown("employer_subsidy", ["employerSubsidy"], values);
  // A subsidy under "reduced" is met: the resident still gets a premium, the smaller tier.
  const met = rule.effect === "reduced" || !facts.employerSubsidy;
  return judged("employer_subsidy", met, { ...values, actual: yesNo(facts.employerSubsidy) });
}

type TierChoice = { condition: ConditionResult; tier: PremiumTier | null };

/**
 * Tries the tiers in order. A tier whose facts are missing stops the search: a later, smaller
 * tier would otherwise be promised to someone who may be owed the bigger one.
 */
function chooseTier(rules: PremiumRuleSet, facts: Facts, exitType: "full" | "partial" | undefined): TierChoice {
  const subsidy = rules.exclusions.employerSubsidy;
  const reducedKey = subsidy.effect === "reduced" ? subsidy.tier : undefined;
  // Under a "reduced" rule the reduced tier is for subsidised jobs only, the others for the rest.
  const pick = (subsidised: boolean) =>
    pickTier(rules.tiers.filter((tier) => reducedKey === undefined || (tier.key === reducedKey) === subsidised), facts, exitType);
  const factValues = { ...(exitType && { exitType }), ...(facts.hoursPerWeek !== undefined && { hoursPerWeek: facts.hoursPerWeek }) };

  if (reducedKey !== undefined && facts.employerSubsidy === undefined) {
    const [without, withSubsidy] = [pick(false), pick(true)];
    if (without.status === "not_met" && withSubsidy.status === "not_met") return { condition: judged("premium_tier", false, factValues), tier: null };
    const missing = new Set<keyof Facts>(["employerSubsidy", ...without.missing, ...withSubsidy.missing]);
    return { condition: unknown("premium_tier", [...missing], factValues), tier: null };
  }
  const result = pick(facts.employerSubsidy === true);
  if (result.status === "unknown") return { condition: unknown("premium_tier", result.missing, factValues), tier: null };
  if (!result.tier) return { condition: judged("premium_tier", false, factValues), tier: null };
  return {
    condition: judged("premium_tier", true, { ...factValues, tier: result.tier.key, amountCents: result.tier.amountCents }),
    tier: result.tier,
  };
}

function pickTier(tiers: PremiumTier[], facts: Facts, exitType: "full" | "partial" | undefined) {
  for (const tier of tiers) {
    if (!exitType) return { status: "unknown" as const, missing: ["exitType" as const], tier: null };
    if (tier.exit !== exitType) continue;
    if (tier.minimumHoursPerWeek !== undefined) {
      if (facts.hoursPerWeek === undefined) return { status: "unknown" as const, missing: ["hoursPerWeek" as const], tier: null };
      if (facts.hoursPerWeek < tier.minimumHoursPerWeek) continue;
    }
    return { status: "met" as const, missing: [], tier };
  }
  return { status: "not_met" as const, missing: [], tier: null };
}

function residence(rules: PremiumRuleSet, facts: Facts): ConditionResult | null {
  if (!rules.residenceRequired) return null;
  if (facts.livesInMunicipality === undefined) return unknown("residence", ["livesInMunicipality"]);
  return judged("residence", facts.livesInMunicipality, { actual: yesNo(facts.livesInMunicipality) });
}

function jobReported(rules: PremiumRuleSet, facts: Facts): ConditionResult | null {
  if (!rules.jobReport) return null;
  const weeks = rules.jobReport.withinWeeks;
  if (!facts.workStart || !facts.jobReportedOn) {
    return unknown("job_reported", [...(facts.workStart ? [] : ["workStart" as const]), ...(facts.jobReportedOn ? [] : ["jobReportedOn" as const])], { weeks });
  }
  const deadline = addDays(facts.workStart, weeks * 7);
  return judged("job_reported", facts.jobReportedOn <= deadline, { weeks, workStart: facts.workStart, deadline, reportedOn: facts.jobReportedOn });
}

/** Met once the whole cooldown has passed since the last grant: granted 1 May 2023, 3 years → 1 May 2026. */
function cooldown(rules: PremiumRuleSet, facts: Facts, today: string): ConditionResult | null {
  if (!rules.cooldown) return null;
  const { years, before } = rules.cooldown;
  if (facts.lastPremiumGrantedOn === undefined) return unknown("cooldown", ["lastPremiumGrantedOn"], { years, before });
  if (facts.lastPremiumGrantedOn === null) return judged("cooldown", true, { years, before, lastGrantedOn: "never" });
  const eligibleAgainOn = addMonths(facts.lastPremiumGrantedOn, years * 12);
  const values = { years, before, lastGrantedOn: facts.lastPremiumGrantedOn, eligibleAgainOn };
  const countedFrom = before === "application" ? today : facts.workStart;
  if (!countedFrom) return unknown("cooldown", ["workStart"], values);
  return judged("cooldown", countedFrom >= eligibleAgainOn, values);
}

function applicationWindowOf(rules: PremiumRuleSet, facts: Facts, lastBenefitDay: string | undefined) {
  const window = rules.applicationWindow;
  const reference = window?.reference === "benefit_end" ? lastBenefitDay : facts.workStart;
  if (!window || !reference) return null;
  return { opensOn: shiftDate(reference, window.opensAfter), closesOn: shiftDate(reference, window.closesAfter) };
}

/** Both the opening and the closing day are inside the window. */
function applicationWindow(
  rules: PremiumRuleSet,
  facts: Facts,
  dates: PremiumEvaluation["window"],
  today: string,
): ConditionResult | null {
  const window = rules.applicationWindow;
  if (!window) return null;
  if (!dates) return unknown("application_window", [window.reference === "work_start" ? "workStart" : lastBenefitDayFact(facts)]);
  return judged("application_window", dates.opensOn <= today && today <= dates.closesOn, { ...dates, checkedOn: today });
}
