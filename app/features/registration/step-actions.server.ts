import { parseWithZod } from "@conform-to/zod/v4";
import type { SubmissionResult } from "@conform-to/react";
import type { ZodType } from "zod";
import { type Draft, saveDraftStep } from "~/features/drafts/drafts.server";
import type { Database } from "~/lib/db.server";
import type { Language } from "~/lib/i18n";
import { experienceEntries, REGISTRATION_FORM_TYPE, REGISTRATION_FORM_VERSION } from "./registration.server";
import { resolveOccupation, suggestOccupations } from "./occupations.server";
import {
  ConsentSchema,
  createWantedWorkSchema,
  EducationSchema,
  type ExperienceEntry,
  ExperienceEntrySchema,
  LanguagesSchema,
  MAX_EXPERIENCE_ENTRIES,
  ObstaclesSchema,
  SituationSchema,
} from "./schema";
import type { RegistrationStepSlug } from "./steps";

export type StepOutcome =
  | { kind: "continue" }
  | { kind: "stay" }
  | { kind: "saved-for-later" }
  | { kind: "invalid"; reply: SubmissionResult<string[]>; suggestions?: Record<string, string[]>; listError?: string };

const SIMPLE_SCHEMAS: Partial<Record<RegistrationStepSlug, ZodType>> = {
  situatie: SituationSchema,
  opleiding: EducationSchema,
  talen: LanguagesSchema,
  belemmeringen: ObstaclesSchema,
  toestemming: ConsentSchema,
};

type Context = { db: Database; residentId: string; lang: Language; retentionDays: number; draft: Draft | null; helpSessionId?: string | null };

// Buttons and navigation fields are not answers.
function answersOnly(payload: Record<string, unknown>) {
  const { intent: _intent, terug: _terug, ...answers } = payload;
  return answers;
}

function save(ctx: Context, step: string, values: unknown) {
  return saveDraftStep(ctx.db, { residentId: ctx.residentId, formType: REGISTRATION_FORM_TYPE, formVersion: REGISTRATION_FORM_VERSION, step, values, retentionDays: ctx.retentionDays, helpSessionId: ctx.helpSessionId });
}

/**
 * Handles the POST of one step. Whatever was typed is saved in the draft first, valid or not,
 * so nothing is lost; then "save and continue" checks it and "save for later" does not.
 */
export async function handleStepSubmit(ctx: Context, slug: RegistrationStepSlug, formData: FormData): Promise<StepOutcome> {
  const intent = String(formData.get("intent") ?? "next");
  if (slug === "over-u") {
    await save(ctx, slug, { gezien: "ja" });
    return intent === "save" ? { kind: "saved-for-later" } : { kind: "continue" };
  }
  if (slug === "werkervaring") return handleExperience(ctx, intent, formData);

  const schema = slug === "gewenst-werk" ? createWantedWorkSchema((typed) => resolveOccupation(ctx.db, typed, ctx.lang)) : SIMPLE_SCHEMAS[slug]!;
  const submission = await parseWithZod(formData, { schema, async: true });
  await save(ctx, slug, answersOnly(submission.payload));
  if (intent === "save") return { kind: "saved-for-later" };
  if (submission.status === "success") return { kind: "continue" };
  const suggestions: Record<string, string[]> = {};
  if (slug === "gewenst-werk") {
    for (const key of ["beroep1", "beroep2", "beroep3"]) {
      const typed = submission.payload[key];
      if (submission.error?.[key] && typeof typed === "string") suggestions[key] = (await suggestOccupations(ctx.db, typed, ctx.lang)).map((o) => o.name);
    }
  }
  return { kind: "invalid", reply: submission.reply(), suggestions };
}

async function handleExperience(ctx: Context, intent: string, formData: FormData): Promise<StepOutcome> {
  const entries = [...experienceEntries(ctx.draft)];
  const store = (list: ExperienceEntry[]) => save(ctx, "werkervaring", { entries: list });

  const remove = intent.match(/^remove:(\d+)$/);
  if (remove) {
    entries.splice(Number(remove[1]), 1);
    await store(entries);
    return { kind: "stay" };
  }

  const update = intent.match(/^update:(\d+)$/);
  const typedSomething = ["beroep", "werkgever", "van.maand", "van.jaar", "tot.maand", "tot.jaar"].some((name) => String(formData.get(name) ?? "").trim());
  if (intent === "add" || update || typedSomething) {
    const submission = parseWithZod(formData, { schema: ExperienceEntrySchema });
    if (submission.status !== "success") {
      // Visiting the step counts as answered even when this entry still needs fixing.
      await store(entries);
      return { kind: "invalid", reply: submission.reply() };
    }
    const index = update ? Number(update[1]) : -1;
    if (index >= 0 && index < entries.length) {
      entries[index] = submission.value;
    } else if (entries.length >= MAX_EXPERIENCE_ENTRIES) {
      return { kind: "invalid", reply: submission.reply({ resetForm: false }), listError: "errors.registration.experience.tooMany" };
    } else {
      entries.push(submission.value);
    }
    await store(entries);
    if (intent === "add" || update) return { kind: "stay" };
  } else {
    await store(entries);
  }
  return intent === "save" ? { kind: "saved-for-later" } : { kind: "continue" };
}
