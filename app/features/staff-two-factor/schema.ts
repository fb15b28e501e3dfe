import { z } from "zod";

// Messages are i18n keys in locales/*/staff-two-factor.json; Field and ErrorSummary translate them.

/**
 * The six digits from the authenticator app. Spaces and dashes are taken out first: apps show
 * the code as "123 456", and people type what they see.
 */
export const TotpCodeSchema = z.object({
  code: z
    .string({ error: "staff-two-factor:errors.code.required" })
    .transform((value) => value.replace(/[\s-]/g, ""))
    .pipe(z.string().min(1, "staff-two-factor:errors.code.required").regex(/^\d{6}$/, "staff-two-factor:errors.code.format")),
});

/** A beheerder resets a colleague's second factor. */
export const ResetTotpSchema = z.object({
  staffId: z.uuid("staff-two-factor:errors.reset.unknown"),
});
