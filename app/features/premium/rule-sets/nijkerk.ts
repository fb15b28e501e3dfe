import { definePremiumRuleSet } from "../rule-set";

// Nijkerk, Visie op werk en participatie 2024. The seeds give only two facts: the premium is for
// residents who leave the bijstand completely ("geheel uit de bijstand stromen", 001:197-199) and
// its budget is €15,000 a year for 2024–2027 (001:291). Everything marked PLAUSIBLE is a
// placeholder in the style of the other municipalities, not Nijkerk's policy: verify before use.
export const nijkerkPremiumRules = definePremiumRuleSet({
  municipality: "nijkerk",
  version: 1,
  validFrom: "2026-01-01", // the portal's seeded baseline, not a date from the policy
  tiers: [{ key: "uitstroompremie", amountCents: 500_00, exit: "full" }], // amount PLAUSIBLE; full exit only, 001:199
  annualBudgetCents: 15_000_00, // 001:291 "Uitstroompremie € 15.000" per year
  benefit: {
    types: ["participatiewet"], // 001:199 "uit de bijstand"
    mustBeContinuous: false, // PLAUSIBLE
    minimumDurationByAge: [{ fromAge: 0, months: 12, comparison: "at_least" }], // PLAUSIBLE
  },
  // 001:197 calls it "Uitstroompremie voor voltijd werken" but names no hours; the full exit
  // (001:199) is the operative condition, so no minimum hours are set.
  work: {
    types: ["employed", "self_employed"], // PLAUSIBLE
    minimumDuration: { months: 6, comparison: "at_least" }, // PLAUSIBLE
  },
  residenceRequired: true, // PLAUSIBLE
  applicationWindow: { reference: "benefit_end", opensAfter: { months: 6 }, closesAfter: { months: 12 } }, // PLAUSIBLE
  exclusions: { employerSubsidy: { effect: "none" } }, // PLAUSIBLE
  evidence: [
    { kind: "contract", forWorkType: "employed" },
    { kind: "payslips", months: 6, forWorkType: "employed" }, // the (PLAUSIBLE) 6 months of work
    { kind: "kvk_registration", forWorkType: "self_employed" },
    { kind: "bank_account" },
  ],
});
