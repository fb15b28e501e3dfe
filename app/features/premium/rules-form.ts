import { z } from "zod";
import type { PremiumRuleSet } from "./rule-set";

/**
 * The beheerder's form for the parts of a rule set that change most: the amounts, the months on
 * benefit and of work, the application window and the yearly budget. Everything else in the
 * rule set is kept as it is. Amounts are typed in euro ("750" or "750,00") and stored in cents.
 */
export const WINDOW_REFERENCES = ["geen", "benefit_end", "work_start"] as const;

const toCents = (value: string) => Math.round(Number(value.replace(",", ".")) * 100);
const euro = (key: string, max: number) =>
  z
    .string({ error: key })
    .trim()
    .regex(/^\d{1,8}([.,]\d{1,2})?$/, key)
    .transform(toCents)
    .refine((cents) => cents >= 100 && cents <= max, key);
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const whole = (min: number, max: number, key: string) => z.coerce.number({ error: key }).int(key).min(min, key).max(max, key);
const windowPart = (max: number) => z.preprocess(blankToUndefined, whole(0, max, "errors.premium.rules.windowNumber").optional());

export const RulesFormSchema = z
  .object({
    basisversie: z.coerce.number().int().min(1),
    bedragen: z.array(euro("errors.premium.rules.amount", 1_000_000)).min(1).max(5),
    uitkeringMaanden: z.array(whole(1, 120, "errors.premium.rules.months")).min(1).max(5),
    werkMaanden: z.preprocess(blankToUndefined, whole(1, 120, "errors.premium.rules.months").optional()),
    termijn: z.enum(WINDOW_REFERENCES, { error: "errors.premium.rules.windowReference" }),
    opentMaanden: windowPart(60),
    opentDagen: windowPart(366),
    sluitMaanden: windowPart(60),
    sluitDagen: windowPart(366),
    budget: z.preprocess(blankToUndefined, euro("errors.premium.rules.budget", 1_000_000_000).optional()),
  })
  .superRefine((value, ctx) => {
    if (value.termijn === "geen") return;
    if (!value.sluitMaanden && !value.sluitDagen) ctx.addIssue({ code: "custom", path: ["sluitMaanden"], message: "errors.premium.rules.windowClose" });
  });

export type RulesForm = z.output<typeof RulesFormSchema>;

/** The form's defaults: the rule set as the beheerder sees it now. */
export function rulesFormDefaults(rules: PremiumRuleSet, version: number) {
  const euros = (cents: number) => (cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2).replace(".", ","));
  const window = rules.applicationWindow;
  return {
    basisversie: String(version),
    bedragen: rules.tiers.map((tier) => euros(tier.amountCents)),
    uitkeringMaanden: rules.benefit.minimumDurationByAge.map((band) => String(band.months)),
    werkMaanden: rules.work.minimumDuration ? String(rules.work.minimumDuration.months) : "",
    termijn: window?.reference ?? "geen",
    opentMaanden: window ? String(window.opensAfter.months) : "",
    opentDagen: window ? String(window.opensAfter.days) : "",
    sluitMaanden: window ? String(window.closesAfter.months) : "",
    sluitDagen: window ? String(window.closesAfter.days) : "",
    budget: rules.annualBudgetCents !== undefined ? euros(rules.annualBudgetCents) : "",
  };
}

/** The current rules with the form's changes; the caller validates the result with PremiumRuleSetSchema. */
export function applyRulesForm(rules: PremiumRuleSet, form: RulesForm): PremiumRuleSet | null {
  if (form.bedragen.length !== rules.tiers.length || form.uitkeringMaanden.length !== rules.benefit.minimumDurationByAge.length) return null;
  const next = structuredClone(rules);
  next.tiers = next.tiers.map((tier, i) => ({ ...tier, amountCents: form.bedragen[i]! }));
  next.benefit.minimumDurationByAge = next.benefit.minimumDurationByAge.map((band, i) => ({ ...band, months: form.uitkeringMaanden[i]! }));
  if (form.werkMaanden === undefined) delete next.work.minimumDuration;
  else next.work.minimumDuration = { months: form.werkMaanden, comparison: rules.work.minimumDuration?.comparison ?? "at_least" };
  if (form.termijn === "geen") delete next.applicationWindow;
  else {
    next.applicationWindow = {
      reference: form.termijn,
      opensAfter: { months: form.opentMaanden ?? 0, days: form.opentDagen ?? 0 },
      closesAfter: { months: form.sluitMaanden ?? 0, days: form.sluitDagen ?? 0 },
    };
  }
  if (form.budget === undefined) delete next.annualBudgetCents;
  else next.annualBudgetCents = form.budget;
  return next;
}

/** Which form field a rule-set problem belongs to; anything else is a message for the whole form. */
export function fieldOfIssue(path: PropertyKey[]): string | null {
  const [first, second, third] = path;
  if (first === "applicationWindow") return "sluitMaanden";
  if (first === "tiers" && typeof second === "number") return `bedragen[${second}]`;
  if (first === "benefit" && second === "minimumDurationByAge" && typeof third === "number") return `uitkeringMaanden[${third}]`;
  if (first === "work") return "werkMaanden";
  if (first === "annualBudgetCents") return "budget";
  return null;
}
