import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../../db/seed";
import { createResident } from "../../../tests/fixtures/residents";
import { createTestServices } from "../../../tests/fixtures/route-harness";
import { createTestDatabase, type TestDatabase, testBackends } from "../../../tests/fixtures/test-database";
import { createCase } from "~/features/cases/cases.server";
import { getMunicipalityById } from "~/features/municipalities/municipalities.server";
import { QUEUES, startJobs } from "~/features/notifications/jobs.server";
import { createOutboxEmail, createOutboxSms } from "~/features/notifications/transports.server";
import { recordAudit, verifyAuditChain } from "~/lib/audit.server";
import type { Resident } from "~/lib/db-schema";
import { closedCaseCutoff, deleteExpiredClosedCases, deleteExpiredDrafts, runRetention } from "./retention.server";

const DAY = 24 * 60 * 60 * 1000;
const PDF = Buffer.from("%PDF-1.4\n% loonstrook\n");
const POLICY = { draftDays: 90, closedCaseYears: 10 };
const now = new Date();
const yearsAgo = (years: number, days = 0) => new Date(closedCaseCutoff(now, years).getTime() - days * DAY);
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
const file = { file_name: "loonstrook.pdf", content_type: "application/pdf" as const, size_bytes: PDF.length, sha256: "0".repeat(64), content: PDF };

type SeededCase = { id: string; noticeId: string; feedbackId: string; roundId: string; residentId: string };

describe.each(testBackends())("retention (%s)", (backend) => {
  let database: TestDatabase;
  let ingrid: Resident;
  let fatima: Resident;
  let rounds = 0;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    const services = createTestServices(database.db);
    await seedDemoData(database.db);
    ingrid = await createResident(services, "ingrid");
    fatima = await createResident(services, "fatima");
  });
  afterAll(() => database.close());

  /** A case with a row in every table that points at a case, closed at `closedAt` (null: still open). */
  async function caseWithHistory(resident: Resident, submittedAt: Date, closedAt: Date | null): Promise<SeededCase> {
    const db = database.db;
    const municipality = (await getMunicipalityById(db, resident.municipality_id!))!;
    const m = { municipality_id: municipality.id, resident_id: resident.id };
    const created = await db.transaction().execute((trx) =>
      createCase(trx, { municipality, residentId: resident.id, type: "wijziging", submission: { onderwerpen: ["werk"] }, formVersion: "1", language: "nl", tags: ["zelf_gemeld"], actor: { type: "resident", id: resident.id } }),
    );
    const id = created.id;
    await db.insertInto("case_events").values({ case_id: id, type: "bericht", actor_type: "resident", actor_id: resident.id, data: JSON.stringify({ text: "Hier is mijn loonstrook." }) }).execute();
    await db.insertInto("documents").values({ ...file, case_id: id, resident_id: resident.id, uploaded_by_type: "resident", uploaded_by_id: resident.id }).execute();
    await db.insertInto("change_report_versions").values({ ...m, case_id: id, version: 1, kind: "ingediend", submission: JSON.stringify({ onderwerpen: ["werk"] }), actor_type: "resident", actor_id: resident.id }).execute();
    const notice = await db.insertInto("notifications").values({ ...m, case_id: id, kind: "information_requested", status: "sent", channel: "post" }).returning("id").executeTakeFirstOrThrow();
    await db.insertInto("outbox_messages").values({ notification_id: notice.id, channel: "email", recipient: "inwoner@example.test", subject: "Meedoen", body: "Er staat een taak voor u klaar." }).execute();
    await db.insertInto("letter_tasks").values({ ...m, notification_id: notice.id, language: "nl" }).execute();
    const feedback = await db.insertInto("feedback").values({ municipality_id: municipality.id, case_id: id, answer: "makkelijk", comment: "Het ging goed, groet Ingrid" }).returning("id").executeTakeFirstOrThrow();
    rounds += 1;
    const month = String(rounds).padStart(2, "0");
    const round = await db.insertInto("check_rounds").values({ municipality_id: municipality.id, opens_on: `2014-${month}-01`, closes_on: `2014-${month}-21`, final_reminder_on: `2014-${month}-14`, status: "closed" }).returning("id").executeTakeFirstOrThrow();
    await db.insertInto("check_invitations").values({ ...m, round_id: round.id, case_id: id, no_reply_case_id: id }).execute();
    await recordAudit(db, { actor: { type: "system" }, action: "test_case_seeded", municipalityId: municipality.id, subject: { type: "case", id } });
    await db
      .updateTable("cases")
      .set({ submitted_at: submittedAt, ...(closedAt ? { status: "afgehandeld", decided_at: closedAt, closed_at: closedAt } : { status: "in_behandeling" }) })
      .where("id", "=", id)
      .execute();
    return { id, noticeId: String(notice.id), feedbackId: String(feedback.id), roundId: round.id, residentId: resident.id };
  }

  async function rowsOf(c: SeededCase) {
    const { rows } = await sql<Record<string, number>>`
      select
        (select count(*) from cases where id = ${c.id})::int as cases,
        (select count(*) from case_events where case_id = ${c.id})::int as events,
        (select count(*) from documents where case_id = ${c.id})::int as documents,
        (select count(*) from change_report_versions where case_id = ${c.id})::int as versions,
        (select count(*) from notifications where id = ${c.noticeId})::int as notifications,
        (select count(*) from outbox_messages where notification_id = ${c.noticeId})::int as outbox,
        (select count(*) from letter_tasks where notification_id = ${c.noticeId})::int as letters,
        (select count(*) from feedback where case_id = ${c.id})::int as feedback,
        (select count(*) from check_invitations where case_id = ${c.id} and no_reply_case_id = ${c.id})::int as invitations,
        (select count(*) from audit_log where subject_id = ${c.id})::int as audit
    `.execute(database.db);
    return rows[0];
  }
  const complete = { cases: 1, events: 2, documents: 1, versions: 1, notifications: 1, outbox: 1, letters: 1, feedback: 1, invitations: 1, audit: 1 };
  // Everything of the case is gone except the audit entries about it: those are the proof.
  const gone = { cases: 0, events: 0, documents: 0, versions: 0, notifications: 0, outbox: 0, letters: 0, feedback: 0, invitations: 0, audit: 1 };

  async function draft(resident: Resident, formType: string, expiresAt: Date, updatedAt: Date) {
    const row = await database.db
      .insertInto("drafts")
      .values({ resident_id: resident.id, form_type: formType, form_version: "1", answers: JSON.stringify({ werk: { bedrag: "1.234,56" } }), expires_at: expiresAt, updated_at: updatedAt })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  }

  it("knows every table that points at a case, so none is forgotten when one is deleted", async () => {
    const { rows } = await sql<{ ref: string }>`
      select c.conrelid::regclass::text || '.' || a.attname as ref
      from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
      where c.contype = 'f' and c.confrelid in ('cases'::regclass, 'notifications'::regclass)
      order by 1
    `.execute(database.db);
    // A new table here needs a line in deleteExpiredClosedCases (and this list).
    expect(rows.map((r) => r.ref)).toEqual([
      "case_events.case_id",
      "change_report_versions.case_id",
      "check_invitations.case_id",
      "check_invitations.no_reply_case_id",
      "documents.case_id",
      "feedback.case_id",
      // on delete cascade: a resident's submit keys go with the case.
      "idempotency_keys.case_id",
      "jobseeker_profiles.case_id",
      "letter_tasks.notification_id",
      "notifications.case_id",
      "outbox_messages.notification_id",
    ]);
  });

  it("deletes expired drafts with their files and closed cases past 10 years with all their rows, and keeps the rest", async () => {
    const db = database.db;
    const expiredDraft = await draft(ingrid, "wijziging", daysAgo(1), daysAgo(31));
    await db.insertInto("draft_uploads").values({ ...file, draft_id: expiredDraft, resident_id: ingrid.id, slot: "werk" }).execute();
    // Its expiry says later, but nobody touched it for longer than DRAFT_RETENTION_DAYS.
    const untouchedDraft = await draft(fatima, "uitstroompremie", new Date(now.getTime() + DAY), daysAgo(91));
    await db.insertInto("premium_draft_files").values({ ...file, draft_id: untouchedDraft, resident_id: fatima.id, evidence_key: "contract" }).execute();
    const freshDraft = await draft(ingrid, "registratie_werkzoekende", new Date(now.getTime() + 20 * DAY), daysAgo(10));
    await db.insertInto("draft_uploads").values({ ...file, draft_id: freshDraft, resident_id: ingrid.id, slot: "diploma" }).execute();
    await db.insertInto("sessions").values([
      { id: "expired-session", data: JSON.stringify({ pendingForm: { path: "/mijn", fields: [["bedrag", "12"]] } }), resident_id: ingrid.id, expires_at: daysAgo(1) },
      { id: "live-session", data: "{}", resident_id: fatima.id, expires_at: new Date(now.getTime() + DAY) },
    ]).execute();

    const expired = await caseWithHistory(ingrid, yearsAgo(11), yearsAgo(10, 1));
    const almostExpired = await caseWithHistory(ingrid, yearsAgo(11), yearsAgo(10, -1));
    const nineYears = await caseWithHistory(ingrid, yearsAgo(9, 30), yearsAgo(9));
    const openOld = await caseWithHistory(ingrid, yearsAgo(12), null);
    const fatimaExpired = await caseWithHistory(fatima, yearsAgo(15), yearsAgo(14));
    // Ingrid's first profile came with the expired case, her current one with a later case; Fatima's
    // only (current) profile came with her expired case.
    const profile = (resident: Resident, version: number, caseId: string) => ({ resident_id: resident.id, version, case_id: caseId, profile: JSON.stringify({ beroepen: ["Kok"] }), form_version: "1" });
    await db.insertInto("jobseeker_profiles").values([profile(ingrid, 1, expired.id), profile(ingrid, 2, nineYears.id), profile(fatima, 1, fatimaExpired.id)]).execute();
    for (const c of [expired, almostExpired, nineYears, openOld, fatimaExpired]) expect(await rowsOf(c)).toEqual(complete);

    const counts = await runRetention(db, POLICY, now);

    expect(counts).toEqual({
      drafts: 2,
      draftFiles: 2,
      sessions: 1,
      cases: 2,
      events: 4,
      documents: 2,
      changeVersions: 2,
      notifications: 2,
      outboxMessages: 2,
      letterTasks: 2,
      profileVersions: 1,
      feedbackDetached: 2,
      invitationsDetached: 4,
    });
    expect((await db.selectFrom("drafts").select("id").execute()).map((d) => d.id)).toEqual([freshDraft]);
    expect((await db.selectFrom("draft_uploads").select("slot").execute()).map((u) => u.slot)).toEqual(["diploma"]);
    expect(await db.selectFrom("premium_draft_files").select("id").execute()).toEqual([]);
    expect((await db.selectFrom("sessions").select("id").execute()).map((s) => s.id)).toEqual(["live-session"]);

    expect(await rowsOf(expired)).toEqual(gone);
    expect(await rowsOf(fatimaExpired)).toEqual(gone);
    for (const kept of [almostExpired, nineYears, openOld]) expect(await rowsOf(kept)).toEqual(complete);
    // What counts for the figures stays, without the link to the case or the free text.
    expect(await db.selectFrom("feedback").select(["case_id", "comment", "answer"]).where("id", "=", expired.feedbackId).executeTakeFirst()).toEqual({ case_id: null, comment: null, answer: "makkelijk" });
    expect(await db.selectFrom("check_invitations").select(["case_id", "no_reply_case_id"]).where("round_id", "=", expired.roundId).executeTakeFirst()).toEqual({ case_id: null, no_reply_case_id: null });
    const profiles = await db.selectFrom("jobseeker_profiles").select(["resident_id", "version", "case_id"]).orderBy("resident_id").orderBy("version").execute();
    expect(profiles).toEqual(
      [
        { resident_id: ingrid.id, version: 2, case_id: nineYears.id },
        { resident_id: fatima.id, version: 1, case_id: null },
      ].sort((a, b) => a.resident_id.localeCompare(b.resident_id)),
    );

    const runs = await db.selectFrom("audit_log").select(["actor_type", "details"]).where("action", "=", "retention_run").execute();
    expect(runs).toHaveLength(1);
    expect(runs[0]!.actor_type).toBe("system");
    expect(runs[0]!.details).toMatchObject({ ...counts, casesByMunicipality: { [ingrid.municipality_id!]: 1, [fatima.municipality_id!]: 1 }, policy: POLICY });
    expect((await verifyAuditChain(db)).broken).toEqual([]);

    // A second run finds nothing, and still accounts for itself.
    const again = await runRetention(db, POLICY, now);
    expect(Object.values(again).every((n) => n === 0)).toBe(true);
    expect(await db.selectFrom("audit_log").select("id").where("action", "=", "retention_run").execute()).toHaveLength(2);
    const chain = await verifyAuditChain(db);
    expect(chain.broken).toEqual([]);
    expect(chain.entries).toBe(7);
  });

  it("still refuses to change or delete case history outside the retention job, and for open cases inside it", async () => {
    const db = database.db;
    const closed = await caseWithHistory(fatima, yearsAgo(9, 30), yearsAgo(9));
    const open = await caseWithHistory(fatima, yearsAgo(12), null);
    await expect(sql`update case_events set type = 'veranderd' where case_id = ${closed.id}`.execute(db)).rejects.toThrow(/case_events is append-only/);
    await expect(sql`delete from case_events where case_id = ${closed.id}`.execute(db)).rejects.toThrow(/case_events is append-only/);
    await expect(sql`delete from change_report_versions where case_id = ${closed.id}`.execute(db)).rejects.toThrow(/change_report_versions is append-only/);
    const asRetention = (statement: ReturnType<typeof sql>) =>
      db.transaction().execute(async (trx) => {
        await sql`select set_config('meedoen.retention', 'on', true)`.execute(trx);
        await statement.execute(trx);
      });
    await expect(asRetention(sql`update case_events set type = 'veranderd' where case_id = ${closed.id}`)).rejects.toThrow(/append-only/);
    await expect(asRetention(sql`delete from case_events where case_id = ${open.id}`)).rejects.toThrow(/append-only/);
    await expect(asRetention(sql`delete from audit_log where subject_id = ${closed.id}`)).rejects.toThrow(/append-only/);
    // The flag lasts for its own transaction only.
    await asRetention(sql`select 1`);
    await expect(sql`delete from case_events where case_id = ${closed.id}`.execute(db)).rejects.toThrow(/append-only/);
    expect(await rowsOf(closed)).toEqual(complete);
    expect(await rowsOf(open)).toEqual(complete);
  });

  it("works through a large backlog in batches", async () => {
    const db = database.db;
    for (const formType of ["a", "b", "c"]) await draft(fatima, `oud-${formType}`, daysAgo(2), daysAgo(40));
    expect(await deleteExpiredDrafts(db, now, 90, 1)).toEqual({ drafts: 3, files: 0 });
    const backlog = [await caseWithHistory(fatima, yearsAgo(13), yearsAgo(12)), await caseWithHistory(fatima, yearsAgo(13), yearsAgo(11)), await caseWithHistory(fatima, yearsAgo(13), yearsAgo(11, 5))];
    const result = await deleteExpiredClosedCases(db, now, 10, 2);
    expect(result).toMatchObject({ cases: 3, events: 6, documents: 3, byMunicipality: { [fatima.municipality_id!]: 3 } });
    for (const c of backlog) expect(await rowsOf(c)).toEqual(gone);
  });

  it("runs every night at 03:30 Dutch time on the job queue, with the configured terms", async () => {
    const db = database.db;
    const jobs = await startJobs(db, {
      transports: { email: createOutboxEmail(db), sms: createOutboxSms(db) },
      publicUrl: "https://meedoen.example",
      pollingIntervalSeconds: 0.5,
      retention: { draftDays: 30, closedCaseYears: 7 },
    });
    try {
      const schedules = await jobs.boss.getSchedules();
      expect(schedules.find((s) => s.name === QUEUES.retention)).toMatchObject({ cron: "30 3 * * *", options: { tz: "Europe/Amsterdam" } });
      const before = await db.selectFrom("audit_log").select("id").where("action", "=", "retention_run").execute();
      await jobs.boss.send(QUEUES.retention, {});
      let runs = before;
      for (let i = 0; i < 100 && runs.length === before.length; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        runs = await db.selectFrom("audit_log").select("id").where("action", "=", "retention_run").execute();
      }
      const last = await db.selectFrom("audit_log").select("details").where("action", "=", "retention_run").orderBy("chain_seq", "desc").executeTakeFirstOrThrow();
      expect(last.details).toMatchObject({ policy: { draftDays: 30, closedCaseYears: 7 } });
    } finally {
      await jobs.stop();
    }
  });
});
