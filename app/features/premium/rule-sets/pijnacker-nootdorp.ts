import { definePremiumRuleSet } from "../rule-set";

// Pijnacker-Nootdorp, as summarised in domain.md:76-77 (public municipal page, no seed document).
// No minimum period of work, window, cooldown or residence rule is given there; none is invented.
export const pijnackerNootdorpPremiumRules = definePremiumRuleSet({
  municipality: "pijnacker-nootdorp",
  version: 1,
  validFrom: "2026-01-01", // the portal's seeded baseline, not a date from the policy
  tiers: [
    { key: "uitstroompremie", amountCents: 750_00, exit: "full" }, // domain.md:76 "€750 uitstroompremie"
    { key: "doorstroompremie", amountCents: 300_00, exit: "full" }, // domain.md:76 "€300 doorstroompremie"
  ],
  // domain.md:76-77 "when the employer used a werkgeverscheque or loonkostensubsidie"
  exclusions: { employerSubsidy: { effect: "reduced", tier: "doorstroompremie" } },
  benefit: {
    types: ["participatiewet"], // domain.md:77 "bijstand"
    mustBeContinuous: true, // domain.md:77 "continuous bijstand"
    minimumDurationByAge: [{ fromAge: 0, months: 12, comparison: "at_least" }], // domain.md:77 "≥ 12 months"
  },
  work: { types: ["employed", "self_employed"] }, // domain.md:76 limits neither kind of work
  ageAtExit: { atLeast: 27 }, // domain.md:77 "age ≥ 27"
  residenceRequired: false, // not in domain.md:76-77
  // The contract shows the job and its employer; no period of work is asked, so no payslips.
  evidence: [{ kind: "contract", forWorkType: "employed" }, { kind: "kvk_registration", forWorkType: "self_employed" }, { kind: "bank_account" }],
});
