import { definePremiumRuleSet } from "../rule-set";

// Den Helder, as summarised in domain.md:73-75 (public municipal page, no seed document).
// "Decision within 8 weeks; payment within 1 week" (domain.md:75) are case-handling terms, kept in
// the municipality settings (caseDeadlineDays), not in the eligibility rules.
export const denHelderPremiumRules = definePremiumRuleSet({
  municipality: "den-helder",
  version: 1,
  validFrom: "2026-01-01", // the portal's seeded baseline, not a date from the policy
  tiers: [
    { key: "full_exit", amountCents: 750_00, exit: "full" }, // domain.md:73 "€750 full exit"
    { key: "partial_exit", amountCents: 300_00, exit: "partial", minimumHoursPerWeek: 12 }, // domain.md:73 "€300 partial (≥ 12 hours a week)"
  ],
  benefit: {
    types: ["participatiewet"], // domain.md:73 "bijstand"
    mustBeContinuous: true, // domain.md:73 "continuous bijstand"
    minimumDurationByAge: [{ fromAge: 0, months: 12, comparison: "at_least" }], // domain.md:73 "≥ 12 months"
  },
  work: {
    types: ["employed", "self_employed"], // domain.md:74 "working", not limited to employment (verify)
    minimumDuration: { months: 12, comparison: "more_than" }, // domain.md:74 "working > 1 year"
  },
  residenceRequired: true, // domain.md:74 "living in the municipality"
  cooldown: { years: 3, before: "work_start" }, // domain.md:74-75 "none in the 3 years before work started"
  // domain.md:75 "apply within 6 months". Read as: within 6 months of completing the year of work,
  // since the year of work must come first (domain.md:74). Verify with Den Helder.
  applicationWindow: {
    reference: "work_start",
    opensAfter: { months: 12 },
    closesAfter: { months: 18 },
  },
  exclusions: { employerSubsidy: { effect: "none" } }, // not in domain.md:73-75
  evidence: [
    { kind: "contract", forWorkType: "employed" },
    { kind: "payslips", months: 12, forWorkType: "employed" }, // the year of work, domain.md:74
    { kind: "kvk_registration", forWorkType: "self_employed" },
    { kind: "bank_account" },
  ],
});
