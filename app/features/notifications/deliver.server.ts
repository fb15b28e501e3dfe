import { sql } from "kysely";
import type { Database } from "~/lib/db.server";
import type { NotificationKind, ReminderChannel } from "~/lib/db-schema";
import { logger } from "~/lib/logger.server";
import { composeMessage } from "./messages.server";
import type { Transports } from "./transports.server";

/**
 * Sends what is waiting in `notifications`. Safe with any number of workers on one database:
 * a worker claims a batch with one UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED),
 * which moves the rows from "pending" to "sending". A row another worker holds is skipped, and a
 * row it already moved no longer matches "pending", so every notification goes to exactly one
 * worker. Together with the unique key (resident, round, kind) a reminder is never sent twice.
 *
 * A worker that dies between claiming and sending leaves the row in "sending": it is not tried
 * again automatically (that could send it twice) but marked "failed" for a person to look at
 * (failInterruptedNotifications).
 */
export type DeliveryOptions = {
  transports: Transports;
  publicUrl: string;
  batchSize?: number;
  maxBatches?: number;
  maxAttempts?: number;
};

export type DeliveryTotals = { sent: number; letters: number; skipped: number; retried: number; failed: number };

type Claimed = { id: string; resident_id: string; municipality_id: string; round_id: string | null; kind: NotificationKind; attempts: number };

export async function claimNotifications(db: Database, batchSize: number): Promise<Claimed[]> {
  const result = await sql<Claimed>`
    update notifications
    set status = 'sending', claimed_at = now(), attempts = attempts + 1
    where id in (
      select id from notifications
      where status = 'pending' and send_after <= now()
      order by send_after, id
      limit ${batchSize}
      for update skip locked
    )
    returning id::text as id, resident_id, municipality_id, round_id, kind, attempts`.execute(db);
  return result.rows;
}

export async function deliverPendingNotifications(db: Database, options: DeliveryOptions): Promise<DeliveryTotals> {
  const totals: DeliveryTotals = { sent: 0, letters: 0, skipped: 0, retried: 0, failed: 0 };
  const batchSize = options.batchSize ?? 200;
  for (let batch = 0; batch < (options.maxBatches ?? 50); batch++) {
    const claimed = await claimNotifications(db, batchSize);
    if (claimed.length === 0) break;
    const residentIds = [...new Set(claimed.map((n) => n.resident_id))];
    const [residents, municipalities, answered] = await Promise.all([
      db.selectFrom("residents").select(["id", "email", "mobile", "reminder_channel", "preferred_language"]).where("id", "in", residentIds).execute(),
      db.selectFrom("municipalities").select(["id", "name"]).where("id", "in", [...new Set(claimed.map((n) => n.municipality_id))]).execute(),
      db
        .selectFrom("check_invitations")
        .select(["round_id", "resident_id"])
        .where("resident_id", "in", residentIds)
        .where("answered_at", "is not", null)
        .execute(),
    ]);
    for (const notification of claimed) {
      const resident = residents.find((r) => r.id === notification.resident_id);
      const done = answered.some((a) => a.round_id === notification.round_id && a.resident_id === notification.resident_id);
      if (!resident || done) {
        // Answered before the reminder went out: nothing left to remind about.
        await finish(db, notification.id, { status: "skipped", channel: "none" });
        totals.skipped++;
        continue;
      }
      const channel = chooseChannel(resident);
      try {
        if (channel === "post") {
          await db
            .insertInto("letter_tasks")
            .values({ municipality_id: notification.municipality_id, resident_id: resident.id, notification_id: notification.id, language: resident.preferred_language ?? "nl" })
            .onConflict((oc) => oc.column("notification_id").doNothing())
            .execute();
          totals.letters++;
        } else {
          const message = composeMessage({
            kind: notification.kind,
            language: resident.preferred_language,
            publicUrl: options.publicUrl,
            municipalityName: municipalities.find((m) => m.id === notification.municipality_id)?.name ?? "Meedoen",
          });
          if (channel === "email") await options.transports.email.send({ to: resident.email!, subject: message.subject, text: message.text, notificationId: notification.id });
          else await options.transports.sms.send({ to: resident.mobile!, text: message.sms, notificationId: notification.id });
          totals.sent++;
        }
        await finish(db, notification.id, { status: "sent", channel });
      } catch (error) {
        const final = notification.attempts >= (options.maxAttempts ?? 5);
        // Only the error's kind and message: a transport error can quote the address.
        const reason = error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 200).replace(/\S+@\S+/g, "[address]") : "unknown error";
        await db
          .updateTable("notifications")
          .set({
            status: final ? "failed" : "pending",
            channel,
            last_error: reason,
            // 1, 4, 9, 16 minutes: a mail server that is down for a moment is tried again later.
            send_after: new Date(Date.now() + notification.attempts ** 2 * 60_000),
          })
          .where("id", "=", notification.id)
          .execute();
        logger.warn({ notificationId: notification.id, attempt: notification.attempts, channel, final }, "reminder could not be sent");
        if (final) totals.failed++;
        else totals.retried++;
      }
    }
  }
  return totals;
}

function chooseChannel(resident: { email: string | null; mobile: string | null; reminder_channel: ReminderChannel | null }): ReminderChannel {
  // No choice made, or the chosen way is missing its address: a letter always arrives.
  if (resident.reminder_channel === "email" && resident.email) return "email";
  if (resident.reminder_channel === "sms" && resident.mobile) return "sms";
  return "post";
}

async function finish(db: Database, id: string, values: { status: "sent" | "skipped"; channel: ReminderChannel | "none" }) {
  await db
    .updateTable("notifications")
    .set({ status: values.status, channel: values.channel, sent_at: new Date(), last_error: null })
    .where("id", "=", id)
    .where("status", "=", "sending")
    .execute();
}

/** Rows left in "sending" by a worker that stopped: never resent (it may have gone out), shown as failed. */
export async function failInterruptedNotifications(db: Database, olderThanMinutes = 60) {
  await db
    .updateTable("notifications")
    .set({ status: "failed", last_error: "interrupted while sending" })
    .where("status", "=", "sending")
    .where("claimed_at", "<", new Date(Date.now() - olderThanMinutes * 60_000))
    .execute();
}
