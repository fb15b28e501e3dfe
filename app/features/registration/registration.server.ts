import { parseWithZod } from "@conform-to/zod/v4";
import type { ZodType } from "zod";
import { createCase, type CaseActor, getLatestResidentCaseOfType } from "~/features/cases/cases.server";
import { type Draft, deleteDraft, getDraft, startDraft, lockDraftForSubmit } from "~/features/drafts/drafts.server";
import type { Municipality } from "~/features/municipalities/municipalities.server";
import { recordAudit } from "~/lib/audit.server";
import { todayIso } from "~/lib/date-schema";
import type { Database } from "~/lib/db.server";
import type { Resident } from "~/lib/db-schema";
import { payloadToFormData } from "~/lib/form-data";
import type { Language } from "~/lib/i18n";
import { occupationNames, resolveOccupation } from "./occupations.server";
import type { JobseekerProfile, PartialProfile } from "./profile";
import {
  ConsentSchema,
  createWantedWorkSchema,
  EducationSchema,
  type ExperienceEntry,
  LanguagesSchema,
  ObstaclesSchema,
  REGISTRATION_FORM_TYPE,
  REGISTRATION_FORM_VERSION,
  SituationSchema,
} from "./schema";
import { REGISTRATION_STEPS, type RegistrationStepSlug } from "./steps";
import { deriveTargetGroupTags } from "./target-groups";

export { REGISTRATION_FORM_TYPE, REGISTRATION_FORM_VERSION };

export function getRegistrationDraft(db: Database, residentId: string): Promise<Draft | null> {
  return getDraft(db, residentId, REGISTRATION_FORM_TYPE);
}

export function experienceEntries(draft: Draft | null): ExperienceEntry[] {
  const stored = (draft?.answers.werkervaring as { entries?: ExperienceEntry[] } | undefined)?.entries;
  return Array.isArray(stored) ? stored : [];
}

async function check<T>(schema: ZodType<T>, payload: unknown) {
  const submission = await parseWithZod(payloadToFormData(payload), { schema, async: true });
  return submission.status === "success" ? (submission.value as T) : null;
}

/**
 * Checks every step's saved answers with the same schemas as the pages, and builds the
 * profile. Sections that are missing or no longer valid are null and their steps listed, so
 * the check-your-answers page can send the resident back to exactly those.
 */
export async function assembleProfile(
  db: Database,
  answers: Record<string, unknown>,
  lang: Language,
): Promise<{ partial: PartialProfile; profile: JobseekerProfile | null; incomplete: RegistrationStepSlug[] }> {
  const resolve = (typed: string) => resolveOccupation(db, typed, lang);
  const situatie = await check(SituationSchema, answers.situatie);
  const opleiding = await check(EducationSchema, answers.opleiding);
  const wantedWork = await check(createWantedWorkSchema(resolve), answers["gewenst-werk"]);
  const talen = await check(LanguagesSchema, answers.talen);
  const belemmeringen = answers.belemmeringen ? await check(ObstaclesSchema, answers.belemmeringen) : null;
  const toestemming = await check(ConsentSchema, answers.toestemming);

  let wanted: Pick<JobseekerProfile, "bemiddelingsberoep" | "werktijden" | "mobiliteit" | "rijbewijs"> | null = null;
  if (wantedWork) {
    const typed = [wantedWork.beroep1, wantedWork.beroep2, wantedWork.beroep3].filter((v): v is string => Boolean(v));
    const codes = [...new Set(await Promise.all(typed.map(resolve)))].filter((c): c is string => Boolean(c));
    wanted = {
      bemiddelingsberoep: codes,
      werktijden: { urenPerWeek: wantedWork.urenPerWeek, dagen: wantedWork.dagen },
      mobiliteit: { reisafstand: wantedWork.reisafstand, vervoer: wantedWork.vervoer },
      rijbewijs: wantedWork.rijbewijs,
    };
  }
  const partial: PartialProfile = {
    situatie,
    opleiding,
    werkervaring: answers.werkervaring ? experienceEntries({ answers } as Draft) : null,
    wanted,
    taalbeheersing: talen
      ? {
          nederlands: { spreken: talen.spreken, luisteren: talen.luisteren, lezen: talen.lezen, schrijven: talen.schrijven },
          andereTalen: talen.andereTalen,
          andereTalenToelichting: talen.andereTalenToelichting,
        }
      : null,
    belemmeringen,
    toestemmingTotDelenProfiel: toestemming ? toestemming.toestemmingTotDelenProfiel === "ja" : null,
  };
  const sectionOfStep: Record<RegistrationStepSlug, unknown> = {
    "over-u": answers["over-u"] ?? null,
    situatie: partial.situatie,
    opleiding: partial.opleiding,
    werkervaring: partial.werkervaring,
    "gewenst-werk": partial.wanted,
    talen: partial.taalbeheersing,
    belemmeringen: partial.belemmeringen,
    toestemming: partial.toestemmingTotDelenProfiel,
  };
  const incomplete = REGISTRATION_STEPS.map((step) => step.slug).filter((slug) => sectionOfStep[slug] === null);
  if (incomplete.length) return { partial, profile: null, incomplete };
  const { wanted: w, ...rest } = partial;
  return { partial, profile: { ...(rest as Omit<JobseekerProfile, keyof NonNullable<typeof w>>), ...w! } as JobseekerProfile, incomplete: [] };
}

/** The profile as shown back: sections may be missing while a draft is unfinished. */
export function toPartialProfile(profile: JobseekerProfile): PartialProfile {
  const { bemiddelingsberoep, werktijden, mobiliteit, rijbewijs, ...rest } = profile;
  return { ...rest, wanted: { bemiddelingsberoep, werktijden, mobiliteit, rijbewijs } };
}

export async function getCurrentProfile(db: Database, residentId: string) {
  return (
    (await db
      .selectFrom("jobseeker_profiles")
      .selectAll()
      .where("resident_id", "=", residentId)
      .orderBy("version", "desc")
      .limit(1)
      .executeTakeFirst()) ?? null
  );
}

export async function listProfileVersions(db: Database, residentId: string) {
  return db.selectFrom("jobseeker_profiles").select(["version", "created_at"]).where("resident_id", "=", residentId).orderBy("version", "desc").execute();
}

export type SubmitResult = { outcome: "submitted" | "already-submitted"; caseId: string | null } | { outcome: "incomplete"; incomplete: RegistrationStepSlug[] };

/**
 * Submits the draft: the first time a case `registratie_werkzoekende` plus profile version 1,
 * later a new profile version. The draft row is locked and deleted in the same transaction,
 * so a double submit (two taps, two tabs) makes exactly one case.
 */
export async function submitRegistration(
  db: Database,
  input: { resident: Resident; municipality: Municipality; lang: Language; actor: CaseActor },
): Promise<SubmitResult> {
  return db.transaction().execute(async (trx) => {
    const draft = await lockDraftForSubmit(trx, input.resident.id, REGISTRATION_FORM_TYPE);
    if (!draft) {
      const existing = await getLatestResidentCaseOfType(trx, input.resident.id, "registratie_werkzoekende");
      return { outcome: "already-submitted", caseId: existing?.id ?? null };
    }
    const assembled = await assembleProfile(trx, draft.answers, input.lang);
    if (!assembled.profile) return { outcome: "incomplete", incomplete: assembled.incomplete };
    const profile = assembled.profile;

    const today = todayIso();
    const current = await trx.selectFrom("jobseeker_profiles").select(["version", "case_id"]).where("resident_id", "=", input.resident.id).orderBy("version", "desc").limit(1).executeTakeFirst();
    let caseId = current?.case_id ?? null;
    if (!current) {
      const created = await createCase(trx, {
        municipality: input.municipality,
        residentId: input.resident.id,
        type: "registratie_werkzoekende",
        submission: profile,
        formVersion: REGISTRATION_FORM_VERSION,
        language: input.lang,
        tags: deriveTargetGroupTags(profile, input.resident.birth_date, today),
        actor: input.actor,
        today,
      });
      caseId = created.id;
    } else if (caseId) {
      await trx
        .insertInto("case_events")
        .values({ case_id: caseId, type: "profiel_bijgewerkt", actor_type: input.actor.type, actor_id: input.actor.id, data: JSON.stringify({ version: current.version + 1 }) })
        .execute();
    }
    await trx
      .insertInto("jobseeker_profiles")
      .values({
        resident_id: input.resident.id,
        version: (current?.version ?? 0) + 1,
        profile: JSON.stringify(profile),
        form_version: REGISTRATION_FORM_VERSION,
        case_id: caseId,
      })
      .execute();
    await deleteDraft(trx, input.resident.id, REGISTRATION_FORM_TYPE);
    await recordAudit(trx, {
      actor: input.actor.type === "system" ? { type: "system" } : { type: input.actor.type, id: input.actor.id! },
      action: current ? "jobseeker_profile_updated" : "registered_as_jobseeker",
      municipalityId: input.municipality.id,
      subject: { type: "resident", id: input.resident.id },
    });
    return { outcome: "submitted", caseId };
  });
}

/** Starts an update: a draft filled with the current profile, to change and submit again. */
export async function startProfileUpdate(db: Database, residentId: string, profile: JobseekerProfile, lang: Language, retentionDays: number) {
  const names = await occupationNames(db, profile.bemiddelingsberoep, lang);
  const [beroep1, beroep2, beroep3] = profile.bemiddelingsberoep.map((code) => names.get(code) ?? "");
  const dateParts = (iso?: string) => (iso ? { dag: String(Number(iso.slice(8, 10))), maand: String(Number(iso.slice(5, 7))), jaar: iso.slice(0, 4) } : undefined);
  const answers = {
    "over-u": { gezien: "ja" },
    situatie: { situatie: profile.situatie.situatie, wwEinddatum: dateParts(profile.situatie.wwEinddatum), bijstandAanvragen: profile.situatie.bijstandAanvragen },
    opleiding: profile.opleiding,
    werkervaring: { entries: profile.werkervaring },
    "gewenst-werk": {
      beroep1,
      beroep2,
      beroep3,
      urenPerWeek: String(profile.werktijden.urenPerWeek),
      dagen: profile.werktijden.dagen,
      reisafstand: profile.mobiliteit.reisafstand,
      vervoer: profile.mobiliteit.vervoer,
      rijbewijs: profile.rijbewijs,
    },
    talen: { ...profile.taalbeheersing.nederlands, andereTalen: profile.taalbeheersing.andereTalen, andereTalenToelichting: profile.taalbeheersing.andereTalenToelichting },
    belemmeringen: profile.belemmeringen,
    toestemming: { toestemmingTotDelenProfiel: profile.toestemmingTotDelenProfiel ? "ja" : "nee" },
  };
  await startDraft(db, { residentId, formType: REGISTRATION_FORM_TYPE, formVersion: REGISTRATION_FORM_VERSION, answers, retentionDays });
}
