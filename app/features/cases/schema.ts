import { z } from "zod";

export const CaseMessageSchema = z.object({
  tekst: z.string({ error: "errors.message.required" }).trim().min(1, "errors.message.required").max(2000, "errors.message.tooLong"),
});

export const FeedbackSchema = z.object({
  antwoord: z.enum(["makkelijk", "moeilijk", "hulp_nodig"], { error: "errors.feedback.required" }),
  toelichting: z.string().trim().max(1000, "errors.feedback.tooLong").optional(),
});
