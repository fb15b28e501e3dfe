import { sql } from "kysely";
import type { Municipality } from "~/features/municipalities/municipalities.server";
import { addDays, todayIso } from "~/lib/date-schema";
import type { Database } from "~/lib/db.server";
import type { CaseType } from "~/lib/db-schema";

/** Who did it; `helpSessionId` when a Servicepunt employee filled it in with the resident. */
export type CaseActor = { type: "resident" | "staff" | "system"; id: string | null; helpSessionId?: string | null };

/**
 * Creates a zaak with its first event, inside the caller's transaction. The reference is what
 * residents quote on the phone: short, readable, and unique across municipalities.
 */
export async function createCase(
  trx: Database,
  input: {
    municipality: Municipality;
    residentId: string;
    type: CaseType;
    submission: Record<string, unknown>;
    formVersion: string;
    language: string;
    tags: string[];
    actor: CaseActor;
    today?: string;
  },
) {
  const today = input.today ?? todayIso();
  const { next } = await sql<{ next: string }>`select nextval('case_reference_seq')::text as next`.execute(trx).then((r) => r.rows[0]!);
  const reference = `MD-${today.slice(0, 4)}-${next.padStart(6, "0")}`;
  const deadline = addDays(today, input.municipality.settings.caseDeadlineDays[input.type]);
  const created = await trx
    .insertInto("cases")
    .values({
      reference,
      municipality_id: input.municipality.id,
      resident_id: input.residentId,
      type: input.type,
      deadline,
      tags: input.tags,
      submission: JSON.stringify(input.submission),
      form_version: input.formVersion,
      language: input.language,
      help_session_id: input.actor.helpSessionId ?? null,
    })
    .returning(["id", "reference", "deadline", "submitted_at", "tags"])
    .executeTakeFirstOrThrow();
  await trx
    .insertInto("case_events")
    .values({ case_id: created.id, type: "ingediend", actor_type: input.actor.type, actor_id: input.actor.id, data: JSON.stringify({ formVersion: input.formVersion, helpSessionId: input.actor.helpSessionId ?? undefined }) })
    .execute();
  return created;
}

/** A resident's own case: scoped by resident id, so another resident's id finds nothing. */
export async function getResidentCase(db: Database, residentId: string, caseId: string) {
  if (!/^[0-9a-f-]{36}$/.test(caseId)) return null;
  return (await db.selectFrom("cases").selectAll().where("id", "=", caseId).where("resident_id", "=", residentId).executeTakeFirst()) ?? null;
}

export async function getLatestResidentCaseOfType(db: Database, residentId: string, type: CaseType) {
  return (
    (await db
      .selectFrom("cases")
      .selectAll()
      .where("resident_id", "=", residentId)
      .where("type", "=", type)
      .orderBy("submitted_at", "desc")
      .limit(1)
      .executeTakeFirst()) ?? null
  );
}
