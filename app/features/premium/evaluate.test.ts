import { describe, expect, it } from "vitest";
import { evaluatePremium, evidenceFor, type ConditionKey, type PremiumEvaluation } from "./evaluate";
import type { PremiumFacts } from "./facts";
import { definePremiumRuleSet, type PremiumRuleSet } from "./rule-set";
import { seededPremiumRuleSets } from "./rule-sets";

const rules = seededPremiumRuleSets;
const condition = (result: PremiumEvaluation, key: ConditionKey) => {
  const found = result.conditions.find((c) => c.key === key);
  if (!found) throw new Error(`no condition ${key} in ${result.conditions.map((c) => c.key).join(", ")}`);
  return found;
};
const statusOf = (ruleSet: PremiumRuleSet, facts: PremiumFacts, today: string, key: ConditionKey) =>
  condition(evaluatePremium(ruleSet, facts, today), key).status;

describe("Lansingerland: €500 after more than a year on benefit and more than half a year of work (002:629)", () => {
  const resident: PremiumFacts = {
    benefitType: "participatiewet",
    benefitStart: "2024-01-01",
    benefitEnd: "2025-01-31",
    workStart: "2025-02-01",
    workType: "employed",
  };

  it("grants €500 to a resident who meets everything, and asks only what Lansingerland publishes", () => {
    const result = evaluatePremium(rules.lansingerland, resident, "2025-09-01");
    expect(result).toMatchObject({ outcome: "eligible", amountCents: 500_00, tier: "uitstroompremie", window: null });
    expect(result.conditions.map((c) => c.key)).toEqual(["benefit_type", "benefit_duration", "work_type", "work_duration", "premium_tier"]);
    expect(condition(result, "benefit_duration").values).toMatchObject({ months: 12, comparison: "more_than", actualMonths: 13, lastBenefitDay: "2025-01-31" });
  });

  it("needs more than 12 months on benefit: exactly 12 is not enough, one day more is", () => {
    expect(statusOf(rules.lansingerland, { ...resident, benefitEnd: "2024-12-31" }, "2025-09-01", "benefit_duration")).toBe("not_met");
    expect(statusOf(rules.lansingerland, { ...resident, benefitEnd: "2025-01-01" }, "2025-09-01", "benefit_duration")).toBe("met");
  });

  it("needs more than half a year of work: exactly 6 months is one day short", () => {
    const exactlySix = evaluatePremium(rules.lansingerland, resident, "2025-07-31");
    expect(exactlySix.outcome).toBe("not_eligible");
    expect(condition(exactlySix, "work_duration")).toEqual({
      key: "work_duration",
      status: "not_met",
      values: { months: 6, comparison: "more_than", workStart: "2025-02-01", actualMonths: 6, metOn: "2025-08-01" },
    });
    expect(evaluatePremium(rules.lansingerland, resident, "2025-08-01").outcome).toBe("eligible");
  });

  it("counts IOAW and IOAZ, and pays only for a full exit", () => {
    expect(evaluatePremium(rules.lansingerland, { ...resident, benefitType: "ioaz" }, "2025-09-01").outcome).toBe("eligible");
    const partial = evaluatePremium(rules.lansingerland, { ...resident, benefitEnd: undefined, exitType: "partial", hoursPerWeek: 20 }, "2025-09-01");
    expect(partial).toMatchObject({ outcome: "not_eligible", amountCents: null, tier: null });
    expect(condition(partial, "premium_tier")).toEqual({ key: "premium_tier", status: "not_met", values: { exitType: "partial", hoursPerWeek: 20 } });
  });

  it("counts work up to a contract end that has passed", () => {
    const ended = { ...resident, contractEndsOn: "2025-07-31" };
    const result = evaluatePremium(rules.lansingerland, ended, "2025-09-01");
    expect(condition(result, "work_duration")).toMatchObject({ status: "not_met", values: { actualMonths: 6, contractEndsOn: "2025-07-31" } });
  });

  it("says 'unknown', never 'not met', when nothing is known yet", () => {
    const result = evaluatePremium(rules.lansingerland, {}, "2025-09-01");
    expect(result).toMatchObject({ outcome: "unknown", amountCents: null, tier: null, window: null });
    expect(result.conditions.every((c) => c.status === "unknown")).toBe(true);
    expect(condition(result, "benefit_duration").values).toEqual({ months: 12, comparison: "more_than", missing: "benefitStart,benefitEnd" });
    expect(condition(result, "premium_tier").values).toEqual({ missing: "exitType" });
  });

  it("is not eligible as soon as one condition fails, even with others unknown", () => {
    expect(evaluatePremium(rules.lansingerland, { benefitStart: "2025-01-01", benefitEnd: "2025-06-30" }, "2025-09-01").outcome).toBe("not_eligible");
  });

  it("applies age bands at the last benefit day (a variant with a shorter period under 27)", () => {
    const banded = definePremiumRuleSet({
      ...structuredClone(rules.lansingerland),
      version: 2,
      benefit: {
        ...rules.lansingerland.benefit,
        minimumDurationByAge: [
          { fromAge: 0, months: 6, comparison: "at_least" },
          { fromAge: 27, months: 12, comparison: "more_than" },
        ],
      },
    });
    const sevenMonths = { ...resident, benefitStart: "2024-07-01" }; // to 31 January 2025
    expect(condition(evaluatePremium(banded, { ...sevenMonths, birthDate: "1998-02-01" }, "2025-09-01"), "benefit_duration")).toMatchObject({
      status: "met",
      values: { fromAge: 0, months: 6 },
    });
    // 27 on the last benefit day itself: the 27+ band applies.
    expect(condition(evaluatePremium(banded, { ...sevenMonths, birthDate: "1998-01-31" }, "2025-09-01"), "benefit_duration")).toMatchObject({
      status: "not_met",
      values: { fromAge: 27, months: 12 },
    });
    expect(condition(evaluatePremium(banded, sevenMonths, "2025-09-01"), "benefit_duration").values).toEqual({ missing: "birthDate" });
  });
});

describe("Gooise Meren: €750, 27+, 6 months benefit and work, job reported in 4 weeks, apply within 9 months (domain.md:68-70)", () => {
  const resident: PremiumFacts = {
    benefitType: "participatiewet",
    benefitStart: "2024-03-01",
    benefitEnd: "2025-02-28",
    workStart: "2025-03-01",
    workType: "employed",
    birthDate: "1990-05-15",
    jobReportedOn: "2025-03-20",
  };

  it("grants €750 inside the window, which runs from the day after the benefit to 9 months after", () => {
    const result = evaluatePremium(rules["gooise-meren"], resident, "2025-09-15");
    expect(result).toMatchObject({ outcome: "eligible", amountCents: 750_00, tier: "uitstroompremie" });
    expect(result.window).toEqual({ opensOn: "2025-03-01", closesOn: "2025-11-28" });
  });

  it("needs at least 6 months of work: exactly 6 months is enough, one day short is not", () => {
    expect(statusOf(rules["gooise-meren"], resident, "2025-08-31", "work_duration")).toBe("met");
    expect(statusOf(rules["gooise-meren"], resident, "2025-08-30", "work_duration")).toBe("not_met");
  });

  it("needs at least 6 months of benefit", () => {
    expect(statusOf(rules["gooise-meren"], { ...resident, benefitStart: "2024-09-01" }, "2025-09-15", "benefit_duration")).toBe("met");
    expect(statusOf(rules["gooise-meren"], { ...resident, benefitStart: "2024-09-02" }, "2025-09-15", "benefit_duration")).toBe("not_met");
  });

  it("opens on its first day, still counts its last day, and is closed the day after", () => {
    expect(statusOf(rules["gooise-meren"], resident, "2025-03-01", "application_window")).toBe("met");
    expect(statusOf(rules["gooise-meren"], resident, "2025-02-28", "application_window")).toBe("not_met");
    expect(evaluatePremium(rules["gooise-meren"], resident, "2025-11-28").outcome).toBe("eligible");
    const late = evaluatePremium(rules["gooise-meren"], resident, "2025-11-29");
    expect(late.outcome).toBe("not_eligible");
    expect(condition(late, "application_window").values).toEqual({ opensOn: "2025-03-01", closesOn: "2025-11-28", checkedOn: "2025-11-29" });
  });

  it("needs age 27 on the last benefit day, counting a birthday on that day", () => {
    expect(statusOf(rules["gooise-meren"], { ...resident, birthDate: "1998-02-28" }, "2025-09-15", "age_at_exit")).toBe("met");
    const young = evaluatePremium(rules["gooise-meren"], { ...resident, birthDate: "1998-03-01" }, "2025-09-15");
    expect(condition(young, "age_at_exit")).toEqual({ key: "age_at_exit", status: "not_met", values: { atLeast: 27, age: 26, lastBenefitDay: "2025-02-28" } });
    expect(young.outcome).toBe("not_eligible");
  });

  it("needs the job reported within 4 weeks of starting", () => {
    expect(statusOf(rules["gooise-meren"], { ...resident, jobReportedOn: "2025-03-29" }, "2025-09-15", "job_reported")).toBe("met");
    const late = evaluatePremium(rules["gooise-meren"], { ...resident, jobReportedOn: "2025-03-30" }, "2025-09-15");
    expect(condition(late, "job_reported").values).toEqual({ weeks: 4, workStart: "2025-03-01", deadline: "2025-03-29", reportedOn: "2025-03-30" });
    expect(late.outcome).toBe("not_eligible");
  });

  it("is unknown without a birth date or a report date, and names what is missing", () => {
    const result = evaluatePremium(rules["gooise-meren"], { ...resident, birthDate: undefined, jobReportedOn: undefined }, "2025-09-15");
    expect(result.outcome).toBe("unknown");
    expect(condition(result, "age_at_exit").values).toEqual({ atLeast: 27, missing: "birthDate" });
    expect(condition(result, "job_reported").values).toEqual({ weeks: 4, missing: "jobReportedOn" });
  });
});

describe("Hof van Twente: €750, > 1 year Participatiewet/IOAW/IOAZ, 6 months work, 4-year cooldown, 6–9 months after (domain.md:71-72)", () => {
  const resident: PremiumFacts = {
    benefitType: "ioaw",
    benefitStart: "2023-01-01",
    benefitEnd: "2024-06-30",
    workStart: "2024-07-01",
    workType: "self_employed",
    lastPremiumGrantedOn: null,
  };

  it("grants €750 to a self-employed former IOAW resident inside the window", () => {
    const result = evaluatePremium(rules["hof-van-twente"], resident, "2025-01-15");
    expect(result).toMatchObject({ outcome: "eligible", amountCents: 750_00, window: { opensOn: "2024-12-30", closesOn: "2025-03-30" } });
    expect(condition(result, "cooldown").values).toEqual({ years: 4, before: "application", lastGrantedOn: "never" });
  });

  it("opens 6 months after the benefit end and closes 9 months after it", () => {
    expect(statusOf(rules["hof-van-twente"], resident, "2024-12-29", "application_window")).toBe("not_met");
    expect(statusOf(rules["hof-van-twente"], resident, "2024-12-30", "application_window")).toBe("met");
    expect(evaluatePremium(rules["hof-van-twente"], resident, "2025-03-30").outcome).toBe("eligible");
    expect(evaluatePremium(rules["hof-van-twente"], resident, "2025-03-31").outcome).toBe("not_eligible");
  });

  it("on the window's first day the 6 months of work may still be one day short", () => {
    const firstDay = evaluatePremium(rules["hof-van-twente"], resident, "2024-12-30");
    expect(condition(firstDay, "work_duration")).toMatchObject({ status: "not_met", values: { metOn: "2024-12-31" } });
    expect(evaluatePremium(rules["hof-van-twente"], resident, "2024-12-31").outcome).toBe("eligible");
  });

  it("needs more than one year on benefit", () => {
    expect(statusOf(rules["hof-van-twente"], { ...resident, benefitStart: "2023-07-01" }, "2025-01-15", "benefit_duration")).toBe("not_met");
    expect(statusOf(rules["hof-van-twente"], { ...resident, benefitStart: "2023-06-30" }, "2025-01-15", "benefit_duration")).toBe("met");
  });

  it("allows a new premium only once 4 full years have passed since the last one", () => {
    expect(statusOf(rules["hof-van-twente"], { ...resident, lastPremiumGrantedOn: "2021-01-15" }, "2025-01-15", "cooldown")).toBe("met");
    const tooSoon = evaluatePremium(rules["hof-van-twente"], { ...resident, lastPremiumGrantedOn: "2021-01-16" }, "2025-01-15");
    expect(condition(tooSoon, "cooldown")).toEqual({
      key: "cooldown",
      status: "not_met",
      values: { years: 4, before: "application", lastGrantedOn: "2021-01-16", eligibleAgainOn: "2025-01-16" },
    });
    expect(statusOf(rules["hof-van-twente"], { ...resident, lastPremiumGrantedOn: undefined }, "2025-01-15", "cooldown")).toBe("unknown");
  });

  it("asks the self-employed for a KvK registration instead of a contract and payslips", () => {
    expect(evidenceFor(rules["hof-van-twente"], { workType: "self_employed" }).map((e) => e.kind)).toEqual(["kvk_registration", "bank_account"]);
    expect(evidenceFor(rules["hof-van-twente"], { workType: "employed" })).toEqual([
      { kind: "contract", forWorkType: "employed" },
      { kind: "payslips", months: 6, forWorkType: "employed" },
      { kind: "bank_account" },
    ]);
    expect(evidenceFor(rules["hof-van-twente"], {})).toHaveLength(4);
  });
});

describe("Den Helder: €750 full or €300 partial (≥ 12 h), 12 months continuous bijstand, > 1 year work (domain.md:73-75)", () => {
  const resident: PremiumFacts = {
    benefitType: "participatiewet",
    benefitStart: "2022-01-01",
    benefitEnd: "2023-03-31",
    benefitContinuous: true,
    workStart: "2023-04-01",
    workType: "employed",
    hoursPerWeek: 36,
    livesInMunicipality: true,
    lastPremiumGrantedOn: null,
  };
  const partial: PremiumFacts = { ...resident, benefitEnd: undefined, exitType: "partial", hoursPerWeek: 12 };

  it("grants €750 for a full exit", () => {
    const result = evaluatePremium(rules["den-helder"], resident, "2024-05-01");
    expect(result).toMatchObject({ outcome: "eligible", amountCents: 750_00, tier: "full_exit", window: { opensOn: "2024-04-01", closesOn: "2024-10-01" } });
  });

  it("grants €300 for a partial exit with at least 12 hours a week, and nothing with fewer", () => {
    expect(evaluatePremium(rules["den-helder"], partial, "2024-05-01")).toMatchObject({ outcome: "eligible", amountCents: 300_00, tier: "partial_exit" });
    expect(evaluatePremium(rules["den-helder"], { ...partial, hoursPerWeek: 11.5 }, "2024-05-01")).toMatchObject({ outcome: "not_eligible", amountCents: null });
    const hoursUnknown = evaluatePremium(rules["den-helder"], { ...partial, hoursPerWeek: undefined }, "2024-05-01");
    expect(hoursUnknown).toMatchObject({ outcome: "unknown", amountCents: null });
    expect(condition(hoursUnknown, "premium_tier").values).toEqual({ exitType: "partial", missing: "hoursPerWeek" });
  });

  it("needs more than a year of work: the day a full year is reached is one day short", () => {
    expect(statusOf(rules["den-helder"], resident, "2024-03-31", "work_duration")).toBe("not_met");
    expect(statusOf(rules["den-helder"], resident, "2024-04-01", "work_duration")).toBe("met");
  });

  it("opens once the year of work is complete and closes 6 months later", () => {
    expect(evaluatePremium(rules["den-helder"], resident, "2024-04-01").outcome).toBe("eligible");
    expect(evaluatePremium(rules["den-helder"], resident, "2024-10-01").outcome).toBe("eligible");
    expect(statusOf(rules["den-helder"], resident, "2024-10-02", "application_window")).toBe("not_met");
  });

  it("needs at least 12 months of continuous bijstand", () => {
    expect(statusOf(rules["den-helder"], { ...resident, benefitStart: "2022-04-01" }, "2024-05-01", "benefit_duration")).toBe("met");
    expect(statusOf(rules["den-helder"], { ...resident, benefitStart: "2022-04-02" }, "2024-05-01", "benefit_duration")).toBe("not_met");
    expect(statusOf(rules["den-helder"], { ...resident, benefitContinuous: false }, "2024-05-01", "benefit_continuous")).toBe("not_met");
    expect(statusOf(rules["den-helder"], { ...resident, benefitType: "ioaw" }, "2024-05-01", "benefit_type")).toBe("not_met");
  });

  it("needs no premium in the 3 years before work started, and residence", () => {
    expect(statusOf(rules["den-helder"], { ...resident, lastPremiumGrantedOn: "2020-04-01" }, "2024-05-01", "cooldown")).toBe("met");
    expect(statusOf(rules["den-helder"], { ...resident, lastPremiumGrantedOn: "2020-04-02" }, "2024-05-01", "cooldown")).toBe("not_met");
    expect(evaluatePremium(rules["den-helder"], { ...resident, livesInMunicipality: false }, "2024-05-01").outcome).toBe("not_eligible");
    expect(statusOf(rules["den-helder"], { ...resident, livesInMunicipality: undefined }, "2024-05-01", "residence")).toBe("unknown");
  });
});

describe("Pijnacker-Nootdorp: €750, or a €300 doorstroompremie with an employer subsidy; 27+, 12 months continuous (domain.md:76-77)", () => {
  const resident: PremiumFacts = {
    benefitType: "participatiewet",
    benefitStart: "2023-01-01",
    benefitEnd: "2024-02-29",
    benefitContinuous: true,
    workStart: "2024-03-01",
    workType: "employed",
    employerSubsidy: false,
    birthDate: "1980-01-01",
  };

  it("grants €750 without an employer subsidy, with no window and no period of work", () => {
    const result = evaluatePremium(rules["pijnacker-nootdorp"], resident, "2024-03-15");
    expect(result).toMatchObject({ outcome: "eligible", amountCents: 750_00, tier: "uitstroompremie", window: null });
    expect(result.conditions.map((c) => c.key)).not.toContain("work_duration");
  });

  it("reduces to the €300 doorstroompremie when the employer had a subsidy", () => {
    const result = evaluatePremium(rules["pijnacker-nootdorp"], { ...resident, employerSubsidy: true }, "2024-03-15");
    expect(result).toMatchObject({ outcome: "eligible", amountCents: 300_00, tier: "doorstroompremie" });
    expect(condition(result, "employer_subsidy")).toEqual({
      key: "employer_subsidy",
      status: "met",
      values: { effect: "reduced", reducedTier: "doorstroompremie", actual: "yes" },
    });
  });

  it("leaves the amount open while the subsidy is unknown", () => {
    const result = evaluatePremium(rules["pijnacker-nootdorp"], { ...resident, employerSubsidy: undefined }, "2024-03-15");
    expect(result).toMatchObject({ outcome: "unknown", amountCents: null, tier: null });
    expect(condition(result, "premium_tier").values).toEqual({ exitType: "full", missing: "employerSubsidy" });
  });

  it("needs 12 months of continuous bijstand, counted across a leap day", () => {
    expect(statusOf(rules["pijnacker-nootdorp"], { ...resident, benefitStart: "2023-03-01" }, "2024-03-15", "benefit_duration")).toBe("met");
    expect(statusOf(rules["pijnacker-nootdorp"], { ...resident, benefitStart: "2023-03-02" }, "2024-03-15", "benefit_duration")).toBe("not_met");
    expect(statusOf(rules["pijnacker-nootdorp"], { ...resident, benefitContinuous: undefined }, "2024-03-15", "benefit_continuous")).toBe("unknown");
  });

  it("needs age 27 at the exit", () => {
    expect(statusOf(rules["pijnacker-nootdorp"], { ...resident, birthDate: "1997-02-28" }, "2024-03-15", "age_at_exit")).toBe("met");
    expect(evaluatePremium(rules["pijnacker-nootdorp"], { ...resident, birthDate: "1997-03-01" }, "2024-03-15").outcome).toBe("not_eligible");
  });

  it("pays no tier for a partial exit, subsidy or not", () => {
    const partial = { ...resident, benefitEnd: undefined, exitType: "partial" as const };
    expect(evaluatePremium(rules["pijnacker-nootdorp"], partial, "2024-03-15").outcome).toBe("not_eligible");
    expect(evaluatePremium(rules["pijnacker-nootdorp"], { ...partial, employerSubsidy: undefined }, "2024-03-15")).toMatchObject({
      outcome: "not_eligible",
      tier: null,
    });
  });
});

describe("Nijkerk: full exit only, €15,000 a year (001:199, 001:291; other rules are placeholders)", () => {
  const resident: PremiumFacts = {
    benefitType: "participatiewet",
    benefitStart: "2024-01-01",
    benefitEnd: "2025-01-31",
    workStart: "2025-02-01",
    workType: "employed",
    livesInMunicipality: true,
  };

  it("grants the premium for a full exit inside the window, clamped at the end of the month", () => {
    const result = evaluatePremium(rules.nijkerk, resident, "2025-08-15");
    expect(result).toMatchObject({ outcome: "eligible", amountCents: 500_00, window: { opensOn: "2025-07-31", closesOn: "2026-01-31" } });
    expect(evaluatePremium(rules.nijkerk, { ...resident, benefitEnd: "2025-08-31", workStart: "2025-09-01" }, "2026-03-15").window).toEqual({
      opensOn: "2026-02-28",
      closesOn: "2026-08-31",
    });
  });

  it("is closed the day before it opens and the day after it closes", () => {
    expect(statusOf(rules.nijkerk, resident, "2025-07-30", "application_window")).toBe("not_met");
    expect(statusOf(rules.nijkerk, resident, "2025-07-31", "application_window")).toBe("met");
    expect(evaluatePremium(rules.nijkerk, resident, "2026-01-31").outcome).toBe("eligible");
    expect(evaluatePremium(rules.nijkerk, resident, "2026-02-01").outcome).toBe("not_eligible");
  });

  it("refuses a partial exit (001:199 'geheel uit de bijstand') and waits for an unknown residence", () => {
    expect(evaluatePremium(rules.nijkerk, { ...resident, exitType: "partial" }, "2025-08-15").outcome).toBe("not_eligible");
    expect(evaluatePremium(rules.nijkerk, { ...resident, livesInMunicipality: undefined }, "2025-08-15").outcome).toBe("unknown");
  });

  it("reports the window as unknown until the benefit end is known", () => {
    const result = evaluatePremium(rules.nijkerk, { ...resident, benefitEnd: undefined }, "2025-08-15");
    expect(result.window).toBeNull();
    expect(condition(result, "application_window")).toEqual({ key: "application_window", status: "unknown", values: { missing: "benefitEnd" } });
  });
});

describe("rules no seeded municipality uses yet (a variant of Gooise Meren)", () => {
  const variant = definePremiumRuleSet({
    ...structuredClone(rules["gooise-meren"]),
    version: 2,
    work: { ...rules["gooise-meren"].work, minimumHoursPerWeek: 20 },
    ageAtExit: { atLeast: 27, below: 67 },
    exclusions: { employerSubsidy: { effect: "excluded" } },
  });
  const resident: PremiumFacts = {
    benefitType: "participatiewet",
    benefitStart: "2024-03-01",
    benefitEnd: "2025-02-28",
    workStart: "2025-03-01",
    workType: "employed",
    hoursPerWeek: 20,
    employerSubsidy: false,
    birthDate: "1990-05-15",
    jobReportedOn: "2025-03-20",
  };

  it("is eligible when every extra rule is met", () => {
    expect(evaluatePremium(variant, resident, "2025-09-15")).toMatchObject({ outcome: "eligible", amountCents: 750_00 });
  });

  it("excludes a job with an employer subsidy, and waits while the subsidy is unknown", () => {
    const subsidised = evaluatePremium(variant, { ...resident, employerSubsidy: true }, "2025-09-15");
    expect(subsidised.outcome).toBe("not_eligible");
    expect(condition(subsidised, "employer_subsidy")).toEqual({ key: "employer_subsidy", status: "not_met", values: { effect: "excluded", actual: "yes" } });
    expect(evaluatePremium(variant, { ...resident, employerSubsidy: undefined }, "2025-09-15").outcome).toBe("unknown");
  });

  it("needs the minimum hours for every tier", () => {
    const short = evaluatePremium(variant, { ...resident, hoursPerWeek: 19.5 }, "2025-09-15");
    expect(condition(short, "work_hours")).toEqual({ key: "work_hours", status: "not_met", values: { required: 20, actual: 19.5 } });
  });

  it("stops at the upper age limit: 66 on the last benefit day is allowed, 67 is not", () => {
    expect(statusOf(variant, { ...resident, birthDate: "1958-03-01" }, "2025-09-15", "age_at_exit")).toBe("met");
    expect(statusOf(variant, { ...resident, birthDate: "1958-02-28" }, "2025-09-15", "age_at_exit")).toBe("not_met");
  });
});

describe("evaluatePremium's contract", () => {
  it("refuses a 'today' that is not an ISO date, rather than answering wrongly", () => {
    expect(() => evaluatePremium(rules.lansingerland, {}, "15-08-2025")).toThrow(/YYYY-MM-DD/);
  });

  it("uses only numbers and strings in condition values, for every seeded rule set", () => {
    for (const ruleSet of Object.values(rules)) {
      for (const facts of [{}, { benefitStart: "2024-01-01", benefitEnd: "2025-01-31", workStart: "2025-02-01", lastPremiumGrantedOn: null }]) {
        const result = evaluatePremium(ruleSet, facts, "2025-09-01");
        for (const { values } of result.conditions) {
          expect(Object.values(values).every((value) => typeof value === "string" || typeof value === "number")).toBe(true);
        }
      }
    }
  });
});
