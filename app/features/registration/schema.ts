import { z } from "zod";
import { addDays, MonthPartsSchema, OptionalDatePartsSchema, OptionalMonthPartsSchema, todayIso } from "~/lib/date-schema";

/**
 * The werkzoekende registration, one schema per step, shared by the browser (hints) and the
 * action (truth). Output keys follow the national matching model (VUM / GGM Werkzoekende)
 * where it has a name: opleiding, werkervaring, bemiddelingsberoep, werktijden, mobiliteit,
 * rijbewijs, taalbeheersing, toestemmingTotDelenProfiel. See the README for the mapping.
 */
export const REGISTRATION_FORM_VERSION = "registratie-werkzoekende/2026-11";
export const REGISTRATION_FORM_TYPE = "registratie_werkzoekende";

export const SITUATIONS = ["geen_werk", "werk_zoekt_ander", "ww_eindigt", "schoolverlater", "zzp"] as const;
export const BIJSTAND_INTENT = ["ja", "nee", "weet_niet"] as const;
export const EDUCATION_LEVELS = ["geen", "basisschool", "vmbo_mbo1", "havo_vwo", "mbo", "hbo", "wo"] as const;
export const YES_NO = ["ja", "nee"] as const;
export const WEEKDAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"] as const;
export const TRAVEL_DISTANCES = ["5", "10", "25", "50", "meer"] as const;
export const TRANSPORT = ["lopen", "fiets", "scooter", "ov", "auto"] as const;
export const LICENCES = ["AM", "A", "B", "BE", "C", "CE", "D", "T"] as const;
export const LANGUAGE_LEVELS = ["niet", "beetje", "redelijk", "goed"] as const;
export const DUTCH_SKILLS = ["spreken", "luisteren", "lezen", "schrijven"] as const;
export const OTHER_LANGUAGES = ["en", "ar", "tr", "pl", "uk", "ti", "so", "fa", "prs", "ru", "ro", "bg", "fr", "de", "es", "pt", "zh"] as const;
export const OBSTACLE_DOMAINS = ["gezondheid", "zorg", "schulden", "wonen", "taal", "anders"] as const;

export const MAX_EXPERIENCE_ENTRIES = 10;
export const MAX_OCCUPATIONS = 3;

// conform sends nothing for an empty checkbox group; a single ticked box arrives as a string.
const list = <T extends readonly [string, ...string[]]>(values: T, key: string) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(values, { error: key })).max(values.length));

const text = (max: number, tooLong: string) => z.string().trim().max(max, tooLong);

export const SituationSchema = z
  .object({
    situatie: z.enum(SITUATIONS, { error: "errors.registration.situation.required" }),
    wwEinddatum: OptionalDatePartsSchema,
    bijstandAanvragen: z.enum(BIJSTAND_INTENT, { error: "errors.registration.bijstand.required" }),
  })
  .superRefine((value, ctx) => {
    if (value.situatie !== "ww_eindigt") return;
    if (!value.wwEinddatum) {
      ctx.addIssue({ code: "custom", path: ["wwEinddatum"], message: "errors.registration.wwEnd.required" });
      return;
    }
    // WW that ended more than a year ago, or ends more than two years from now, is a typo.
    const today = todayIso();
    if (value.wwEinddatum < addDays(today, -366) || value.wwEinddatum > addDays(today, 731)) {
      ctx.addIssue({ code: "custom", path: ["wwEinddatum"], message: "errors.registration.wwEnd.outOfRange" });
    }
  })
  .transform((value) => ({ ...value, wwEinddatum: value.situatie === "ww_eindigt" ? value.wwEinddatum : undefined }));

export const EducationSchema = z.object({
  niveau: z.enum(EDUCATION_LEVELS, { error: "errors.registration.educationLevel.required" }),
  diploma: z.enum(YES_NO, { error: "errors.registration.diploma.required" }),
  buitenlandsDiploma: z.enum(YES_NO, { error: "errors.registration.foreignDiploma.required" }),
});

export const ExperienceEntrySchema = z
  .object({
    beroep: text(100, "errors.registration.experience.occupationTooLong").min(2, "errors.registration.experience.occupationRequired"),
    werkgever: text(100, "errors.registration.experience.employerTooLong").optional(),
    van: MonthPartsSchema,
    tot: OptionalMonthPartsSchema,
    huidig: z.literal("ja").optional(),
  })
  .superRefine((entry, ctx) => {
    const thisMonth = todayIso().slice(0, 7);
    if (entry.van > thisMonth) ctx.addIssue({ code: "custom", path: ["van"], message: "errors.registration.experience.startInFuture" });
    if (!entry.huidig && !entry.tot) ctx.addIssue({ code: "custom", path: ["tot"], message: "errors.registration.experience.endRequired" });
    if (!entry.huidig && entry.tot) {
      if (entry.tot > thisMonth) ctx.addIssue({ code: "custom", path: ["tot"], message: "errors.registration.experience.endInFuture" });
      else if (entry.tot < entry.van) ctx.addIssue({ code: "custom", path: ["tot"], message: "errors.registration.experience.endBeforeStart" });
    }
  })
  .transform((entry) => ({ beroep: entry.beroep, werkgever: entry.werkgever, van: entry.van, tot: entry.huidig ? undefined : entry.tot }));

export type ExperienceEntry = z.output<typeof ExperienceEntrySchema>;

export const ExperienceListSchema = z.array(ExperienceEntrySchema).max(MAX_EXPERIENCE_ENTRIES, "errors.registration.experience.tooMany");

const occupationField = text(100, "errors.registration.occupation.tooLong").optional();
const OCCUPATION_FIELDS = ["beroep1", "beroep2", "beroep3"] as const;

/** The work you want. Occupations are typed, with a suggestion list of names. */
export const WantedWorkSchema = z
  .object({
    beroep1: occupationField,
    beroep2: occupationField,
    beroep3: occupationField,
    urenPerWeek: z.coerce
      .number({ error: "errors.registration.hours.invalid" })
      .int("errors.registration.hours.invalid")
      .min(1, "errors.registration.hours.invalid")
      .max(60, "errors.registration.hours.tooMany"),
    dagen: list(WEEKDAYS, "errors.registration.days.required").refine((days) => days.length > 0, "errors.registration.days.required"),
    reisafstand: z.enum(TRAVEL_DISTANCES, { error: "errors.registration.travel.required" }),
    vervoer: list(TRANSPORT, "errors.registration.transport.invalid"),
    rijbewijs: list(LICENCES, "errors.registration.licence.invalid"),
  })
  .superRefine((value, ctx) => {
    if (!OCCUPATION_FIELDS.some((key) => value[key])) ctx.addIssue({ code: "custom", path: ["beroep1"], message: "errors.registration.occupation.required" });
  });

/** On the server: every typed occupation must be one we know (by name or synonym). */
export function createWantedWorkSchema(resolveOccupation: (typed: string) => Promise<string | null>) {
  return WantedWorkSchema.superRefine(async (value, ctx) => {
    for (const key of OCCUPATION_FIELDS) {
      if (value[key] && !(await resolveOccupation(value[key]))) ctx.addIssue({ code: "custom", path: [key], message: "errors.registration.occupation.unknown" });
    }
  });
}

export const LanguagesSchema = z.object({
  spreken: z.enum(LANGUAGE_LEVELS, { error: "errors.registration.languageLevel.required" }),
  luisteren: z.enum(LANGUAGE_LEVELS, { error: "errors.registration.languageLevel.required" }),
  lezen: z.enum(LANGUAGE_LEVELS, { error: "errors.registration.languageLevel.required" }),
  schrijven: z.enum(LANGUAGE_LEVELS, { error: "errors.registration.languageLevel.required" }),
  andereTalen: list(OTHER_LANGUAGES, "errors.registration.otherLanguages.invalid"),
  andereTalenToelichting: text(200, "errors.registration.otherLanguages.tooLong").optional(),
});

export const ObstaclesSchema = z.object({
  domeinen: list(OBSTACLE_DOMAINS, "errors.registration.obstacles.invalid"),
  toelichting: text(1000, "errors.registration.obstacles.tooLong").optional(),
});

export const ConsentSchema = z.object({
  toestemmingTotDelenProfiel: z.enum(YES_NO, { error: "errors.registration.consent.required" }),
});

export const DeclarationSchema = z.object({
  verklaring: z.literal("ja", { error: "errors.registration.declaration.required" }),
});
