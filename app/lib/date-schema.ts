import { z } from "zod";

/**
 * Dates typed as three boxes (day, month, year), the GOV.UK pattern: it works on every phone
 * without a date picker and gives one clear message per problem. Messages are i18n keys.
 */
const part = (max: number) =>
  z
    .string({ error: "errors.date.invalid" })
    .trim()
    .regex(/^\d{1,4}$/, "errors.date.invalid")
    .transform(Number)
    .refine((n) => n >= 1 && n <= max, "errors.date.invalid");

export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

// conform turns empty boxes into undefined but keeps the group: {dag: undefined, …}.
const blankGroupToUndefined = (value: unknown) =>
  value && typeof value === "object" && Object.values(value).every((p) => p === undefined || p === "") ? undefined : value;

/** {dag, maand, jaar} → "YYYY-MM-DD", refusing 31 February and friends. */
const DatePartsObject = z
  .object({ dag: part(31), maand: part(12), jaar: part(9999) }, { error: "errors.date.required" })
  .transform((value, ctx) => {
    const iso = isoDate(value.jaar, value.maand, value.dag);
    if (!iso || value.jaar < 1900) {
      ctx.addIssue({ code: "custom", message: "errors.date.invalid" });
      return z.NEVER;
    }
    return iso;
  });

/** {maand, jaar} → "YYYY-MM". */
const MonthPartsObject = z
  .object({ maand: part(12), jaar: part(9999) }, { error: "errors.month.required" })
  .transform((value, ctx) => {
    if (value.jaar < 1940 || value.jaar > 2100) {
      ctx.addIssue({ code: "custom", message: "errors.month.invalid" });
      return z.NEVER;
    }
    return `${value.jaar}-${String(value.maand).padStart(2, "0")}`;
  });

export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = onDate.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export const DatePartsSchema = z.preprocess(blankGroupToUndefined, DatePartsObject);
export const OptionalDatePartsSchema = z.preprocess(blankGroupToUndefined, DatePartsObject.optional());
export const MonthPartsSchema = z.preprocess(blankGroupToUndefined, MonthPartsObject);
export const OptionalMonthPartsSchema = z.preprocess(blankGroupToUndefined, MonthPartsObject.optional());
