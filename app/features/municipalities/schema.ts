import { z } from "zod";
import { contrastRatio } from "./contrast";

const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, "errors.color.format");
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "errors.time.format");
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/**
 * A municipality's look as NL Design System tokens. The contrast checks make sure a beheerder
 * cannot save a theme that breaks WCAG 1.4.3 (4.5:1 for text).
 */
export const MunicipalityThemeSchema = z
  .object({
    brand: hexColor, // header band and primary buttons
    brandText: hexColor, // text on the brand colour
    link: hexColor, // links on the white page
    accent: hexColor, // thin accent line under the header
  })
  .refine((t) => contrastRatio(t.brand, t.brandText) >= 4.5, { message: "errors.theme.brandContrast", path: ["brandText"] })
  .refine((t) => contrastRatio(t.link, "#ffffff") >= 4.5, { message: "errors.theme.linkContrast", path: ["link"] });

export const ServicepuntSchema = z.object({
  name: z.string().min(1).max(120),
  streetAddress: z.string().min(1).max(120),
  postalCode: z.string().regex(/^\d{4} ?[A-Z]{2}$/),
  locality: z.string().min(1).max(80),
  // Digits only, so it works in a tel: link (14 0xx numbers have 5 digits); shown as `phoneDisplay`.
  phone: z.string().regex(/^\+?\d{5,15}$/),
  phoneDisplay: z.string().min(1).max(30),
  email: z.email().optional(),
  openingHours: z
    .array(z.object({ days: z.array(z.enum(WEEKDAYS)).min(1), opens: clockTime, closes: clockTime }))
    .min(1),
});

export const MunicipalitySettingsSchema = z.object({
  theme: MunicipalityThemeSchema,
  servicepunt: ServicepuntSchema,
  // Participatiewet art. 41 lid 4: a 4-week search period for under-27s; Renkum applies it to
  // everyone (seeds 004:63-69). Kept as data because municipalities differ.
  searchPeriod: z.object({ appliesTo: z.enum(["under27", "everyone", "nobody"]), weeks: z.number().int().min(0).max(13) }),
  // Awb 4:13: a decision within 8 weeks unless a rule says otherwise.
  decisionTermWeeks: z.number().int().min(1).max(26).default(8),
  // Days until a new case of each type is due in the queue.
  caseDeadlineDays: z
    .object({
      registratie_werkzoekende: z.number().int().min(1).max(182).default(14),
      wijziging: z.number().int().min(1).max(182).default(28),
      periodieke_check: z.number().int().min(1).max(182).default(28),
      uitstroompremie: z.number().int().min(1).max(182).default(56),
    })
    .prefault({}),
  // Whether the municipality asks a tegenprestatie (unpaid useful work in return).
  usesTegenprestatie: z.boolean().default(false),
  // Unsent answers are personal data too: kept only this long after the last change.
  draftRetentionDays: z.number().int().min(1).max(90).default(30),
  // The twice-yearly check (herinneringsactie, seeds 000:328): the months it opens, how many
  // weeks residents have to answer, and how many days before the end the last reminder goes.
  periodicCheck: z
    .object({
      months: z.array(z.number().int().min(1).max(12)).max(12).default([2, 8]),
      replyWeeks: z.number().int().min(1).max(12).default(4),
      finalReminderDaysBefore: z.number().int().min(1).max(28).default(7),
    })
    .prefault({}),
});

export type MunicipalityTheme = z.infer<typeof MunicipalityThemeSchema>;
export type MunicipalitySettings = z.infer<typeof MunicipalitySettingsSchema>;
export type MunicipalitySettingsInput = z.input<typeof MunicipalitySettingsSchema>;
export type Weekday = (typeof WEEKDAYS)[number];

export const MunicipalitySlugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(60);

/** What a beheerder may change about the Servicepunt from the staff pages. */
export const ServicepuntContactSchema = z.object({
  name: z.string({ error: "errors.settings.nameRequired" }).trim().min(2, "errors.settings.nameRequired").max(120, "errors.settings.nameTooLong"),
  phone: z
    .string({ error: "errors.settings.phoneInvalid" })
    .trim()
    .transform((v) => v.replace(/[\s-]/g, ""))
    .pipe(z.string().regex(/^\+?\d{5,15}$/, "errors.settings.phoneInvalid")),
  phoneDisplay: z.string({ error: "errors.settings.phoneDisplayRequired" }).trim().min(5, "errors.settings.phoneDisplayRequired").max(30, "errors.settings.phoneDisplayRequired"),
});
