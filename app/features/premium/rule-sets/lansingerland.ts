import { definePremiumRuleSet } from "../rule-set";

// Lansingerland, uitvoeringsplan "Werken Werkt!" 2019, § 3.3.9 Uitstroompremie (seeds 002:627-629):
// "Voor inwoners die langer dan een jaar afhankelijk zijn van een uitkering ... eenmalig een bedrag
// van 500 euro als zij langer dan een half jaar onafgebroken aan het werk zijn."
// The plan publishes no application window, cooldown, age limit or subsidy rule; none is invented.
export const lansingerlandPremiumRules = definePremiumRuleSet({
  municipality: "lansingerland",
  version: 1,
  validFrom: "2026-01-01", // the portal's seeded baseline, not a date from the policy
  // 002:629 "eenmalig een bedrag van 500 euro"; an *uitstroom*premie, so for leaving the benefit.
  tiers: [{ key: "uitstroompremie", amountCents: 500_00, exit: "full" }],
  benefit: {
    // 002:629 says "een uitkering": the municipality's own benefits (Participatiewet, IOAW, IOAZ).
    // 002:649 speaks of a "bijstandsuitkering"; verify whether IOAW/IOAZ count.
    types: ["participatiewet", "ioaw", "ioaz"],
    mustBeContinuous: false, // 002:629 asks "onafgebroken" of the work only, not of the benefit
    minimumDurationByAge: [{ fromAge: 0, months: 12, comparison: "more_than" }], // 002:629 "langer dan een jaar"
  },
  work: {
    types: ["employed", "self_employed"], // 002:629 "aan het werk", without excluding self-employment
    minimumDuration: { months: 6, comparison: "more_than" }, // 002:629 "langer dan een half jaar onafgebroken"
  },
  residenceRequired: false, // not published as a condition (002:629)
  exclusions: { employerSubsidy: { effect: "none" } }, // not published as a condition (002:629)
  evidence: [
    { kind: "contract", forWorkType: "employed" },
    { kind: "payslips", months: 6, forWorkType: "employed" }, // the half year of work, 002:629
    { kind: "kvk_registration", forWorkType: "self_employed" },
    { kind: "bank_account" },
  ],
});
