import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluatePremium } from "./evaluate";
import { explainEvaluation, explainRuleSet, type Line } from "./explain.server";
import type { PremiumFacts } from "./facts";
import { definePremiumRuleSet } from "./rule-set";
import { seededPremiumRuleSets } from "./rule-sets";

// The explanation's keys are built from the evaluation (conditions.<key>.<variant>), so the
// translation-keys test cannot see them. This test walks every seeded rule set through facts
// that reach every variant, and looks each key up in the Dutch namespace (the parity test then
// holds the other languages to the same keys).
const dutch = JSON.parse(readFileSync(path.resolve(__dirname, "../../../locales/nl/premium.json"), "utf8")) as Record<string, unknown>;
const has = (key: string) => typeof key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), dutch) === "string";

function keysOf(line: Line): string[] {
  return [line.key, ...Object.values(line.params ?? {}).flatMap((param) => (typeof param === "string" ? [] : param.list.flatMap(keysOf)))];
}

const base: PremiumFacts = {
  benefitType: "participatiewet",
  benefitStart: "2024-01-01",
  benefitEnd: "2025-01-31",
  benefitContinuous: true,
  workStart: "2025-02-01",
  workType: "employed",
  hoursPerWeek: 32,
  contractEndsOn: null,
  employerSubsidy: false,
  birthDate: "1980-05-05",
  livesInMunicipality: true,
  lastPremiumGrantedOn: null,
  jobReportedOn: "2025-02-10",
};
const variants: PremiumFacts[] = [
  {},
  base,
  { ...base, benefitType: "ioaz", benefitContinuous: false, employerSubsidy: true, livesInMunicipality: false, lastPremiumGrantedOn: "2024-06-01", jobReportedOn: "2025-06-01" },
  { ...base, exitType: "partial", benefitEnd: undefined, hoursPerWeek: 8, workType: "self_employed", birthDate: "2005-01-01" },
  { ...base, contractEndsOn: "2025-03-01" },
];
const days = ["2025-03-01", "2026-01-15", "2030-01-01"];

// Every rule the model can express, so the beheerder's page and the evaluation have words for it.
const everything = definePremiumRuleSet({
  ...structuredClone(seededPremiumRuleSets["den-helder"]),
  benefit: { types: ["participatiewet", "ioaw"], mustBeContinuous: true, minimumDurationByAge: [{ fromAge: 0, months: 12, comparison: "at_least" }, { fromAge: 27, months: 6, comparison: "more_than" }] },
  work: { types: ["employed"], minimumDuration: { months: 1, comparison: "at_least" }, minimumHoursPerWeek: 12 },
  ageAtExit: { atLeast: 18, below: 67 },
  jobReport: { withinWeeks: 4 },
  exclusions: { employerSubsidy: { effect: "excluded" } },
  applicationWindow: { reference: "benefit_end", opensAfter: { months: 1, days: 1 }, closesAfter: { months: 9 } },
  annualBudgetCents: 15_000_00,
  evidence: [{ kind: "other", key: "diploma" }],
});

describe("plain-language explanations", () => {
  const ruleSets = [...Object.values(seededPremiumRuleSets), everything, definePremiumRuleSet({ ...structuredClone(seededPremiumRuleSets.lansingerland), ageAtExit: { below: 67 } })];

  it("has a Dutch text for every key an evaluation can produce", () => {
    const missing = new Set<string>();
    const seen = new Set<string>();
    for (const rules of ruleSets) {
      for (const facts of variants) {
        for (const today of days) {
          const view = explainEvaluation(evaluatePremium(rules, facts, today), { lang: "nl", municipality: "Lansingerland", today });
          const keys = [`outcome.${view.outcome}.title`, `outcome.${view.outcome}.text`, ...view.conditions.flatMap((c) => [`conditions.${c.key}.title`, `status.${c.status}`, ...(c.rule ? keysOf(c.rule) : []), ...keysOf(c.fact)])];
          for (const key of keys) (has(key) ? seen : missing).add(key);
        }
      }
      for (const line of explainRuleSet(rules, "nl")) for (const key of keysOf(line)) (has(key) ? seen : missing).add(key);
    }
    expect([...missing]).toEqual([]);
    // Guards the walk itself: these variants must have been reached.
    for (const key of ["conditions.application_window.early", "conditions.application_window.late", "conditions.work_duration.contractTooShort", "conditions.premium_tier.notMetPartial", "conditions.cooldown.fact", "rules.monthsAndDays", "rules.benefitDuration_more_than_fromAge", "conditions.age_at_exit.rule_between", "conditions.age_at_exit.rule_below"]) {
      expect(seen, key).toContain(key);
    }
  });

  it("formats dates and amounts in the page's language, on the server", () => {
    const result = evaluatePremium(seededPremiumRuleSets["gooise-meren"], { ...base, birthDate: "1980-05-05" }, "2025-08-01");
    const nl = explainEvaluation(result, { lang: "nl", municipality: "Gooise Meren", today: "2025-08-01" });
    expect(nl).toMatchObject({ outcome: "eligible", amount: "€\u00a0750", window: { opensOn: "1 februari 2025", closesOn: "31 oktober 2025", state: "open" } });
    const uk = explainEvaluation(result, { lang: "uk", municipality: "Gooise Meren", today: "2025-08-01" });
    expect(uk.window?.opensOn).toMatch(/лютого 2025/);
    const duration = nl.conditions.find((c) => c.key === "benefit_duration")!;
    expect(duration.fact).toEqual({ key: "conditions.benefit_duration.fact", params: { benefitStart: "1 januari 2024", lastBenefitDay: "31 januari 2025", actualMonths: "13" } });
  });

  it("describes a rule set's window and amounts for the start page", () => {
    expect(explainRuleSet(seededPremiumRuleSets["den-helder"], "nl")).toContainEqual({ key: "rules.tier_partial", params: { amount: "€\u00a0300", hours: "12" } });
    expect(explainRuleSet(seededPremiumRuleSets["gooise-meren"], "nl")).toContainEqual({
      key: "rules.window_benefit_end",
      params: { opens: { list: [{ key: "rules.day", params: { count: "1" } }] }, closes: { list: [{ key: "rules.months", params: { count: "9" } }] } },
    });
  });
});
