import { z } from "zod";
import { isValidIban, normalizeIban } from "~/lib/iban";
import { OptionalDatePartsSchema, todayIso } from "~/lib/date-schema";

/**
 * The resident's forms for the uitstroompremie, one schema per page, shared by the browser
 * (hints) and the action (truth). Messages are i18n keys (locales/<lang>/common.json,
 * errors.premium.*). The rule model's own schema (rule-set.ts) speaks English to developers and
 * beheerders; these speak to residents.
 */
export const PREMIUM_FORM_TYPE = "uitstroompremie";
export const PREMIUM_FORM_VERSION = "uitstroompremie/2026-11";

export const BENEFIT_CHOICES = ["participatiewet", "ioaw", "ioaz", "weet_niet"] as const;
export const EXIT_CHOICES = ["helemaal", "deels"] as const;
export const WORK_CHOICES = ["loondienst", "zelfstandig"] as const;
export const CONTRACT_CHOICES = ["vast", "tijdelijk"] as const;
export const SUBSIDY_CHOICES = ["nee", "ja", "weet_niet"] as const;
export const YES_NO = ["ja", "nee"] as const;

/** Which questions a municipality's rules need besides the ones everybody gets. */
export type EligibilityAsks = { continuous: boolean; jobReport: boolean };

const text = (max: number, required: string, tooLong: string) =>
  z.string({ error: required }).trim().min(2, required).max(max, tooLong);

/**
 * The eligibility check. `birthDate` is what the municipality knows (shown on the page, not
 * asked), so a benefit or a job that starts before it is caught on both sides.
 */
export function createEligibilitySchema(asks: EligibilityAsks, birthDate: string | null) {
  return z
    .object({
      uitkering: z.enum(BENEFIT_CHOICES, { error: "errors.premium.benefitType.required" }),
      uitkeringStart: OptionalDatePartsSchema,
      zonderOnderbreking: z.enum(YES_NO, { error: "errors.premium.continuous.required" }).optional(),
      uitkeringGestopt: z.enum(EXIT_CHOICES, { error: "errors.premium.exitType.required" }),
      uitkeringEinde: OptionalDatePartsSchema,
      werkStart: OptionalDatePartsSchema,
      soortWerk: z.enum(WORK_CHOICES, { error: "errors.premium.workType.required" }),
      uren: z.coerce
        .number({ error: "errors.premium.hours.invalid" })
        .int("errors.premium.hours.invalid")
        .min(1, "errors.premium.hours.invalid")
        .max(60, "errors.premium.hours.tooMany"),
      contract: z.enum(CONTRACT_CHOICES, { error: "errors.premium.contract.required" }),
      contractEinde: OptionalDatePartsSchema,
      subsidie: z.enum(SUBSIDY_CHOICES, { error: "errors.premium.subsidy.required" }),
      gemeld: OptionalDatePartsSchema,
    })
    .superRefine((value, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      const today = todayIso();
      if (!value.uitkeringStart) issue("uitkeringStart", "errors.premium.benefitStart.required");
      else if (value.uitkeringStart > today) issue("uitkeringStart", "errors.premium.benefitStart.future");
      else if (birthDate && value.uitkeringStart < birthDate) issue("uitkeringStart", "errors.premium.benefitStart.beforeBirth");
      if (asks.continuous && !value.zonderOnderbreking) issue("zonderOnderbreking", "errors.premium.continuous.required");
      if (value.uitkeringGestopt === "helemaal") {
        if (!value.uitkeringEinde) issue("uitkeringEinde", "errors.premium.benefitEnd.required");
        else if (value.uitkeringStart && value.uitkeringEinde < value.uitkeringStart) issue("uitkeringEinde", "errors.premium.benefitEnd.beforeStart");
      }
      if (!value.werkStart) issue("werkStart", "errors.premium.workStart.required");
      else if (birthDate && value.werkStart < birthDate) issue("werkStart", "errors.premium.workStart.beforeBirth");
      if (value.contract === "tijdelijk") {
        if (!value.contractEinde) issue("contractEinde", "errors.premium.contractEnd.required");
        else if (value.werkStart && value.contractEinde < value.werkStart) issue("contractEinde", "errors.premium.contractEnd.beforeStart");
      }
      if (asks.jobReport && value.gemeld && value.gemeld > today) issue("gemeld", "errors.premium.reported.future");
    })
    .transform((value) => ({
      ...value,
      zonderOnderbreking: asks.continuous ? value.zonderOnderbreking : undefined,
      uitkeringEinde: value.uitkeringGestopt === "helemaal" ? value.uitkeringEinde : undefined,
      contractEinde: value.contract === "tijdelijk" ? value.contractEinde : undefined,
      gemeld: asks.jobReport ? value.gemeld : undefined,
    }));
}

export type EligibilityAnswers = z.output<ReturnType<typeof createEligibilitySchema>>;

export const WorkDetailsSchema = z.object({
  werkgever: text(100, "errors.premium.employer.required", "errors.premium.employer.tooLong"),
  functie: text(100, "errors.premium.jobTitle.required", "errors.premium.jobTitle.tooLong"),
});

export const AccountSchema = z.object({
  iban: z
    .string({ error: "errors.premium.iban.required" })
    .trim()
    .min(1, "errors.premium.iban.required")
    .refine(isValidIban, "errors.premium.iban.invalid")
    .transform(normalizeIban),
  rekeninghouder: text(70, "errors.premium.accountHolder.required", "errors.premium.accountHolder.tooLong"),
});

/** The declaration; `toch` is the resident's "send it anyway" when the window has closed. */
export const PremiumDeclarationSchema = z.object({
  verklaring: z.literal("ja", { error: "errors.premium.declaration.required" }),
  toch: z.literal("ja").optional(),
});
