import { sql } from "kysely";
import { type CaseActor, createCase, getLatestResidentCaseOfType } from "~/features/cases/cases.server";
import type { Municipality } from "~/features/municipalities/municipalities.server";
import { recordAudit } from "~/lib/audit.server";
import type { Database } from "~/lib/db.server";
import type { ChangeVersionKind, Resident } from "~/lib/db-schema";
import type { Language } from "~/lib/i18n";
import { type AssembledReport, assembleReport, type CaseFile, listDraftUploads, replaceFlowDraft } from "./drafts.server";
import type { ChangeFlow } from "./flow";
import { CHANGE_FORM_TYPE, CHANGE_FORM_VERSION, CORRECTION_FORM_TYPE } from "./schema";
import type { ChangeTopicSlug } from "./topics";
import { lockDraftForSubmit } from "~/features/drafts/drafts.server";

/** The tag that lets the municipality count self-reported changes (seeds 000:328). */
export const SELF_REPORTED_TAG = "zelf_gemeld";

/** What is stored on the case and in every version: readable values, and what was typed (to correct it later). */
export type ChangeSubmission = {
  formVersion: string;
  onderwerpen: ChangeTopicSlug[];
  gegevens: AssembledReport["values"];
  invoer: AssembledReport["typed"];
  bestanden: Partial<Record<ChangeTopicSlug, CaseFile>>;
  /** Set when the report came from a periodic check. */
  controleRonde?: string;
};

export type SubmitOutcome =
  | { outcome: "submitted"; caseId: string }
  | { outcome: "already-submitted"; caseId: string | null }
  | { outcome: "incomplete"; incomplete: ChangeTopicSlug[]; noTopics: boolean };

/** Files chosen in the draft become documents of the case; returns them by topic. */
async function moveDraftUploads(trx: Database, input: { draftId: string; caseId: string; residentId: string; actor: CaseActor; topics: readonly string[] }) {
  const uploads = await trx.selectFrom("draft_uploads").select(["id", "slot", "file_name"]).where("draft_id", "=", input.draftId).execute();
  const moved: Record<string, CaseFile> = {};
  for (const upload of uploads) {
    if (!input.topics.includes(upload.slot)) continue;
    const row = await sql<{ id: string }>`
      insert into documents (case_id, resident_id, uploaded_by_type, uploaded_by_id, file_name, content_type, size_bytes, sha256, content)
      select ${input.caseId}, resident_id, ${input.actor.type === "staff" ? "staff" : "resident"}, ${input.actor.id}, file_name, content_type, size_bytes, sha256, content
      from draft_uploads where id = ${upload.id}
      returning id`.execute(trx);
    moved[upload.slot] = { documentId: row.rows[0]!.id, fileName: upload.file_name };
  }
  return moved;
}

function buildSubmission(report: AssembledReport, files: Record<string, CaseFile>, extra: Partial<ChangeSubmission> = {}): ChangeSubmission {
  const carried: Record<string, CaseFile> = {};
  for (const [slug, file] of Object.entries(report.files)) if (file?.kind === "document") carried[slug] = { documentId: file.documentId, fileName: file.fileName };
  return { formVersion: CHANGE_FORM_VERSION, onderwerpen: report.topics, gegevens: report.values, invoer: report.typed, bestanden: { ...carried, ...files }, ...extra };
}

/**
 * Creates the case `wijziging` from an assembled draft, inside the caller's transaction: the
 * case, its files and version 1 of the report. Used by the change report and by the periodic
 * check when something changed.
 */
export async function createChangeCase(
  trx: Database,
  input: { municipality: Municipality; residentId: string; lang: Language; actor: CaseActor; report: AssembledReport; draftId: string; tags: string[]; extra?: Partial<ChangeSubmission>; today?: string },
) {
  const first = buildSubmission(input.report, {}, input.extra);
  const created = await createCase(trx, {
    municipality: input.municipality,
    residentId: input.residentId,
    type: "wijziging",
    submission: first,
    formVersion: CHANGE_FORM_VERSION,
    language: input.lang,
    tags: input.tags,
    actor: input.actor,
    today: input.today,
  });
  const files = await moveDraftUploads(trx, { draftId: input.draftId, caseId: created.id, residentId: input.residentId, actor: input.actor, topics: input.report.topics });
  const submission = buildSubmission(input.report, files, input.extra);
  await trx.updateTable("cases").set({ submission: JSON.stringify(submission) }).where("id", "=", created.id).execute();
  await trx
    .insertInto("change_report_versions")
    .values({
      case_id: created.id,
      municipality_id: input.municipality.id,
      resident_id: input.residentId,
      version: 1,
      kind: "ingediend",
      submission: JSON.stringify(submission),
      actor_type: input.actor.type,
      actor_id: input.actor.id,
    })
    .execute();
  return created;
}

/**
 * Sends the draft as a case. The draft row is locked and deleted in the same transaction, so
 * a double submit (two taps, two tabs, a retry on a slow line) makes exactly one case.
 */
export async function submitChangeReport(db: Database, input: { resident: Resident; municipality: Municipality; lang: Language; actor: CaseActor; today?: string }): Promise<SubmitOutcome> {
  return db.transaction().execute(async (trx) => {
    const draft = await lockDraftForSubmit(trx, input.resident.id, CHANGE_FORM_TYPE);
    if (!draft) {
      const existing = await getLatestResidentCaseOfType(trx, input.resident.id, "wijziging");
      return { outcome: "already-submitted", caseId: existing?.id ?? null };
    }
    const report = await assembleReport({ kind: "new" }, draft.answers, await listDraftUploads(trx, draft.id), input.today);
    if (report.topics.length === 0 || report.incomplete.length) return { outcome: "incomplete", incomplete: report.incomplete, noTopics: report.topics.length === 0 };
    const created = await createChangeCase(trx, {
      municipality: input.municipality,
      residentId: input.resident.id,
      lang: input.lang,
      actor: input.actor,
      report,
      draftId: draft.id,
      tags: [SELF_REPORTED_TAG],
      today: input.today,
    });
    await trx.deleteFrom("drafts").where("id", "=", draft.id).execute();
    await recordAudit(trx, {
      actor: input.actor.type === "system" ? { type: "system" } : { type: input.actor.type, id: input.actor.id! },
      action: "change_reported",
      municipalityId: input.municipality.id,
      subject: { type: "case", id: created.id },
    });
    return { outcome: "submitted", caseId: created.id };
  });
}

/** A resident's own change case that can still be corrected (not decided or closed). */
async function findCorrectableCase(db: Database, residentId: string, caseId: string) {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(caseId)) return null;
  return (
    (await db
      .selectFrom("cases")
      .select(["id", "municipality_id", "assignee_id", "closed_at", "decided_at", "submission"])
      .where("id", "=", caseId)
      .where("resident_id", "=", residentId)
      .where("type", "=", "wijziging")
      .executeTakeFirst()) ?? null
  );
}

export function canCorrect(found: { closed_at: Date | null; decided_at: Date | null }) {
  return found.closed_at === null && found.decided_at === null;
}

/** Starts a correction: a draft filled with the latest version, to change and send again. */
export async function startCorrection(db: Database, input: { residentId: string; caseId: string; retentionDays: number }): Promise<"started" | "not-found" | "closed"> {
  const found = await findCorrectableCase(db, input.residentId, input.caseId);
  if (!found) return "not-found";
  if (!canCorrect(found)) return "closed";
  const current = found.submission as unknown as ChangeSubmission;
  await replaceFlowDraft(db, {
    residentId: input.residentId,
    flow: { kind: "correction", caseId: input.caseId },
    answers: { onderwerpen: { onderwerpen: current.onderwerpen }, ...current.invoer, __zaak: input.caseId, __bestanden: current.bestanden ?? {} },
    retentionDays: input.retentionDays,
  });
  return "started";
}

export type CorrectionOutcome =
  | { outcome: "submitted"; caseId: string; kind: ChangeVersionKind }
  | { outcome: "already-submitted" | "not-found" | "closed"; caseId: string }
  | { outcome: "incomplete"; incomplete: ChangeTopicSlug[]; noTopics: boolean };

/**
 * "Recht op vergissen": a new version of the report. Until a klantmanager picked the case up
 * it is a correction of the report; after that it is added as a correction the klantmanager
 * sees arrive. Decided at the moment of sending, under a lock on the case, so a pick-up in
 * between is never missed. Every version is kept.
 */
export async function submitCorrection(db: Database, input: { resident: Resident; caseId: string; lang: Language; actor: CaseActor; today?: string }): Promise<CorrectionOutcome> {
  const flow: ChangeFlow = { kind: "correction", caseId: input.caseId };
  return db.transaction().execute(async (trx) => {
    const draft = await lockDraftForSubmit(trx, input.resident.id, CORRECTION_FORM_TYPE);
    if (!draft || draft.answers.__zaak !== input.caseId) {
      // Nothing to send: a second press after the first one went through, or someone else's case.
      const own = await trx.selectFrom("cases").select("id").where("id", "=", input.caseId).where("resident_id", "=", input.resident.id).executeTakeFirst();
      return own ? { outcome: "already-submitted", caseId: input.caseId } : { outcome: "not-found", caseId: input.caseId };
    }
    const found = await trx
      .selectFrom("cases")
      .select(["id", "municipality_id", "assignee_id", "closed_at", "decided_at"])
      .where("id", "=", input.caseId)
      .where("resident_id", "=", input.resident.id)
      .where("type", "=", "wijziging")
      .forUpdate()
      .executeTakeFirst();
    if (!found) return { outcome: "not-found", caseId: input.caseId };
    if (!canCorrect(found)) return { outcome: "closed", caseId: input.caseId };
    const report = await assembleReport(flow, draft.answers, await listDraftUploads(trx, draft.id), input.today);
    if (report.topics.length === 0 || report.incomplete.length) return { outcome: "incomplete", incomplete: report.incomplete, noTopics: report.topics.length === 0 };

    const kind: ChangeVersionKind = found.assignee_id === null ? "gecorrigeerd" : "correctie_na_oppakken";
    const files = await moveDraftUploads(trx, { draftId: draft.id, caseId: found.id, residentId: input.resident.id, actor: input.actor, topics: report.topics });
    const submission = buildSubmission(report, files);
    const { latest } = await trx
      .selectFrom("change_report_versions")
      .select((eb) => eb.fn.max("version").as("latest"))
      .where("case_id", "=", found.id)
      .executeTakeFirstOrThrow();
    const version = (latest ?? 0) + 1;
    await trx
      .insertInto("change_report_versions")
      .values({ case_id: found.id, municipality_id: found.municipality_id, resident_id: input.resident.id, version, kind, submission: JSON.stringify(submission), actor_type: input.actor.type, actor_id: input.actor.id })
      .execute();
    await trx.updateTable("cases").set({ submission: JSON.stringify(submission), updated_at: sql`now()` }).where("id", "=", found.id).execute();
    await trx
      .insertInto("case_events")
      .values({ case_id: found.id, type: kind, actor_type: input.actor.type, actor_id: input.actor.id, data: JSON.stringify({ version, helpSessionId: input.actor.helpSessionId ?? undefined }) })
      .execute();
    await trx.deleteFrom("drafts").where("id", "=", draft.id).execute();
    await recordAudit(trx, {
      actor: input.actor.type === "system" ? { type: "system" } : { type: input.actor.type, id: input.actor.id! },
      action: "change_corrected",
      municipalityId: found.municipality_id,
      subject: { type: "case", id: found.id },
      details: { version, kind },
    });
    return { outcome: "submitted", caseId: found.id, kind };
  });
}

export async function getCorrectableCase(db: Database, residentId: string, caseId: string) {
  const found = await findCorrectableCase(db, residentId, caseId);
  return found ? { id: found.id, pickedUp: found.assignee_id !== null, correctable: canCorrect(found) } : null;
}

/** Every version of a change report, oldest first. `db` is scoped: by resident here, by municipality for staff. */
export async function listChangeVersions(db: Database, caseId: string, residentId?: string) {
  let query = db.selectFrom("change_report_versions").select(["version", "kind", "submission", "created_at", "actor_type"]).where("case_id", "=", caseId);
  if (residentId) query = query.where("resident_id", "=", residentId);
  return query.orderBy("version").execute();
}

