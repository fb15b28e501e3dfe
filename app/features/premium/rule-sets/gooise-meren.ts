import { definePremiumRuleSet } from "../rule-set";

// Gooise Meren, as summarised in domain.md:68-70 (public municipal page, no seed document).
export const gooiseMerenPremiumRules = definePremiumRuleSet({
  municipality: "gooise-meren",
  version: 1,
  validFrom: "2026-01-01", // the portal's seeded baseline, not a date from the policy
  // domain.md:68 "€750"; domain.md:69 "income high enough for no bijstand": a full exit only.
  tiers: [{ key: "uitstroompremie", amountCents: 750_00, exit: "full" }],
  benefit: {
    types: ["participatiewet"], // domain.md:68 "bijstand"
    mustBeContinuous: false, // domain.md:68 "≥ 6 months bijstand before", continuity not required
    minimumDurationByAge: [{ fromAge: 0, months: 6, comparison: "at_least" }], // domain.md:68 "≥ 6 months"
  },
  work: {
    types: ["employed", "self_employed"], // domain.md:69 "continuous work", not limited to employment (verify)
    minimumDuration: { months: 6, comparison: "at_least" }, // domain.md:68-69 "≥ 6 months continuous work"
  },
  ageAtExit: { atLeast: 27 }, // domain.md:68 "age ≥ 27 on the last benefit day"
  residenceRequired: false, // not in domain.md:68-70
  jobReport: { withinWeeks: 4 }, // domain.md:69 "job reported within 4 weeks"
  applicationWindow: {
    reference: "benefit_end",
    opensAfter: { days: 1 }, // from the first day without benefit
    closesAfter: { months: 9 }, // domain.md:69-70 "apply within 9 months after the benefit stopped"
  },
  exclusions: { employerSubsidy: { effect: "none" } }, // not in domain.md:68-70
  evidence: [
    { kind: "contract", forWorkType: "employed" },
    { kind: "payslips", months: 6, forWorkType: "employed" }, // the 6 months of work, domain.md:68-69
    { kind: "kvk_registration", forWorkType: "self_employed" },
    { kind: "bank_account" },
  ],
});
