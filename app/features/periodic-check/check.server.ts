import { sql } from "kysely";
import { type CaseActor, createCase } from "~/features/cases/cases.server";
import { createChangeCase, SELF_REPORTED_TAG } from "~/features/changes/changes.server";
import { assembleReport, getFlowDraft, listDraftUploads, saveFlowStep } from "~/features/changes/drafts.server";
import { CHECK_FORM_TYPE, checkAnswers, chosenTopics } from "~/features/changes/flow";
import { CHANGE_FORM_TYPE, CHANGE_FORM_VERSION } from "~/features/changes/schema";
import { CHANGE_TOPIC_SLUGS, type ChangeTopicSlug } from "~/features/changes/topics";
import { startDraft, lockDraftForSubmit } from "~/features/drafts/drafts.server";
import type { Municipality } from "~/features/municipalities/municipalities.server";
import { recordAudit } from "~/lib/audit.server";
import { todayIso } from "~/lib/date-schema";
import type { Database } from "~/lib/db.server";
import type { Resident } from "~/lib/db-schema";
import type { Language } from "~/lib/i18n";

/**
 * The resident's side of the periodic check: topic by topic "niets veranderd" or "wel
 * veranderd" (with the change's details), then one submit. Nothing changed: a case
 * `periodieke_check` that closes itself. Something changed: a case `wijziging` as well,
 * linked to the check. After the window closed the answers become a normal change report.
 */
export const CHECK_FORM_VERSION = "periodieke-check/2026-11";
export const CHECK_TOPICS = CHANGE_TOPIC_SLUGS;

export type ResidentCheck = { roundId: string; opensOn: string; closesOn: string; answeredAt: Date | null; caseId: string | null; closed: boolean };

/** The resident's latest invitation, if any. */
export async function getResidentCheck(db: Database, residentId: string, today = todayIso()): Promise<ResidentCheck | null> {
  const row = await db
    .selectFrom("check_invitations as i")
    .innerJoin("check_rounds as r", "r.id", "i.round_id")
    .select(["i.round_id", "r.opens_on", "r.closes_on", "r.status", "i.answered_at", "i.case_id"])
    .where("i.resident_id", "=", residentId)
    .where("r.status", "!=", "opening")
    .orderBy("r.opens_on", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  return { roundId: row.round_id, opensOn: row.opens_on, closesOn: row.closes_on, answeredAt: row.answered_at, caseId: row.case_id, closed: row.status === "closed" || today > row.closes_on };
}

/** What the municipality already knows, shown beside the question so the resident can compare. */
export async function getKnownFacts(db: Database, resident: Resident) {
  const benefit = await db
    .selectFrom("benefits")
    .select(["kind", "started_on"])
    .where("resident_id", "=", resident.id)
    .where("ended_on", "is", null)
    .orderBy("started_on", "desc")
    .executeTakeFirst();
  const address = [resident.street_address, [resident.postal_code, resident.locality].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  return { address: address || null, benefit: benefit ? { kind: benefit.kind, startedOn: benefit.started_on } : null };
}

export async function getCheckDraftAnswers(db: Database, residentId: string, roundId: string) {
  const draft = await getFlowDraft(db, residentId, { kind: "check" });
  const belongs = (draft?.answers.__controle as { ronde?: string } | undefined)?.ronde === roundId;
  return belongs && draft ? { draft, answers: checkAnswers(draft.answers) } : { draft: null, answers: {} as Record<string, "niets" | "wel"> };
}

export async function recordCheckAnswer(db: Database, input: { residentId: string; roundId: string; slug: ChangeTopicSlug; answer: "niets" | "wel"; retentionDays: number; helpSessionId?: string | null }) {
  const { draft, answers } = await getCheckDraftAnswers(db, input.residentId, input.roundId);
  // A draft left from an earlier round starts over: its answers were about another time.
  if (!draft) await db.deleteFrom("drafts").where("resident_id", "=", input.residentId).where("form_type", "=", CHECK_FORM_TYPE).execute();
  await saveFlowStep(db, {
    residentId: input.residentId,
    flow: { kind: "check" },
    step: "__controle",
    values: { ronde: input.roundId, antwoorden: { ...answers, [input.slug]: input.answer } },
    retentionDays: input.retentionDays,
    helpSessionId: input.helpSessionId,
  });
}

export type CheckSubmitOutcome =
  | { outcome: "submitted"; caseId: string; changeCaseId: string | null }
  | { outcome: "already-submitted"; caseId: string | null }
  | { outcome: "closed"; hasChanges: boolean }
  | { outcome: "incomplete"; unanswered: ChangeTopicSlug[]; incomplete: ChangeTopicSlug[] }
  | { outcome: "no-check" };

export async function submitCheck(
  db: Database,
  input: { resident: Resident; municipality: Municipality; lang: Language; actor: CaseActor; retentionDays: number; today?: string },
): Promise<CheckSubmitOutcome> {
  const today = input.today ?? todayIso();
  return db.transaction().execute(async (trx) => {
    // Locked, so the same check sent twice (two taps, two tabs) waits here and then finds it answered.
    const invitation = await trx
      .selectFrom("check_invitations as i")
      .innerJoin("check_rounds as r", "r.id", "i.round_id")
      .select(["i.round_id", "i.answered_at", "i.case_id", "r.closes_on", "r.status"])
      .where("i.resident_id", "=", input.resident.id)
      .where("r.status", "!=", "opening")
      .orderBy("r.opens_on", "desc")
      .limit(1)
      .forUpdate("i")
      .executeTakeFirst();
    if (!invitation) return { outcome: "no-check" };
    if (invitation.answered_at) return { outcome: "already-submitted", caseId: invitation.case_id };
    const draft = await lockDraftForSubmit(trx, input.resident.id, CHECK_FORM_TYPE);
    const belongs = (draft?.answers.__controle as { ronde?: string } | undefined)?.ronde === invitation.round_id;
    if (invitation.status === "closed" || today > invitation.closes_on) {
      const hasChanges = draft && belongs ? await moveCheckToChangeReport(trx, { residentId: input.resident.id, draftId: draft.id, answers: draft.answers, retentionDays: input.retentionDays }) : false;
      return { outcome: "closed", hasChanges };
    }
    const answers = draft && belongs ? checkAnswers(draft.answers) : {};
    const unanswered = CHECK_TOPICS.filter((slug) => !answers[slug]);
    const report = draft && belongs ? await assembleReport({ kind: "check" }, draft.answers, await listDraftUploads(trx, draft.id), today) : null;
    if (!draft || !report || unanswered.length || report.incomplete.length) return { outcome: "incomplete", unanswered, incomplete: report?.incomplete ?? [] };

    const actor = input.actor;
    const change =
      report.topics.length > 0
        ? await createChangeCase(trx, {
            municipality: input.municipality,
            residentId: input.resident.id,
            lang: input.lang,
            actor,
            report,
            draftId: draft.id,
            tags: [SELF_REPORTED_TAG, "periodieke_check"],
            extra: { controleRonde: invitation.round_id },
            today,
          })
        : null;
    const check = await createCase(trx, {
      municipality: input.municipality,
      residentId: input.resident.id,
      type: "periodieke_check",
      submission: { controleRonde: invitation.round_id, antwoorden: answers, gekoppeldeZaken: change ? [{ id: change.id, reference: change.reference }] : [] },
      formVersion: CHECK_FORM_VERSION,
      language: input.lang,
      tags: change ? ["met_wijziging"] : ["niets_veranderd"],
      actor,
      today,
    });
    if (change) {
      await trx
        .insertInto("case_events")
        .values([
          { case_id: check.id, type: "gekoppeld", actor_type: "system", actor_id: null, data: JSON.stringify({ caseId: change.id, reference: change.reference }) },
          { case_id: change.id, type: "gekoppeld", actor_type: "system", actor_id: null, data: JSON.stringify({ caseId: check.id, reference: check.reference }) },
        ])
        .execute();
    } else {
      // Nothing changed: nothing for a klantmanager to do.
      await trx.updateTable("cases").set({ status: "afgehandeld", closed_at: sql`now()`, updated_at: sql`now()` }).where("id", "=", check.id).execute();
      await trx
        .insertInto("case_events")
        .values({ case_id: check.id, type: "automatisch_afgehandeld", actor_type: "system", actor_id: null, data: JSON.stringify({ reason: "niets_veranderd" }) })
        .execute();
    }
    await trx
      .updateTable("check_invitations")
      .set({ answered_at: new Date(), with_changes: Boolean(change), case_id: check.id })
      .where("round_id", "=", invitation.round_id)
      .where("resident_id", "=", input.resident.id)
      .execute();
    await trx.deleteFrom("drafts").where("id", "=", draft.id).execute();
    await recordAudit(trx, {
      actor: actor.type === "system" ? { type: "system" } : { type: actor.type, id: actor.id! },
      action: "periodic_check_answered",
      municipalityId: input.municipality.id,
      subject: { type: "case", id: check.id },
      details: { withChanges: Boolean(change) },
    });
    return { outcome: "submitted", caseId: check.id, changeCaseId: change?.id ?? null };
  });
}

/**
 * The window closed: what the resident said changed becomes a normal change report draft
 * (added to one they may have started), files included. Returns whether anything changed.
 */
export async function moveCheckToChangeReport(trx: Database, input: { residentId: string; draftId: string; answers: Record<string, unknown>; retentionDays: number }): Promise<boolean> {
  const topics = chosenTopics({ kind: "check" }, input.answers);
  if (topics.length > 0) {
    const existing = await trx.selectFrom("drafts").select(["id", "answers"]).where("resident_id", "=", input.residentId).where("form_type", "=", CHANGE_FORM_TYPE).executeTakeFirst();
    const earlier = (existing?.answers.onderwerpen as { onderwerpen?: string[] } | undefined)?.onderwerpen ?? [];
    const answers: Record<string, unknown> = { ...(existing?.answers ?? {}), onderwerpen: { onderwerpen: [...new Set([...earlier, ...topics])] } };
    for (const slug of topics) if (input.answers[slug]) answers[slug] = input.answers[slug];
    await startDraft(trx, { residentId: input.residentId, formType: CHANGE_FORM_TYPE, formVersion: CHANGE_FORM_VERSION, answers, retentionDays: input.retentionDays });
    const target = await trx.selectFrom("drafts").select("id").where("resident_id", "=", input.residentId).where("form_type", "=", CHANGE_FORM_TYPE).executeTakeFirstOrThrow();
    const moving = await trx.selectFrom("draft_uploads").select("slot").where("draft_id", "=", input.draftId).where("slot", "in", topics).execute();
    if (moving.length) {
      await trx.deleteFrom("draft_uploads").where("draft_id", "=", target.id).where("slot", "in", moving.map((m) => m.slot)).execute();
      await trx.updateTable("draft_uploads").set({ draft_id: target.id }).where("draft_id", "=", input.draftId).where("slot", "in", moving.map((m) => m.slot)).execute();
    }
  }
  await trx.deleteFrom("drafts").where("id", "=", input.draftId).execute();
  return topics.length > 0;
}
