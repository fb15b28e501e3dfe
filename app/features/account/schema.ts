import { z } from "zod";
import { LANGUAGES } from "~/lib/i18n";

// Messages are i18n keys (locales/*/common.json → errors.*); Field and ErrorSummary translate them.

/** Dutch mobile numbers: 06-12345678, +31 6 1234 5678, 0031612345678. Stored as +316XXXXXXXX. */
export function normalizeDutchMobile(input: string): string | null {
  const compact = input.replace(/[\s\-().]/g, "");
  const match = compact.match(/^(?:\+31|0031|0)6(\d{8})$/);
  return match ? `+316${match[1]}` : null;
}

export function formatDutchMobile(stored: string): string {
  const digits = stored.replace(/^\+316/, "");
  return `06 ${digits.slice(0, 4)} ${digits.slice(4)}`;
}

const optionalText = (max: number, tooLongKey: string) => z.string().trim().max(max, tooLongKey).optional();

export const ContactDetailsSchema = z
  .object({
    email: optionalText(254, "errors.email.tooLong").pipe(z.email("errors.email.invalid").optional()),
    mobile: optionalText(30, "errors.mobile.invalid")
      .transform((value, ctx) => {
        if (value === undefined) return undefined;
        const normalized = normalizeDutchMobile(value);
        if (!normalized) {
          ctx.addIssue({ code: "custom", message: "errors.mobile.invalid" });
          return z.NEVER;
        }
        return normalized;
      }),
    reminderChannel: z.enum(["email", "sms", "post"], { error: "errors.reminderChannel.required" }),
    preferredLanguage: z.enum(LANGUAGES, { error: "errors.preferredLanguage.required" }),
  })
  .superRefine((value, ctx) => {
    // A reminder needs somewhere to go.
    if (value.reminderChannel === "email" && !value.email) {
      ctx.addIssue({ code: "custom", path: ["email"], message: "errors.email.requiredForReminders" });
    }
    if (value.reminderChannel === "sms" && !value.mobile) {
      ctx.addIssue({ code: "custom", path: ["mobile"], message: "errors.mobile.requiredForReminders" });
    }
  });

export type ContactDetails = z.infer<typeof ContactDetailsSchema>;
