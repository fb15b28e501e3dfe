import { definePremiumRuleSet } from "../rule-set";

// Hof van Twente, as summarised in domain.md:71-72 (public municipal page, no seed document).
export const hofVanTwentePremiumRules = definePremiumRuleSet({
  municipality: "hof-van-twente",
  version: 1,
  validFrom: "2026-01-01", // the portal's seeded baseline, not a date from the policy
  tiers: [{ key: "uitstroompremie", amountCents: 750_00, exit: "full" }], // domain.md:71 "€750"
  benefit: {
    types: ["participatiewet", "ioaw", "ioaz"], // domain.md:71 "Participatiewet, IOAW or IOAZ"
    mustBeContinuous: false, // domain.md:71 does not ask for continuity
    minimumDurationByAge: [{ fromAge: 0, months: 12, comparison: "more_than" }], // domain.md:71 "> 1 year"
  },
  work: {
    types: ["employed", "self_employed"], // domain.md:72 "a steady job or as self-employed"
    minimumDuration: { months: 6, comparison: "at_least" }, // domain.md:71-72 "≥ 6 months"
  },
  residenceRequired: false, // not in domain.md:71-72
  cooldown: { years: 4, before: "application" }, // domain.md:72 "none received in the last 4 years"
  applicationWindow: {
    reference: "benefit_end",
    opensAfter: { months: 6 }, // domain.md:72 "evidence 6–9 months after the end"
    closesAfter: { months: 9 },
  },
  exclusions: { employerSubsidy: { effect: "none" } }, // not in domain.md:71-72
  evidence: [
    { kind: "contract", forWorkType: "employed" },
    { kind: "payslips", months: 6, forWorkType: "employed" }, // the 6 months of work, domain.md:72
    { kind: "kvk_registration", forWorkType: "self_employed" },
    { kind: "bank_account" },
  ],
});
