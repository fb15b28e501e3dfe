import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { createInterface } from "node:readline";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../../db/seed";
import { createResident } from "../../../tests/fixtures/residents";
import { createTestServices } from "../../../tests/fixtures/route-harness";
import { type TestBackend, testBackends } from "../../../tests/fixtures/test-database";
import { getMunicipalityBySlug, type Municipality } from "~/features/municipalities/municipalities.server";
import { openCheckRound } from "~/features/periodic-check/rounds.server";
import { testResidents } from "../../../db/seed/identities";
import { type Database, migrateToLatest } from "~/lib/db.server";
import type { DB } from "~/lib/db-schema";
import { startEmbeddedPostgres } from "~/lib/embedded-postgres.server";
import { LANGUAGES } from "~/lib/i18n";
import { addDays, todayIso } from "~/lib/date-schema";
import { deliverPendingNotifications } from "./deliver.server";
import { startJobs } from "./jobs.server";
import { composeMessage } from "./messages.server";
import { createOutboxEmail, createOutboxSms, createSmtpTransport, type EmailMessage, type SmsMessage, type Transports } from "./transports.server";

/**
 * Two app instances against one database: two connection pools (two "processes"), each with
 * its own workers. On the embedded database both pools reach the same PGlite through its
 * socket, exactly as two instances would; with TEST_DATABASE_URL, one PostgreSQL database.
 */
async function openTwoInstances(backend: TestBackend) {
  if (backend === "pglite") {
    const embedded = await startEmbeddedPostgres({ maxConnections: 20 });
    const make = () => new Kysely<DB>({ dialect: new PostgresDialect({ pool: new pg.Pool({ host: embedded.host, port: embedded.port, user: "postgres", database: "postgres", max: 4, connectionTimeoutMillis: 5_000 }) }) });
    const a = make();
    const b = make();
    return { a, b, close: async () => { await a.destroy(); await b.destroy(); await embedded.stop(); } };
  }
  const admin = process.env.TEST_DATABASE_URL!;
  const name = `meedoen_test_jobs_${process.pid}_${randomBytes(4).toString("hex")}`;
  const query = async (statement: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await query(`create database "${name}"`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const make = () => new Kysely<DB>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url.href, max: 4 }) }) });
  const a = make();
  const b = make();
  return { a, b, close: async () => { await a.destroy(); await b.destroy(); await query(`drop database if exists "${name}" with (force)`); } };
}

/** A transport that records what it was asked to send, slowly, like a real mail server. */
function recordingTransports(worker: string, log: Array<{ worker: string; to: string; notificationId?: string }>): Transports {
  const record = async (message: EmailMessage | SmsMessage) => {
    await new Promise((resolve) => setTimeout(resolve, 2));
    log.push({ worker, to: message.to, notificationId: message.notificationId });
  };
  return { email: { name: "recording", send: record }, sms: { name: "recording", send: record } };
}

/** Many residents with a benefit and e-mail or SMS reminders, straight into the tables. */
async function inviteMany(db: Database, municipality: Municipality, count: number) {
  await db
    .insertInto("residents")
    .values(
      Array.from({ length: count }, (_, i) => ({
        bsn_encrypted: "test",
        bsn_hash: `many-${i}`,
        given_name: "Inwoner",
        family_name: `Nummer ${i}`,
        municipality_id: municipality.id,
        email: `inwoner${i}@example.test`,
        mobile: `0612${String(i).padStart(6, "0")}`,
        reminder_channel: i % 3 === 0 ? ("sms" as const) : ("email" as const),
        preferred_language: LANGUAGES[i % LANGUAGES.length]!,
      })),
    )
    .execute();
  await db
    .insertInto("benefits")
    .columns(["resident_id", "municipality_id", "kind", "started_on"])
    .expression((eb) => eb.selectFrom("residents").select(["id", "municipality_id", eb.val("participatiewet").as("kind"), eb.val(addDays(todayIso(), -100)).as("started_on")]).where("bsn_hash", "like", "many-%") as never)
    .execute();
  return openCheckRound(db, { municipality, opensOn: todayIso() });
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 60_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("reminder texts", () => {
  const bsns = testResidents.map((p) => p.bsn);
  it.each(LANGUAGES)("say only that there is a task, with a link, in %s", (lang) => {
    for (const kind of ["check_opened", "check_final_reminder"] as const) {
      const message = composeMessage({ kind, language: lang, publicUrl: "https://meedoen.example", municipalityName: "De Ronde Venen" });
      const all = `${message.subject}\n${message.text}\n${message.sms}`;
      expect(message.link).toBe(lang === "nl" ? "https://meedoen.example/mijn" : `https://meedoen.example/${lang}/mijn`);
      expect(message.text).toContain(message.link);
      expect(message.sms).toContain(message.link);
      expect(message.sms.length).toBeLessThanOrEqual(160);
      for (const bsn of bsns) expect(all).not.toContain(bsn);
      expect(all).not.toMatch(/\d{9}/);
      expect(all).not.toMatch(/uitkering|bijstand|MD-\d{4}/i);
    }
  });

  it("fall back to Dutch for an unknown language", () => {
    expect(composeMessage({ kind: "check_opened", language: null, publicUrl: "https://meedoen.example", municipalityName: "X" }).subject).toBe("U heeft een nieuwe taak in Meedoen");
  });
});

describe.each(testBackends())("delivering reminders (%s)", (backend) => {
  let instances: Awaited<ReturnType<typeof openTwoInstances>>;
  let municipality: Municipality;

  beforeAll(async () => {
    instances = await openTwoInstances(backend);
    await migrateToLatest(instances.a);
    await seedDemoData(instances.a);
    municipality = (await getMunicipalityBySlug(instances.a, "de-ronde-venen"))!;
  });
  afterAll(() => instances.close());

  it("sends each reminder exactly once while two workers run side by side", async () => {
    const { invited, roundId } = await inviteMany(instances.a, municipality, 120);
    expect(invited).toBe(120);
    const log: Array<{ worker: string; to: string; notificationId?: string }> = [];
    const options = (worker: string) => ({ transports: recordingTransports(worker, log), publicUrl: "https://meedoen.example", batchSize: 7 });
    // Each instance runs several delivery loops at once, as concurrent job workers would.
    await Promise.all([
      ...[1, 2, 3].map(() => deliverPendingNotifications(instances.a, options("a"))),
      ...[1, 2, 3].map(() => deliverPendingNotifications(instances.b, options("b"))),
    ]);
    const ids = log.map((entry) => entry.notificationId);
    expect(log).toHaveLength(120);
    expect(new Set(ids).size).toBe(120);
    expect(new Set(log.map((entry) => entry.to)).size).toBe(120);
    // Both instances did part of the work: they really ran side by side.
    expect(log.some((entry) => entry.worker === "a") && log.some((entry) => entry.worker === "b")).toBe(true);
    const states = await instances.a.selectFrom("notifications").select(["status"]).where("round_id", "=", roundId).execute();
    expect(states.every((s) => s.status === "sent")).toBe(true);
    // A second pass finds nothing left to send.
    await deliverPendingNotifications(instances.b, options("b"));
    expect(log).toHaveLength(120);
  });

  it("runs the same on two pg-boss instances: every reminder once, none missing", async () => {
    await instances.a.deleteFrom("outbox_messages").execute();
    const other = (await getMunicipalityBySlug(instances.a, "gooise-meren"))!;
    await instances.a.updateTable("residents").set({ municipality_id: other.id }).where("bsn_hash", "like", "many-%").execute();
    await instances.a.updateTable("benefits").set({ municipality_id: other.id }).where("resident_id", "in", (eb) => eb.selectFrom("residents").select("id").where("bsn_hash", "like", "many-%")).execute();
    const { roundId, invited } = await openCheckRound(instances.a, { municipality: other, opensOn: todayIso() });
    expect(invited).toBe(120);
    const log: Array<{ worker: string; to: string; notificationId?: string }> = [];
    const first = await startJobs(instances.a, { transports: recordingTransports("a", log), publicUrl: "https://meedoen.example", pollingIntervalSeconds: 0.5, schedule: false });
    const second = await startJobs(instances.b, { transports: recordingTransports("b", log), publicUrl: "https://meedoen.example", pollingIntervalSeconds: 0.5, schedule: false });
    try {
      for (let i = 0; i < 4; i++) {
        await first.boss.send("notifications-deliver", {});
        await second.boss.send("notifications-deliver", {});
      }
      await waitFor(async () => (await instances.a.selectFrom("notifications").select("id").where("round_id", "=", roundId).where("status", "!=", "sent").execute()).length === 0);
    } finally {
      await first.stop();
      await second.stop();
    }
    const sent = log.filter((entry) => entry.to.endsWith("@example.test") || entry.to.startsWith("0612"));
    expect(sent).toHaveLength(120);
    expect(new Set(sent.map((entry) => entry.notificationId)).size).toBe(120);
  });

  it("writes to the outbox in the embedded default, and turns post into a letter task", async () => {
    const services = createTestServices(instances.a);
    const person = await createResident(services, "kees");
    await instances.a.updateTable("residents").set({ reminder_channel: "post", preferred_language: "tr" }).where("id", "=", person.id).execute();
    const sms = await createResident(services, "nadia");
    await instances.a.updateTable("residents").set({ reminder_channel: "sms", mobile: "0612345678", preferred_language: "ar" }).where("id", "=", sms.id).execute();
    for (const resident of [person, sms]) {
      await instances.a.insertInto("benefits").values({ resident_id: resident.id, municipality_id: municipality.id, kind: "ioaw", started_on: addDays(todayIso(), -10) }).execute();
    }
    await instances.a.updateTable("check_rounds").set({ status: "closed" }).execute();
    const { roundId } = await openCheckRound(instances.a, { municipality, opensOn: addDays(todayIso(), -1) });
    await deliverPendingNotifications(instances.a, { transports: { email: createOutboxEmail(instances.a), sms: createOutboxSms(instances.a) }, publicUrl: "https://meedoen.example" });
    const letter = await instances.a.selectFrom("letter_tasks").selectAll().where("resident_id", "=", person.id).executeTakeFirstOrThrow();
    expect(letter).toMatchObject({ municipality_id: municipality.id, language: "tr", done_at: null });
    const outbox = await instances.a.selectFrom("outbox_messages").selectAll().where("recipient", "=", "0612345678").execute();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.body).toContain("https://meedoen.example/ar/mijn");
    const states = await instances.a.selectFrom("notifications").select(["resident_id", "status", "channel"]).where("round_id", "=", roundId).where("resident_id", "in", [person.id, sms.id]).execute();
    expect(states.map((s) => [s.resident_id === person.id ? "post" : "sms", s.status, s.channel]).sort()).toEqual([
      ["post", "sent", "post"],
      ["sms", "sent", "sms"],
    ]);
  });
});

describe.each(testBackends())("e-mail over SMTP (%s)", (backend) => {
  let server: ChildProcess;
  let port: number;
  const received: Array<{ to: string[]; raw: string }> = [];
  let instances: Awaited<ReturnType<typeof openTwoInstances>>;

  beforeAll(async () => {
    // A real SMTP server, in its own process, on the loopback interface.
    server = spawn(process.execPath, [path.join(__dirname, "test-smtp-server.mjs")], { stdio: ["ignore", "pipe", "inherit"] });
    port = await new Promise<number>((resolve, reject) => {
      const lines = createInterface({ input: server.stdout! });
      lines.on("line", (line) => {
        const message = JSON.parse(line) as { listening?: number; to?: string[]; raw?: string };
        if (message.listening) resolve(message.listening);
        else received.push({ to: message.to!, raw: message.raw! });
      });
      server.once("exit", (code) => reject(new Error(`SMTP server stopped (${code})`)));
    });
    instances = await openTwoInstances(backend);
    await migrateToLatest(instances.a);
    await seedDemoData(instances.a);
  });
  afterAll(async () => {
    server.kill("SIGTERM");
    await instances.close();
  });

  it("delivers a reminder through a real SMTP server, in the resident's language, without a BSN", async () => {
    const services = createTestServices(instances.a);
    const municipality = (await getMunicipalityBySlug(instances.a, "de-ronde-venen"))!;
    const person = await createResident(services, "yara");
    await instances.a.updateTable("residents").set({ reminder_channel: "email", email: "yara@example.test", preferred_language: "pl" }).where("id", "=", person.id).execute();
    await instances.a.insertInto("benefits").values({ resident_id: person.id, municipality_id: municipality.id, kind: "participatiewet", started_on: addDays(todayIso(), -10) }).execute();
    await openCheckRound(instances.a, { municipality, opensOn: todayIso() });
    const smtp = createSmtpTransport(`smtp://127.0.0.1:${port}`, "Meedoen <noreply@meedoen.example>");
    try {
      const totals = await deliverPendingNotifications(instances.a, { transports: { email: smtp, sms: createOutboxSms(instances.a) }, publicUrl: "https://meedoen.example" });
      expect(totals.sent).toBe(1);
    } finally {
      smtp.close();
    }
    await waitFor(async () => received.length > 0, 10_000);
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(["yara@example.test"]);
    const raw = received[0]!.raw;
    expect(raw).toContain("Subject: Masz nowe zadanie w Meedoen");
    expect(raw).toContain("https://meedoen.example/pl/mijn");
    expect(raw).not.toContain(testResidents.find((p) => p.key === "yara")!.bsn);
    expect(raw).not.toContain("Mansour");
    expect(await instances.a.selectFrom("outbox_messages").select("id").execute()).toEqual([]);
  });
});
