import { CompiledQuery } from "kysely";
import PgBoss from "pg-boss";
import { openCheckRound, runCheckRoundTick } from "~/features/periodic-check/rounds.server";
import { getMunicipalityById } from "~/features/municipalities/municipalities.server";
import { type RetentionPolicy, runRetention } from "~/features/retention/retention.server";
import type { Database } from "~/lib/db.server";
import { logger } from "~/lib/logger.server";
import { deliverPendingNotifications, failInterruptedNotifications } from "./deliver.server";
import type { Transports } from "./transports.server";

/**
 * Background work on pg-boss (see the README, Decisions): jobs live in PostgreSQL, so every app
 * instance can run workers against one database and a job is fetched by one of them only.
 *
 * pg-boss talks to the database through the app's own Kysely pool (an `executeSql` adapter),
 * so it runs unchanged on real PostgreSQL and on the embedded PGlite behind its socket, and
 * `send` can take a transaction's executor: a job is enqueued in the same transaction as the
 * work it belongs to.
 */
export const QUEUES = {
  deliver: "notifications-deliver",
  tick: "check-rounds-tick",
  openRound: "check-round-open",
  retention: "retention-daily",
} as const;

export type JobsOptions = {
  transports: Transports;
  publicUrl: string;
  /** Seconds between polls for new jobs; pg-boss polls (LISTEN/NOTIFY does not cross the embedded socket). */
  pollingIntervalSeconds?: number;
  /** Run the daily schedule (cron) too. Every instance may; pg-boss runs each cron slot once. */
  schedule?: boolean;
  /** Bewaartermijnen for the nightly clean-up (app/features/retention). */
  retention?: RetentionPolicy;
};

export type Jobs = {
  boss: PgBoss;
  /** Ask a worker to deliver what is pending now, instead of waiting for the next sweep. */
  kickDelivery(): Promise<void>;
  openRoundNow(municipalityId: string): Promise<void>;
  stop(): Promise<void>;
};

export function kyselyExecutor(db: Database): PgBoss.Db {
  return {
    async executeSql(text, values) {
      const result = await db.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: result.rows as unknown[] as never[] };
    },
  };
}

export async function startJobs(db: Database, options: JobsOptions): Promise<Jobs> {
  const boss = new PgBoss({
    db: kyselyExecutor(db),
    schema: "pgboss",
    schedule: options.schedule ?? true,
    supervise: true,
    migrate: true,
    // Kept a week for someone to look into; reminders are recorded in `notifications` anyway.
    deleteAfterDays: 7,
  });
  boss.on("error", (error) => logger.error({ err: error }, "job queue error"));
  await boss.start();
  for (const name of Object.values(QUEUES)) await createQueue(boss, name);

  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  await boss.work(QUEUES.deliver, polling, async () => {
    const totals = await deliverPendingNotifications(db, { transports: options.transports, publicUrl: options.publicUrl });
    if (totals.sent || totals.letters || totals.failed) logger.info(totals, "reminders delivered");
    return totals;
  });
  await boss.work(QUEUES.tick, polling, async () => {
    await failInterruptedNotifications(db);
    const result = await runCheckRoundTick(db);
    await boss.send(QUEUES.deliver, {});
    return result;
  });
  await boss.work<{ municipalityId: string }>(QUEUES.openRound, polling, async ([job]) => {
    const municipality = job ? await getMunicipalityById(db, job.data.municipalityId) : null;
    if (!municipality) return null;
    const opened = await openCheckRound(db, { municipality });
    await boss.send(QUEUES.deliver, {});
    return opened;
  });
  const retention = options.retention ?? { draftDays: 90, closedCaseYears: 10 };
  await boss.work(QUEUES.retention, polling, async () => runRetention(db, retention));
  // Whatever waits from before a restart (or from the demo seed) goes out now, not at the next sweep.
  await boss.send(QUEUES.deliver, {});
  if (options.schedule ?? true) {
    // Early morning, Dutch time: rounds open, last reminders go, ended rounds close.
    await boss.schedule(QUEUES.tick, "15 6 * * *", {}, { tz: "Europe/Amsterdam" });
    // A sweep every minute delivers anything a kick missed (a restart, a failed attempt's retry).
    await boss.schedule(QUEUES.deliver, "* * * * *", {});
    // At night, when nobody is filling in a form: expired drafts, sessions and closed cases go.
    await boss.schedule(QUEUES.retention, "30 3 * * *", {}, { tz: "Europe/Amsterdam" });
  }

  const jobs: Jobs = {
    boss,
    async kickDelivery() {
      await boss.send(QUEUES.deliver, {}, { singletonKey: "kick", singletonSeconds: 2 });
    },
    async openRoundNow(municipalityId) {
      await boss.send(QUEUES.openRound, { municipalityId }, { singletonKey: municipalityId, singletonSeconds: 60 });
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000, close: false });
      if (running === jobs) running = null;
    },
  };
  running = jobs;
  return jobs;
}

/**
 * Instances that start at the same moment on a new database (a rolling deployment) create the
 * same queues at once. pg-boss's create_queue adds a partition with a foreign key to its queue
 * table, so PostgreSQL aborts one of them as a deadlock victim, and that instance would not start
 * (tests/faults/two-instances.test.ts). By then the other one has created the queue; asking again
 * finds it and does nothing.
 */
async function createQueue(boss: PgBoss, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await boss.createQueue(name, { name, retryLimit: 3, retryDelay: 30, retryBackoff: true });
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== "40P01" || attempt === 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

// The running instance's queue, for request handlers that start work (a beheerder opening a
// round). Not started (tests, a web-only instance): the work waits for the next sweep.
let running: Jobs | null = null;

export function runningJobs(): Jobs | null {
  return running;
}

/** Started by the server entry: the queue with the transports the configuration asks for. */
export async function startBackgroundJobs(
  db: Database,
  env: { RUN_JOBS: "true" | "false"; SMTP_URL?: string; MAIL_FROM: string; PUBLIC_URL?: string; HOST: string; PORT: number; DRAFT_RETENTION_DAYS: number; CLOSED_CASE_RETENTION_YEARS: number },
) {
  if (env.RUN_JOBS !== "true") return null;
  const { createTransports } = await import("./transports.server");
  return startJobs(db, {
    transports: createTransports(db, env),
    publicUrl: env.PUBLIC_URL ?? `http://${env.HOST}:${env.PORT}`,
    retention: { draftDays: env.DRAFT_RETENTION_DAYS, closedCaseYears: env.CLOSED_CASE_RETENTION_YEARS },
  });
}
