import { sql } from "kysely";
import { type CaseActor, createCase, getLatestResidentCaseOfType } from "~/features/cases/cases.server";
import { type Draft, lockDraftForSubmit } from "~/features/drafts/drafts.server";
import type { Municipality } from "~/features/municipalities/municipalities.server";
import { recordAudit } from "~/lib/audit.server";
import { todayIso } from "~/lib/date-schema";
import type { Database } from "~/lib/db.server";
import type { Resident } from "~/lib/db-schema";
import type { Language } from "~/lib/i18n";
import { evaluateDraft, getKnownFacts, type PremiumStep, readAccount, readWorkDetails, requiredEvidence } from "./application.server";
import type { PremiumEvaluation } from "./evaluate";
import type { PremiumFacts } from "./facts";
import { getCurrentRuleSet } from "./rule-sets.server";
import { PREMIUM_FORM_TYPE, PREMIUM_FORM_VERSION } from "./schema";

/** What a premium case holds, so the klantmanager sees what the resident saw. */
export type PremiumSubmission = {
  ruleSet: { id: string; version: number; municipality: string };
  evaluatedOn: string;
  facts: PremiumFacts;
  evaluation: PremiumEvaluation;
  work: { employer: string; jobTitle: string };
  payment: { iban: string; accountHolder: string };
  evidence: Array<{ key: string; kind: string; months: number | null; documentIds: string[] }>;
  // The resident sent it although the application window had closed (an aanvraag is always possible).
  windowClosedAcknowledged: boolean;
};

export type PremiumSubmitResult =
  | { outcome: "submitted"; caseId: string; reference: string }
  | { outcome: "already-submitted"; caseId: string | null }
  | { outcome: "incomplete"; step: PremiumStep }
  | { outcome: "window-closed"; closesOn: string }
  | { outcome: "no-rules" };

/**
 * Sends the application. The draft row is locked and deleted in the same transaction, so two
 * taps or two tabs make exactly one case. The newest rule set is used and its version stored:
 * a beheerder's later change never alters a case that was already sent.
 */
export async function submitPremiumApplication(
  db: Database,
  input: { resident: Resident; municipality: Municipality; lang: Language; actor: CaseActor; acceptClosedWindow: boolean; today?: string },
): Promise<PremiumSubmitResult> {
  const today = input.today ?? todayIso();
  return db.transaction().execute(async (trx) => {
    const row = await lockDraftForSubmit(trx, input.resident.id, PREMIUM_FORM_TYPE);
    if (!row || row.expires_at < new Date()) {
      const existing = await getLatestResidentCaseOfType(trx, input.resident.id, "uitstroompremie");
      return { outcome: "already-submitted", caseId: existing?.id ?? null };
    }
    const draft: Draft = { answers: row.answers, lastStep: row.last_step, expiresAt: row.expires_at, formVersion: row.form_version };
    const ruleSet = await getCurrentRuleSet(trx, input.municipality.id);
    if (!ruleSet) return { outcome: "no-rules" };

    const known = await getKnownFacts(trx, input.resident, input.municipality);
    const checked = await evaluateDraft(draft, ruleSet, known, today);
    if (!checked) return { outcome: "incomplete", step: "vragen" };
    const work = await readWorkDetails(draft);
    if (!work) return { outcome: "incomplete", step: "werk" };
    const files = await trx.selectFrom("premium_draft_files").select(["id", "evidence_key"]).where("draft_id", "=", row.id).orderBy("position").execute();
    const evidence = requiredEvidence(ruleSet.rules, checked.facts.workType);
    if (evidence.some((item) => !files.some((file) => file.evidence_key === item.key))) return { outcome: "incomplete", step: "bewijs" };
    const account = await readAccount(draft);
    if (!account) return { outcome: "incomplete", step: "rekening" };

    const window = checked.evaluation.window;
    const windowClosed = window !== null && today > window.closesOn;
    if (windowClosed && !input.acceptClosedWindow) return { outcome: "window-closed", closesOn: window.closesOn };

    const submission: PremiumSubmission = {
      ruleSet: { id: ruleSet.id, version: ruleSet.version, municipality: ruleSet.rules.municipality },
      evaluatedOn: today,
      facts: checked.facts,
      evaluation: checked.evaluation,
      work: { employer: work.werkgever, jobTitle: work.functie },
      payment: { iban: account.iban, accountHolder: account.rekeninghouder },
      evidence: [],
      windowClosedAcknowledged: windowClosed,
    };
    const created = await createCase(trx, {
      municipality: input.municipality,
      residentId: input.resident.id,
      type: "uitstroompremie",
      submission: {},
      formVersion: PREMIUM_FORM_VERSION,
      language: input.lang,
      tags: [],
      actor: input.actor,
      today,
    });
    // The files move to the case; only ids are read here, the bytes are copied inside the database.
    const uploadedBy = input.actor.type === "resident" ? input.resident.id : input.actor.id;
    for (const item of evidence) {
      const documentIds: string[] = [];
      for (const file of files.filter((f) => f.evidence_key === item.key)) {
        const copied = await trx
          .insertInto("documents")
          .columns(["case_id", "resident_id", "uploaded_by_type", "uploaded_by_id", "file_name", "content_type", "size_bytes", "sha256", "content"])
          .expression((eb) =>
            eb
              .selectFrom("premium_draft_files")
              .select([
                sql<string>`${created.id}::uuid`.as("case_id"),
                "resident_id",
                sql<"resident">`'resident'`.as("uploaded_by_type"),
                sql<string | null>`${uploadedBy}::uuid`.as("uploaded_by_id"),
                "file_name",
                "content_type",
                "size_bytes",
                "sha256",
                "content",
              ])
              .where("id", "=", file.id),
          )
          .returning("id")
          .executeTakeFirstOrThrow();
        documentIds.push(copied.id);
      }
      submission.evidence.push({ ...item, documentIds });
    }
    await trx.updateTable("cases").set({ submission: JSON.stringify(submission) }).where("id", "=", created.id).execute();
    await trx.deleteFrom("drafts").where("id", "=", row.id).execute();
    await recordAudit(trx, {
      actor: input.actor.type === "system" ? { type: "system" } : { type: input.actor.type, id: input.actor.id! },
      action: "premium_applied",
      municipalityId: input.municipality.id,
      subject: { type: "case", id: created.id },
      details: { ruleSetVersion: ruleSet.version, outcome: checked.evaluation.outcome },
    });
    return { outcome: "submitted", caseId: created.id, reference: created.reference };
  });
}
