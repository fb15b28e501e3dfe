import { describe, expect, it } from "vitest";
import { PremiumFactsSchema } from "./facts";
import { addMonths, durationReachedOn, PremiumRuleSetSchema, shiftDate, wholeMonthsBetween, type PremiumRuleSetInput } from "./rule-set";
import { seededPremiumRuleSets } from "./rule-sets";
import { lansingerlandPremiumRules } from "./rule-sets/lansingerland";

describe("how the rules count time", () => {
  it("adds months and clamps to the end of a shorter month", () => {
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonths("2025-08-31", 1)).toBe("2025-09-30");
    expect(addMonths("2025-12-15", 1)).toBe("2026-01-15");
    expect(addMonths("2024-03-31", -1)).toBe("2024-02-29");
    expect(addMonths("2025-01-15", -13)).toBe("2023-12-15");
  });

  it("shifts by months first, then days", () => {
    expect(shiftDate("2025-01-31", { months: 1, days: 1 })).toBe("2025-03-01");
    expect(shiftDate("2025-01-31", { months: 0, days: 1 })).toBe("2025-02-01");
  });

  it("separates 'at least 6 months' from 'more than 6 months' by one day", () => {
    expect(durationReachedOn("2025-01-01", { months: 6, comparison: "at_least" })).toBe("2025-06-30");
    expect(durationReachedOn("2025-01-01", { months: 6, comparison: "more_than" })).toBe("2025-07-01");
    expect(durationReachedOn("2024-03-01", { months: 12, comparison: "at_least" })).toBe("2025-02-28");
  });

  it("counts whole months with both ends included", () => {
    expect(wholeMonthsBetween("2025-01-01", "2025-06-30")).toBe(6);
    expect(wholeMonthsBetween("2025-01-01", "2025-06-29")).toBe(5);
    expect(wholeMonthsBetween("2025-01-31", "2025-02-27")).toBe(1);
    expect(wholeMonthsBetween("2025-01-01", "2025-01-01")).toBe(0);
    expect(wholeMonthsBetween("2023-01-01", "2024-06-30")).toBe(18);
  });
});

describe("the seeded rule sets", () => {
  it.each(Object.entries(seededPremiumRuleSets))("%s parses, is keyed by its own slug and survives JSON", (slug, rules) => {
    expect(rules.municipality).toBe(slug);
    expect(rules.version).toBe(1);
    // A beheerder edits JSON: what goes out must come back unchanged.
    expect(PremiumRuleSetSchema.parse(JSON.parse(JSON.stringify(rules)))).toEqual(rules);
  });

  it("has Nijkerk's annual budget of €15,000 in cents (001:291)", () => {
    expect(seededPremiumRuleSets.nijkerk.annualBudgetCents).toBe(1_500_000);
  });
});

describe("PremiumRuleSetSchema refuses what a beheerder should not save", () => {
  const valid = (): PremiumRuleSetInput => structuredClone(lansingerlandPremiumRules);
  const issuesFor = (input: unknown) => {
    const result = PremiumRuleSetSchema.safeParse(input);
    expect(result.success).toBe(false);
    return result.error!.issues.map((issue) => ({ path: issue.path.join("."), code: issue.code }));
  };

  it("accepts the unchanged example", () => {
    expect(PremiumRuleSetSchema.safeParse(valid()).success).toBe(true);
  });

  it("refuses negative, zero and fractional amounts", () => {
    expect(issuesFor({ ...valid(), tiers: [{ key: "x", amountCents: -50_000, exit: "full" }] })).toEqual([{ path: "tiers.0.amountCents", code: "too_small" }]);
    expect(issuesFor({ ...valid(), tiers: [{ key: "x", amountCents: 0, exit: "full" }] })).toEqual([{ path: "tiers.0.amountCents", code: "too_small" }]);
    expect(issuesFor({ ...valid(), tiers: [{ key: "x", amountCents: 499.5, exit: "full" }] })).toEqual([{ path: "tiers.0.amountCents", code: "invalid_type" }]);
    expect(issuesFor({ ...valid(), annualBudgetCents: -1 })).toEqual([{ path: "annualBudgetCents", code: "too_small" }]);
  });

  it("refuses unknown keys at the top and inside", () => {
    expect(issuesFor({ ...valid(), amount: 500 })).toEqual([{ path: "", code: "unrecognized_keys" }]);
    expect(issuesFor({ ...valid(), tiers: [{ key: "x", amountCents: 500_00, exit: "full", bonus: 1 }] })).toEqual([{ path: "tiers.0", code: "unrecognized_keys" }]);
    const bands = [{ fromAge: 0, months: 12, comparison: "more_than", extra: true }];
    expect(issuesFor({ ...valid(), benefit: { ...valid().benefit, minimumDurationByAge: bands } })).toEqual([
      { path: "benefit.minimumDurationByAge.0", code: "unrecognized_keys" },
    ]);
  });

  it("refuses no tiers, duplicate tier keys and a reduced tier that does not exist or stands alone", () => {
    expect(issuesFor({ ...valid(), tiers: [] })).toEqual([{ path: "tiers", code: "too_small" }]);
    const twice = [{ key: "a", amountCents: 1, exit: "full" }, { key: "a", amountCents: 2, exit: "partial" }];
    expect(issuesFor({ ...valid(), tiers: twice })).toEqual([{ path: "tiers.1.key", code: "custom" }]);
    expect(issuesFor({ ...valid(), exclusions: { employerSubsidy: { effect: "reduced", tier: "nope" } } })).toEqual([
      { path: "exclusions.employerSubsidy.tier", code: "custom" },
    ]);
    expect(issuesFor({ ...valid(), exclusions: { employerSubsidy: { effect: "reduced", tier: "uitstroompremie" } } })).toEqual([{ path: "tiers", code: "custom" }]);
  });

  it("refuses a window that closes before, on, or not always after the day it opens", () => {
    const window = (opensAfter: object, closesAfter: object) => ({ ...valid(), applicationWindow: { reference: "benefit_end", opensAfter, closesAfter } });
    expect(issuesFor(window({ months: 9 }, { months: 6 }))).toEqual([{ path: "applicationWindow.closesAfter", code: "custom" }]);
    expect(issuesFor(window({ months: 6 }, { months: 6 }))).toEqual([{ path: "applicationWindow.closesAfter", code: "custom" }]);
    // One month after 1 March (1 April) is later than 30 days (31 March); after 1 February it is not.
    expect(issuesFor(window({ days: 30 }, { months: 1 }))).toEqual([{ path: "applicationWindow.closesAfter", code: "custom" }]);
    expect(issuesFor(window({ months: 1 }, { days: 31 }))).toEqual([{ path: "applicationWindow.closesAfter", code: "custom" }]);
    expect(PremiumRuleSetSchema.safeParse(window({ months: 1 }, { days: 32 })).success).toBe(true);
    expect(issuesFor(window({ months: -1 }, { months: 3 }))).toEqual([{ path: "applicationWindow.opensAfter.months", code: "too_small" }]);
  });

  it("refuses age bands that leave ages uncovered or go backwards, and crossed age limits", () => {
    const bands = (minimumDurationByAge: object[]) => ({ ...valid(), benefit: { ...valid().benefit, minimumDurationByAge } });
    expect(issuesFor(bands([{ fromAge: 18, months: 6, comparison: "at_least" }]))).toEqual([{ path: "benefit.minimumDurationByAge.0.fromAge", code: "custom" }]);
    const backwards = [{ fromAge: 0, months: 6, comparison: "at_least" }, { fromAge: 27, months: 12, comparison: "at_least" }, { fromAge: 27, months: 3, comparison: "at_least" }];
    expect(issuesFor(bands(backwards))).toEqual([{ path: "benefit.minimumDurationByAge", code: "custom" }]);
    expect(issuesFor({ ...valid(), ageAtExit: { atLeast: 27, below: 27 } })).toEqual([{ path: "ageAtExit.below", code: "custom" }]);
    expect(issuesFor({ ...valid(), ageAtExit: {} })).toEqual([{ path: "ageAtExit", code: "custom" }]);
  });

  it("refuses duplicates, empty lists and out-of-range numbers", () => {
    expect(issuesFor({ ...valid(), benefit: { ...valid().benefit, types: ["ioaw", "ioaw"] } })).toEqual([{ path: "benefit.types", code: "custom" }]);
    expect(issuesFor({ ...valid(), work: { ...valid().work, types: [] } })).toEqual([{ path: "work.types", code: "too_small" }]);
    expect(issuesFor({ ...valid(), evidence: [{ kind: "bank_account" }, { kind: "bank_account" }] })).toEqual([{ path: "evidence.1", code: "custom" }]);
    expect(issuesFor({ ...valid(), evidence: [{ kind: "payslips", months: 0 }] })).toEqual([{ path: "evidence.0.months", code: "too_small" }]);
    expect(issuesFor({ ...valid(), cooldown: { years: 0, before: "application" } })).toEqual([{ path: "cooldown.years", code: "too_small" }]);
    expect(issuesFor({ ...valid(), tiers: [{ key: "a".repeat(41), amountCents: 1, exit: "full" }] })).toEqual([{ path: "tiers.0.key", code: "too_big" }]);
    expect(issuesFor({ ...valid(), validFrom: "2026-02-30" })).toEqual([{ path: "validFrom", code: "invalid_format" }]);
  });
});

describe("PremiumFactsSchema", () => {
  it("accepts no facts at all, and null for 'never' and 'no end date'", () => {
    expect(PremiumFactsSchema.parse({})).toEqual({});
    expect(PremiumFactsSchema.parse({ lastPremiumGrantedOn: null, contractEndsOn: null })).toEqual({ lastPremiumGrantedOn: null, contractEndsOn: null });
  });

  it("refuses impossible date orders, impossible dates and unknown facts", () => {
    const paths = (input: unknown) => PremiumFactsSchema.safeParse(input).error?.issues.map((issue) => issue.path.join("."));
    expect(paths({ benefitStart: "2025-03-01", benefitEnd: "2025-02-28" })).toEqual(["benefitEnd"]);
    expect(paths({ workStart: "2025-03-01", contractEndsOn: "2025-02-28" })).toEqual(["contractEndsOn"]);
    expect(paths({ birthDate: "2000-01-01", benefitStart: "1999-12-31" })).toEqual(["benefitStart"]);
    expect(paths({ benefitEnd: "2023-02-29" })).toEqual(["benefitEnd"]);
    expect(paths({ hoursPerWeek: -1 })).toEqual(["hoursPerWeek"]);
    expect(paths({ salary: 2000 })).toEqual([""]);
  });
});
