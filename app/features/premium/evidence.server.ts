import type { Database } from "~/lib/db.server";
import { readUpload, type Upload } from "~/lib/uploads.server";
import type { VirusScanner } from "~/lib/virus-scan.server";
import { PREMIUM_FORM_TYPE } from "./schema";

/**
 * Evidence for an application that is not sent yet. Files belong to the resident's draft (and
 * are deleted with it); sending the application copies them to the case. Several files per item
 * are fine: a payslip per month, or both sides of a bank card photographed with a phone.
 */
export const MAX_FILES_PER_ITEM = 10;
export const MAX_FILES = 30;

export type DraftFile = { id: string; evidenceKey: string; fileName: string; sizeBytes: number };

export async function listDraftFiles(db: Database, residentId: string): Promise<DraftFile[]> {
  const rows = await db
    .selectFrom("premium_draft_files")
    .innerJoin("drafts", "drafts.id", "premium_draft_files.draft_id")
    .select(["premium_draft_files.id", "premium_draft_files.evidence_key", "premium_draft_files.file_name", "premium_draft_files.size_bytes"])
    .where("drafts.resident_id", "=", residentId)
    .where("drafts.form_type", "=", PREMIUM_FORM_TYPE)
    .orderBy("premium_draft_files.position")
    .execute();
  return rows.map((row) => ({ id: row.id, evidenceKey: row.evidence_key, fileName: row.file_name, sizeBytes: row.size_bytes }));
}

export async function removeDraftFile(db: Database, residentId: string, fileId: string): Promise<void> {
  if (!/^[0-9a-f-]{36}$/.test(fileId)) return;
  await db.deleteFrom("premium_draft_files").where("id", "=", fileId).where("resident_id", "=", residentId).execute();
}

export type UploadOutcome = { added: number; errors: Record<string, string[]> };

/**
 * Reads the chosen files of each evidence item (`bestanden.<key>`) and keeps every good one,
 * also when another file in the same post is refused: a file cannot be put back into a form
 * without JavaScript, so nothing that could be kept is thrown away.
 */
export async function addDraftFiles(
  db: Database,
  input: { residentId: string; draftId: string; formData: FormData; evidenceKeys: string[]; maxBytes: number; scanner: VirusScanner },
): Promise<UploadOutcome> {
  const existing = await listDraftFiles(db, input.residentId);
  const counts = new Map<string, number>();
  for (const file of existing) counts.set(file.evidenceKey, (counts.get(file.evidenceKey) ?? 0) + 1);
  let total = existing.length;
  const errors: Record<string, string[]> = {};
  const fail = (key: string, error: string) => {
    const list = (errors[`bestanden.${key}`] ??= []);
    if (!list.includes(error)) list.push(error);
  };
  let added = 0;
  for (const key of input.evidenceKeys) {
    for (const value of input.formData.getAll(`bestanden.${key}`)) {
      const read = await readUpload(value, input.maxBytes, input.scanner);
      if ("error" in read) {
        fail(key, read.error);
        continue;
      }
      if (!read.upload) continue;
      if ((counts.get(key) ?? 0) >= MAX_FILES_PER_ITEM || total >= MAX_FILES) {
        fail(key, "errors.premium.evidence.tooMany");
        continue;
      }
      await storeFile(db, input, key, read.upload);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      total += 1;
      added += 1;
    }
  }
  return { added, errors };
}

async function storeFile(db: Database, input: { residentId: string; draftId: string }, key: string, upload: Upload) {
  await db
    .insertInto("premium_draft_files")
    .values({
      draft_id: input.draftId,
      resident_id: input.residentId,
      evidence_key: key,
      file_name: upload.fileName,
      content_type: upload.contentType,
      size_bytes: upload.size,
      sha256: upload.sha256,
      content: upload.content,
    })
    .execute();
}

export async function getDraftId(db: Database, residentId: string): Promise<string | null> {
  const row = await db.selectFrom("drafts").select("id").where("resident_id", "=", residentId).where("form_type", "=", PREMIUM_FORM_TYPE).executeTakeFirst();
  return row?.id ?? null;
}
