import { z } from "zod";
import { MunicipalitySlugSchema } from "~/features/municipalities/schema";
import { addDays } from "~/lib/date-schema";

/**
 * One municipality's uitstroompremie rules, as data a beheerder edits (domain.md:78-80). A new
 * version is a new rule set; a case keeps the version it was evaluated against. The schema is
 * strict and bounded because the JSON comes from a staff form, not from a developer.
 */

export const BENEFIT_TYPES = ["participatiewet", "ioaw", "ioaz"] as const;
export const WORK_TYPES = ["employed", "self_employed"] as const;
export const BenefitTypeSchema = z.enum(BENEFIT_TYPES);
export const WorkTypeSchema = z.enum(WORK_TYPES);
export const IsoDateSchema = z.iso.date();

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .min(1)
    .max(max)
    .refine((list) => new Set(list).size === list.length, "Each value may appear only once.");

/**
 * Policy texts say both "ten minste 12 maanden" and "langer dan een jaar"; the two differ by one
 * day, and a resident on that day deserves the right answer, so the comparison is explicit.
 */
export const DurationSchema = z.strictObject({
  months: z.number().int().min(1).max(120),
  comparison: z.enum(["at_least", "more_than"]),
});

/** "6 months and 1 day after": months first (clamped at month ends), then days. */
export const DateOffsetSchema = z.strictObject({
  months: z.number().int().min(0).max(60).default(0),
  days: z.number().int().min(0).max(366).default(0),
});

const KeySchema = z.string().regex(/^[a-z][a-z0-9_]*$/, "Use lower-case letters, digits and _.").max(40);

/**
 * Amounts by kind of exit. Tiers are tried in order, so the most generous comes first: a
 * resident who fully leaves the benefit gets the full premium, otherwise a partial exit with
 * enough hours may still earn a smaller one (Den Helder, domain.md:73).
 */
const TierSchema = z.strictObject({
  key: KeySchema,
  amountCents: z.number().int().min(1).max(1_000_000),
  exit: z.enum(["full", "partial"]),
  minimumHoursPerWeek: z.number().int().min(1).max(60).optional(),
});

/**
 * A loonkostensubsidie or werkgeverscheque for the employer either does not matter, rules the
 * premium out, or swaps it for a smaller tier (Pijnacker-Nootdorp's doorstroompremie,
 * domain.md:76-77). The smaller tier is then used only for subsidised jobs.
 */
const EmployerSubsidyRuleSchema = z.discriminatedUnion("effect", [
  z.strictObject({ effect: z.literal("none") }),
  z.strictObject({ effect: z.literal("excluded") }),
  z.strictObject({ effect: z.literal("reduced"), tier: KeySchema }),
]);

/** What the resident uploads. `forWorkType` limits an item to employees or to the self-employed. */
const EvidenceSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("contract"), forWorkType: WorkTypeSchema.optional() }),
  z.strictObject({ kind: z.literal("payslips"), months: z.number().int().min(1).max(24), forWorkType: WorkTypeSchema.optional() }),
  z.strictObject({ kind: z.literal("bank_account"), forWorkType: WorkTypeSchema.optional() }),
  z.strictObject({ kind: z.literal("kvk_registration"), forWorkType: WorkTypeSchema.optional() }),
  z.strictObject({ kind: z.literal("other"), key: KeySchema, forWorkType: WorkTypeSchema.optional() }),
]);

const BenefitRuleSchema = z
  .strictObject({
    types: uniqueList(BenefitTypeSchema, BENEFIT_TYPES.length),
    mustBeContinuous: z.boolean(),
    // One band per age at the last benefit day; the band with the highest fromAge not above the
    // resident's age applies. A single band from 0 means "the same for everyone".
    minimumDurationByAge: z
      .array(DurationSchema.extend({ fromAge: z.number().int().min(0).max(100) }))
      .min(1)
      .max(5),
  })
  .refine((rule) => rule.minimumDurationByAge[0]?.fromAge === 0, {
    message: "The first age band starts at 0, so every age has a rule.",
    path: ["minimumDurationByAge", 0, "fromAge"],
  })
  .refine((rule) => rule.minimumDurationByAge.every((band, i, all) => i === 0 || band.fromAge > all[i - 1]!.fromAge), {
    message: "Age bands go from young to old, each starting at a higher age.",
    path: ["minimumDurationByAge"],
  });

const WorkRuleSchema = z.strictObject({
  types: uniqueList(WorkTypeSchema, WORK_TYPES.length),
  minimumDuration: DurationSchema.optional(),
  minimumHoursPerWeek: z.number().int().min(1).max(60).optional(),
});

/** The age on the last benefit day: at least `atLeast`, and below `below` (e.g. the AOW age). */
const AgeAtExitSchema = z
  .strictObject({
    atLeast: z.number().int().min(0).max(100).optional(),
    below: z.number().int().min(1).max(101).optional(),
  })
  .refine((age) => age.atLeast !== undefined || age.below !== undefined, "Give a minimum age, a maximum, or both.")
  .refine((age) => age.atLeast === undefined || age.below === undefined || age.below > age.atLeast, {
    message: "The upper age limit must be above the lower one.",
    path: ["below"],
  });

const ApplicationWindowSchema = z
  .strictObject({
    reference: z.enum(["benefit_end", "work_start"]),
    opensAfter: DateOffsetSchema,
    closesAfter: DateOffsetSchema,
  })
  .refine((window) => closesAfterOpening(window.opensAfter, window.closesAfter), {
    message: "The window must close after it opens.",
    path: ["closesAfter"],
  });

export const PremiumRuleSetSchema = z
  .strictObject({
    municipality: MunicipalitySlugSchema,
    version: z.number().int().min(1).max(100_000),
    validFrom: IsoDateSchema,
    tiers: z.array(TierSchema).min(1).max(5),
    benefit: BenefitRuleSchema,
    work: WorkRuleSchema,
    ageAtExit: AgeAtExitSchema.optional(),
    residenceRequired: z.boolean(),
    jobReport: z.strictObject({ withinWeeks: z.number().int().min(1).max(52) }).optional(),
    // "No premium in the last N years", counted back from the application or from the start of work.
    cooldown: z.strictObject({ years: z.number().int().min(1).max(10), before: z.enum(["application", "work_start"]) }).optional(),
    applicationWindow: ApplicationWindowSchema.optional(),
    exclusions: z.strictObject({ employerSubsidy: EmployerSubsidyRuleSchema }),
    evidence: z.array(EvidenceSchema).max(12),
    // Nijkerk budgets the premium per year (001:291); the queue warns before it is spent.
    annualBudgetCents: z.number().int().min(0).max(1_000_000_000).optional(),
  })
  .superRefine((rules, ctx) => {
    const keys = rules.tiers.map((tier) => tier.key);
    keys.forEach((key, i) => {
      if (keys.indexOf(key) !== i) ctx.addIssue({ code: "custom", message: "Each tier needs its own key.", path: ["tiers", i, "key"] });
    });
    const subsidy = rules.exclusions.employerSubsidy;
    if (subsidy.effect === "reduced") {
      if (!keys.includes(subsidy.tier)) {
        ctx.addIssue({ code: "custom", message: "The reduced tier must be one of the tiers.", path: ["exclusions", "employerSubsidy", "tier"] });
      } else if (keys.length < 2) {
        ctx.addIssue({ code: "custom", message: "Jobs without a subsidy need a tier of their own.", path: ["tiers"] });
      }
    }
    const evidenceKeys = rules.evidence.map((item) => `${item.kind}:${item.kind === "other" ? item.key : ""}:${item.forWorkType ?? ""}`);
    evidenceKeys.forEach((key, i) => {
      if (evidenceKeys.indexOf(key) !== i) ctx.addIssue({ code: "custom", message: "This evidence is already asked for.", path: ["evidence", i] });
    });
  });

export type PremiumRuleSet = z.infer<typeof PremiumRuleSetSchema>;
export type PremiumRuleSetInput = z.input<typeof PremiumRuleSetSchema>;
export type Duration = z.infer<typeof DurationSchema>;
export type DateOffset = z.infer<typeof DateOffsetSchema>;
export type BenefitType = z.infer<typeof BenefitTypeSchema>;
export type WorkType = z.infer<typeof WorkTypeSchema>;
export type PremiumTier = z.infer<typeof TierSchema>;
export type PremiumEvidence = z.infer<typeof EvidenceSchema>;

/** Validates a seeded rule set when its module loads, with the literal type-checked as input. */
export function definePremiumRuleSet(input: PremiumRuleSetInput): PremiumRuleSet {
  return PremiumRuleSetSchema.parse(input);
}

// ---- How the rules count time. Dates are ISO "YYYY-MM-DD" strings, compared as strings. ----

/** Same day N months later; a day the month lacks becomes its last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12; // 0-based
  const daysInTarget = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(targetYear, 4)}-${pad(targetMonth + 1, 2)}-${pad(Math.min(day, daysInTarget), 2)}`;
}

export function shiftDate(iso: string, offset: DateOffset): string {
  return addDays(addMonths(iso, offset.months), offset.days);
}

/**
 * The first day by which a period starting on `firstDay` (both ends counted) has lasted long
 * enough. At least 6 months from 1 January: 30 June. More than 6 months: 1 July.
 */
export function durationReachedOn(firstDay: string, duration: Duration): string {
  const sameDayLater = addMonths(firstDay, duration.months);
  return duration.comparison === "at_least" ? addDays(sameDayLater, -1) : sameDayLater;
}

/** Whole months in the period from `firstDay` to `lastDay`, both counted; 0 if it is shorter. */
export function wholeMonthsBetween(firstDay: string, lastDay: string): number {
  const dayAfter = addDays(lastDay, 1);
  const [y1, m1] = firstDay.split("-").map(Number) as [number, number];
  const [y2, m2] = dayAfter.split("-").map(Number) as [number, number];
  let months = (y2 - y1) * 12 + (m2 - m1);
  while (months > 0 && addMonths(firstDay, months) > dayAfter) months--;
  return Math.max(0, months);
}

// "1 month" and "30 days" compare differently depending on the month and on month-end clamping,
// so instead of a clever rule the window is tried from every day of a four-year leap cycle.
function closesAfterOpening(opensAfter: DateOffset, closesAfter: DateOffset): boolean {
  for (let reference = "2024-01-01"; reference < "2028-01-01"; reference = addDays(reference, 1)) {
    if (shiftDate(reference, closesAfter) <= shiftDate(reference, opensAfter)) return false;
  }
  return true;
}
