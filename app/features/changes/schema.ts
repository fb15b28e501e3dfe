import { z } from "zod";
import { addDays, DatePartsSchema, todayIso } from "~/lib/date-schema";
import { MAX_AMOUNT_CENTS, parseDutchAmount } from "./amount";
import { CHANGE_TOPIC_SLUGS, type FieldSpec, type TopicSpec } from "./topics";

/**
 * One schema per page, shared by the browser (hints while typing) and the action (the truth).
 * Messages are i18n keys in the `changes` namespace ("changes:errors.…"); the date boxes use
 * the common date messages.
 */
export const CHANGE_FORM_TYPE = "wijziging";
export const CORRECTION_FORM_TYPE = "wijziging-correctie";
export const CHANGE_FORM_VERSION = "wijziging/2026-11";

// A change more than five years back is a typo or a matter for the klantmanager by phone; a
// change more than a year ahead is not yet a change.
export const DATE_BOUNDS = { pastYears: 5, futureDays: 366, returnAfterYears: 3 };

// conform sends nothing for an empty checkbox group; a single ticked box arrives as a string.
const list = <T extends readonly [string, ...string[]]>(values: T, key: string) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(values, { error: key })).max(values.length));

export const TopicsSchema = z.object({
  onderwerpen: list(CHANGE_TOPIC_SLUGS, "changes:errors.topics.required").refine((v) => v.length > 0, "changes:errors.topics.required"),
});

export const DeclarationSchema = z.object({
  verklaring: z.literal("ja", { error: "changes:errors.declaration" }),
});

export const CheckAnswerSchema = z.object({
  antwoord: z.enum(["niets", "wel"], { error: "changes:errors.check.answer" }),
});

const amount = (required: boolean) => {
  const parsed = z
    .string({ error: "changes:errors.bedrag.required" })
    .trim()
    .min(1, "changes:errors.bedrag.required")
    .transform((typed, ctx) => {
      const cents = parseDutchAmount(typed);
      if (cents === null) {
        ctx.addIssue({ code: "custom", message: "changes:errors.bedrag.invalid" });
        return z.NEVER;
      }
      if (cents > MAX_AMOUNT_CENTS) {
        ctx.addIssue({ code: "custom", message: "changes:errors.bedrag.tooHigh" });
        return z.NEVER;
      }
      return cents;
    });
  return required ? parsed : parsed.optional();
};

/**
 * A date as three boxes. "Required" is checked here and not by the date parts themselves:
 * conform hands an empty date group over as separate empty boxes, which would read as
 * "not a real date" instead of "fill in a date". Per field, so every problem on the page shows
 * at once.
 */
function dateField(required: boolean, changeBounds: boolean, today: string) {
  const earliest = addDays(today, -Math.round(DATE_BOUNDS.pastYears * 365.25));
  const latest = addDays(today, DATE_BOUNDS.futureDays);
  return z.unknown().transform((value, ctx) => {
    const blank = value === undefined || (typeof value === "object" && value !== null && Object.values(value).every((p) => p === undefined || p === ""));
    if (blank) {
      if (required) ctx.addIssue({ code: "custom", message: "errors.date.required" });
      return undefined;
    }
    const parsed = DatePartsSchema.safeParse(value);
    if (!parsed.success) {
      // One message for the date, not one per box.
      ctx.addIssue({ code: "custom", message: parsed.error.issues[0]?.message ?? "errors.date.invalid" });
      return z.NEVER;
    }
    if (changeBounds && parsed.data < earliest) ctx.addIssue({ code: "custom", message: "changes:errors.date.tooLongAgo" });
    else if (changeBounds && parsed.data > latest) ctx.addIssue({ code: "custom", message: "changes:errors.date.tooFarAhead" });
    return parsed.data;
  });
}

const hours = z
  .string()
  .trim()
  .regex(/^\d{1,2}([.,]\d)?$/, "changes:errors.uren.invalid")
  .transform((v) => Number(v.replace(",", ".")))
  .refine((n) => n > 0 && n <= 80, "changes:errors.uren.invalid")
  .optional();

function fieldSchema(field: FieldSpec, today: string): z.ZodType {
  switch (field.type) {
    case "choice":
      return z.enum(field.options, { error: `changes:errors.${field.name}.required` });
    case "date":
      return dateField(field.required, field.bounds === "change", today);
    case "amount":
      return amount(field.required);
    case "hours":
      return hours;
    case "text":
    case "textarea": {
      let text = z.string({ error: `changes:errors.${field.name}.required` }).trim().max(field.max, "changes:errors.tooLong");
      if (field.name === "postcode") text = text.regex(/^\d{4}\s?[a-zA-Z]{2}$/, "changes:errors.postcode.invalid");
      return field.required ? text.min(1, `changes:errors.${field.name}.required`) : text.optional();
    }
  }
}

/**
 * A topic page's schema. `today` is passed in so the bounds are the same in the browser and on
 * the server (and testable); `maxUploadBytes` lets the browser refuse a too-big file before
 * sending it (the server checks the bytes again).
 */
export function createTopicSchema(topic: TopicSpec, options: { today?: string; maxUploadBytes?: number } = {}) {
  const today = options.today ?? todayIso();
  const shape: Record<string, z.ZodType> = {};
  for (const field of topic.fields) shape[field.name] = fieldSchema(field, today);
  if (topic.upload) {
    const max = options.maxUploadBytes ?? Number.POSITIVE_INFINITY;
    shape.bestand = z
      .any()
      .optional()
      .refine((file) => !(typeof File !== "undefined" && file instanceof File) || file.size <= max, "errors.upload.tooBig");
  }
  return z
    .object(shape)
    .superRefine((value, ctx) => {
      // Rules between fields: an end or return date after the start.
      for (const field of topic.fields) {
        if (field.type !== "date" || field.bounds !== "return") continue;
        const iso = value[field.name] as string | undefined;
        const start = value.datum as string | undefined;
        if (!iso || !start) continue;
        if (iso < start) ctx.addIssue({ code: "custom", path: [field.name], message: "changes:errors.date.beforeStart" });
        else if (iso > addDays(start, Math.round(DATE_BOUNDS.returnAfterYears * 365.25))) {
          ctx.addIssue({ code: "custom", path: [field.name], message: "changes:errors.date.tooFarAfterStart" });
        }
      }
    })
    .transform(({ bestand: _file, ...rest }) => {
      if (typeof rest.postcode === "string") rest.postcode = rest.postcode.replace(/^(\d{4})\s?([a-zA-Z]{2})$/, (_m, d: string, l: string) => `${d} ${l.toUpperCase()}`);
      return rest as Record<string, string | number | undefined>;
    });
}

export type TopicValues = Record<string, string | number | undefined>;
