import { sql } from "kysely";
import { createCase } from "~/features/cases/cases.server";
import { getMunicipalityById, type Municipality } from "~/features/municipalities/municipalities.server";
import { addDays, todayIso } from "~/lib/date-schema";
import type { Database } from "~/lib/db.server";
import { logger } from "~/lib/logger.server";

/**
 * Rounds of the periodic check (herinneringsactie, seeds 000:328). A round opens for every
 * resident with an open benefit in the municipality: each gets an invitation (the task on
 * their home page) and a reminder. A week before the end the ones who have not answered get one
 * more reminder; after the end, a task in the klantmanager's queue.
 *
 * Opening a round for a whole municipality is set-based and batched: one INSERT … SELECT per
 * batch of residents, each batch its own short transaction, so a round for 100,000 residents
 * never holds the database (or the embedded database's single backend) for long.
 */
export const NO_REPLY_TAG = "geen_reactie";
export const INVITE_BATCH_SIZE = 5_000;
const NIL_UUID = "00000000-0000-0000-0000-000000000000";

export function roundDates(municipality: Municipality, opensOn: string) {
  const { replyWeeks, finalReminderDaysBefore } = municipality.settings.periodicCheck;
  const closesOn = addDays(opensOn, replyWeeks * 7);
  return { opensOn, closesOn, finalReminderOn: addDays(closesOn, -Math.min(finalReminderDaysBefore, replyWeeks * 7 - 1)) };
}

export type OpenedRound = { roundId: string; invited: number; alreadyOpen: boolean };

export async function openCheckRound(db: Database, input: { municipality: Municipality; opensOn?: string; batchSize?: number }): Promise<OpenedRound> {
  const dates = roundDates(input.municipality, input.opensOn ?? todayIso());
  const municipalityId = input.municipality.id;
  await db
    .insertInto("check_rounds")
    .values({ municipality_id: municipalityId, opens_on: dates.opensOn, closes_on: dates.closesOn, final_reminder_on: dates.finalReminderOn })
    .onConflict((oc) => oc.columns(["municipality_id", "opens_on"]).doNothing())
    .execute();
  const round = await db.selectFrom("check_rounds").select(["id", "status", "invited_count"]).where("municipality_id", "=", municipalityId).where("opens_on", "=", dates.opensOn).executeTakeFirstOrThrow();
  if (round.status !== "opening") return { roundId: round.id, invited: round.invited_count, alreadyOpen: true };

  // Resumable: an interrupted opening continues after the last resident it invited.
  let after = NIL_UUID;
  for (;;) {
    const batch = await db.transaction().execute(async (trx) => {
      const result = await sql<{ last: string | null }>`
        with batch as (
          select distinct resident_id from benefits
          where municipality_id = ${municipalityId} and ended_on is null and started_on <= ${dates.opensOn}::date
            and resident_id > ${after}::uuid
          order by resident_id
          limit ${input.batchSize ?? INVITE_BATCH_SIZE}
        ), invited as (
          insert into check_invitations (round_id, resident_id, municipality_id)
          select ${round.id}::uuid, resident_id, ${municipalityId}::uuid from batch
          on conflict do nothing
          returning resident_id
        ), queued as (
          insert into notifications (municipality_id, resident_id, round_id, kind)
          select ${municipalityId}::uuid, resident_id, ${round.id}::uuid, 'check_opened' from invited
          on conflict do nothing
          returning 1
        )
        select (select max(resident_id::text) from batch) as last, (select count(*) from queued) as queued`.execute(trx);
      return result.rows[0]!;
    });
    if (!batch.last) break;
    after = batch.last;
  }
  const { count } = await db.selectFrom("check_invitations").select((eb) => eb.fn.countAll<string>().as("count")).where("round_id", "=", round.id).executeTakeFirstOrThrow();
  await db.updateTable("check_rounds").set({ status: "open", invited_count: Number(count), opened_at: new Date() }).where("id", "=", round.id).execute();
  logger.info({ roundId: round.id, municipalityId, invited: Number(count) }, "check round opened");
  return { roundId: round.id, invited: Number(count), alreadyOpen: false };
}

/** Daily: opens the rounds that are due, sends last reminders, closes rounds whose window ended. */
export async function runCheckRoundTick(db: Database, today = todayIso()) {
  const municipalities = await db.selectFrom("municipalities").select("id").execute();
  let opened = 0;
  for (const { id } of municipalities) {
    const municipality = await getMunicipalityById(db, id);
    if (!municipality || !municipality.settings.periodicCheck.months.includes(Number(today.slice(5, 7)))) continue;
    const monthStart = `${today.slice(0, 7)}-01`;
    const existing = await db.selectFrom("check_rounds").select(["id", "status", "opens_on"]).where("municipality_id", "=", id).where("opens_on", ">=", monthStart).where("opens_on", "<=", today).executeTakeFirst();
    if (existing && existing.status !== "opening") continue;
    await openCheckRound(db, { municipality, opensOn: existing?.opens_on ?? today });
    opened++;
  }
  const reminded = await queueFinalReminders(db, today);
  const closed = await closeEndedRounds(db, today);
  return { opened, reminded, closed };
}

/** One more reminder, a few days before the end, to everyone who has not answered yet. */
export async function queueFinalReminders(db: Database, today = todayIso()) {
  const due = await db.selectFrom("check_rounds").select("id").where("status", "=", "open").where("final_reminder_on", "<=", today).where("final_reminders_at", "is", null).execute();
  for (const round of due) {
    await db.transaction().execute(async (trx) => {
      await sql`
        insert into notifications (municipality_id, resident_id, round_id, kind)
        select municipality_id, resident_id, round_id, 'check_final_reminder' from check_invitations
        where round_id = ${round.id} and answered_at is null
        on conflict do nothing`.execute(trx);
      await trx.updateTable("check_rounds").set({ final_reminders_at: new Date() }).where("id", "=", round.id).execute();
    });
  }
  return due.length;
}

/**
 * After the window: everyone who did not answer becomes a task in the klantmanager's queue, a
 * case `periodieke_check` tagged "geen_reactie". In batches, each its own transaction.
 */
export async function closeEndedRounds(db: Database, today = todayIso(), batchSize = 200) {
  const ended = await db.selectFrom("check_rounds").select(["id", "municipality_id"]).where("status", "=", "open").where("closes_on", "<", today).execute();
  for (const round of ended) {
    const municipality = await getMunicipalityById(db, round.municipality_id);
    if (!municipality) continue;
    for (;;) {
      const handled = await db.transaction().execute(async (trx) => {
        const silent = await trx
          .selectFrom("check_invitations")
          .select(["resident_id"])
          .where("round_id", "=", round.id)
          .where("answered_at", "is", null)
          .where("no_reply_case_id", "is", null)
          .limit(batchSize)
          .forUpdate()
          .skipLocked()
          .execute();
        for (const invitation of silent) {
          const created = await createCase(trx, {
            municipality,
            residentId: invitation.resident_id,
            type: "periodieke_check",
            submission: { controleRonde: round.id, antwoord: null },
            formVersion: "periodieke-check/2026-11",
            language: "nl",
            tags: [NO_REPLY_TAG],
            actor: { type: "system", id: null },
            today,
          });
          await trx.updateTable("check_invitations").set({ no_reply_case_id: created.id }).where("round_id", "=", round.id).where("resident_id", "=", invitation.resident_id).execute();
        }
        return silent.length;
      });
      if (handled === 0) break;
    }
    await db.updateTable("check_rounds").set({ status: "closed", closed_at: new Date() }).where("id", "=", round.id).execute();
    logger.info({ roundId: round.id }, "check round closed");
  }
  return ended.length;
}

export type CheckRoundFigures = {
  roundId: string;
  opensOn: string;
  closesOn: string;
  status: "opening" | "open" | "closed";
  invited: number;
  answered: number;
  withChanges: number;
  reminded: number;
  notAnswered: number;
};

/** Per round: invited, answered, with changes, reminded (last reminder sent), not answered. For the figures page. */
export async function getCheckRoundFigures(db: Database, municipalityId: string): Promise<CheckRoundFigures[]> {
  const rows = await sql<{
    id: string;
    opens_on: string;
    closes_on: string;
    status: CheckRoundFigures["status"];
    invited: number;
    answered: number;
    with_changes: number;
    reminded: number;
  }>`
    select r.id, r.opens_on, r.closes_on, r.status,
      (select count(*)::int from check_invitations i where i.round_id = r.id) as invited,
      (select count(*)::int from check_invitations i where i.round_id = r.id and i.answered_at is not null) as answered,
      (select count(*)::int from check_invitations i where i.round_id = r.id and i.with_changes) as with_changes,
      (select count(*)::int from notifications n where n.round_id = r.id and n.kind = 'check_final_reminder' and n.status = 'sent') as reminded
    from check_rounds r
    where r.municipality_id = ${municipalityId}
    order by r.opens_on desc`.execute(db);
  return rows.rows.map((r) => ({
    roundId: r.id,
    opensOn: r.opens_on,
    closesOn: r.closes_on,
    status: r.status,
    invited: r.invited,
    answered: r.answered,
    withChanges: r.with_changes,
    reminded: r.reminded,
    notAnswered: r.invited - r.answered,
  }));
}
