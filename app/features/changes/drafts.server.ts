import { parseWithZod } from "@conform-to/zod/v4";
import { saveDraftStep, startDraft } from "~/features/drafts/drafts.server";
import type { Database } from "~/lib/db.server";
import { payloadToFormData } from "~/lib/form-data";
import type { Upload } from "~/lib/uploads.server";
import { type ChangeFlow, chosenTopics, flowFormType } from "./flow";
import { CHANGE_FORM_VERSION, createTopicSchema, type TopicValues } from "./schema";
import { type ChangeTopicSlug, findTopic } from "./topics";

/**
 * Server-side drafts of a change report, so nothing typed is lost (a closed tab, a dead
 * battery, an expired session). Answers are kept per topic exactly as typed; files chosen on
 * a topic page are kept beside the draft (draft_uploads) until the report is sent.
 */
export type FlowDraft = { id: string; answers: Record<string, unknown>; expiresAt: Date };
export type DraftFile = { slot: string; fileName: string; sizeBytes: number };
/** A file already part of the case (a correction keeps the files of the version it corrects). */
export type CaseFile = { documentId: string; fileName: string };

export async function getFlowDraft(db: Database, residentId: string, flow: ChangeFlow): Promise<FlowDraft | null> {
  const row = await db
    .selectFrom("drafts")
    .select(["id", "answers", "expires_at"])
    .where("resident_id", "=", residentId)
    .where("form_type", "=", flowFormType(flow))
    .executeTakeFirst();
  if (!row) return null;
  if (row.expires_at < new Date()) {
    await db.deleteFrom("drafts").where("id", "=", row.id).execute();
    return null;
  }
  // A correction draft belongs to one case; one for another case is not this journey's.
  if (flow.kind === "correction" && row.answers.__zaak !== flow.caseId) return null;
  return { id: row.id, answers: row.answers, expiresAt: row.expires_at };
}

export async function saveFlowStep(db: Database, input: { residentId: string; flow: ChangeFlow; step: string; values: unknown; retentionDays: number; helpSessionId?: string | null }) {
  await saveDraftStep(db, {
    residentId: input.residentId,
    formType: flowFormType(input.flow),
    formVersion: CHANGE_FORM_VERSION,
    step: input.step,
    values: input.values,
    retentionDays: input.retentionDays,
    helpSessionId: input.helpSessionId,
  });
  const row = await db.selectFrom("drafts").select("id").where("resident_id", "=", input.residentId).where("form_type", "=", flowFormType(input.flow)).executeTakeFirstOrThrow();
  return row.id;
}

/** Replaces the whole draft (a new correction, or a check that moves into a change report). */
export async function replaceFlowDraft(db: Database, input: { residentId: string; flow: ChangeFlow; answers: Record<string, unknown>; retentionDays: number }) {
  // A fresh row, so files of an earlier draft of this kind go with it (on delete cascade).
  await db.deleteFrom("drafts").where("resident_id", "=", input.residentId).where("form_type", "=", flowFormType(input.flow)).execute();
  await startDraft(db, { residentId: input.residentId, formType: flowFormType(input.flow), formVersion: CHANGE_FORM_VERSION, answers: input.answers, retentionDays: input.retentionDays });
}

export async function storeDraftUpload(db: Database, input: { draftId: string; residentId: string; slot: string; upload: Upload }) {
  const values = {
    file_name: input.upload.fileName,
    content_type: input.upload.contentType,
    size_bytes: input.upload.size,
    sha256: input.upload.sha256,
    content: input.upload.content,
  };
  await db
    .insertInto("draft_uploads")
    .values({ draft_id: input.draftId, resident_id: input.residentId, slot: input.slot, ...values })
    .onConflict((oc) => oc.columns(["draft_id", "slot"]).doUpdateSet({ ...values, created_at: new Date() }))
    .execute();
}

export async function removeDraftUpload(db: Database, draftId: string, slot: string) {
  await db.deleteFrom("draft_uploads").where("draft_id", "=", draftId).where("slot", "=", slot).execute();
}

export async function listDraftUploads(db: Database, draftId: string): Promise<DraftFile[]> {
  const rows = await db.selectFrom("draft_uploads").select(["slot", "file_name", "size_bytes"]).where("draft_id", "=", draftId).orderBy("created_at").execute();
  return rows.map((r) => ({ slot: r.slot, fileName: r.file_name, sizeBytes: r.size_bytes }));
}

/** What a form posted, without buttons and files: the answers as typed, to keep in the draft. */
export function typedAnswers(payload: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(payload)) {
    if (key === "intent" || key === "terug" || key === "bestand") continue;
    if (typeof File !== "undefined" && value instanceof File) continue;
    kept[key] = value;
  }
  return kept;
}

export type AssembledReport = {
  topics: ChangeTopicSlug[];
  values: Partial<Record<ChangeTopicSlug, TopicValues>>;
  typed: Partial<Record<ChangeTopicSlug, Record<string, unknown>>>;
  incomplete: ChangeTopicSlug[];
  files: Partial<Record<ChangeTopicSlug, { kind: "draft"; fileName: string } | ({ kind: "document" } & CaseFile)>>;
};

/**
 * Checks every chosen topic's saved answers with the same schema as its page. Topics that are
 * missing or no longer valid are listed, so check-your-answers can send the resident back to
 * exactly those.
 */
export async function assembleReport(flow: ChangeFlow, answers: Record<string, unknown>, uploads: DraftFile[], today?: string): Promise<AssembledReport> {
  const topics = chosenTopics(flow, answers);
  const carried = (answers.__bestanden ?? {}) as Record<string, CaseFile>;
  const report: AssembledReport = { topics, values: {}, typed: {}, incomplete: [], files: {} };
  for (const slug of topics) {
    const topic = findTopic(slug)!;
    const typed = answers[slug];
    const upload = uploads.find((u) => u.slot === slug);
    if (upload) report.files[slug] = { kind: "draft", fileName: upload.fileName };
    else if (carried[slug]) report.files[slug] = { kind: "document", ...carried[slug] };
    if (!typed || typeof typed !== "object") {
      report.incomplete.push(slug);
      continue;
    }
    const submission = parseWithZod(payloadToFormData(typed), { schema: createTopicSchema(topic, { today }) });
    if (submission.status !== "success") {
      report.incomplete.push(slug);
      continue;
    }
    report.values[slug] = submission.value as TopicValues;
    report.typed[slug] = typed as Record<string, unknown>;
  }
  return report;
}
