import { z } from "zod";
import { OptionalDatePartsSchema } from "~/lib/date-schema";
import { todayIso } from "~/lib/date-schema";
import { ALL_DECISION_TEMPLATES } from "./decision-templates";

// One schema per klantmanager form on the case page; the page posts an `intent` to say which.
const text = (max: number) =>
  z
    .string({ error: "errors.message.required" })
    .trim()
    .min(1, "errors.message.required")
    .max(max, "errors.message.tooLong");

export const NoteSchema = z.object({ intent: z.literal("notitie"), tekst: text(2000) });

export const InformationRequestSchema = z.object({
  intent: z.literal("aanvulling"),
  tekst: text(2000),
  uiterlijk: OptionalDatePartsSchema.refine((date) => !date || date > todayIso(), "errors.date.notFuture"),
});

export const ReassignSchema = z.object({
  intent: z.literal("toewijzen"),
  collega: z.uuid({ error: "errors.reassign.colleague" }),
  tekst: text(1000),
});

const template = z.enum(ALL_DECISION_TEMPLATES as [string, ...string[]], { error: "errors.decision.template" });

/** Step one (a GET form, so it works without JavaScript): choose the reason, which sets the outcome. */
export const DecisionChoiceSchema = z.object({ sjabloon: template });

/** Step two: the Dutch text, filled in from the template and editable. */
export const DecisionSchema = z.object({ intent: z.literal("besluit"), sjabloon: template, tekst: text(4000) });

export const PickUpSchema = z.object({ intent: z.literal("oppakken") });
export const CloseSchema = z.object({ intent: z.literal("sluiten") });

export const STAFF_CASE_INTENTS = ["oppakken", "toewijzen", "notitie", "aanvulling", "besluit", "sluiten"] as const;
