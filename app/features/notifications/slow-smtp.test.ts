import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../../db/seed";
import { createResident } from "../../../tests/fixtures/residents";
import { callRoute, createTestServices, formRequest, signInStaff } from "../../../tests/fixtures/route-harness";
import { createTestDatabase, type TestDatabase, testBackends } from "../../../tests/fixtures/test-database";
import { createCase } from "~/features/cases/cases.server";
import { getMunicipalityBySlug } from "~/features/municipalities/municipalities.server";
import type { Services } from "~/lib/services.server";
import { action as staffCaseAction } from "~/routes/cases/staff-case";
import { type Jobs, startJobs } from "./jobs.server";
import { createOutboxSms, createSmtpTransport, type EmailTransport } from "./transports.server";

/**
 * Issue 9, "Faults": a slow SMTP server never slows a page. The mail server (a real one, in its
 * own process) keeps its first connection waiting 10 s before it even greets. A page that queues
 * a notice (a klantmanager asking a resident for information: the resident gets "you have a task"
 * by e-mail) answers while the mail server is still stalling; the notice goes out later through
 * the job queue, and the attempt the stall made fail is retried.
 */
const STALL_MS = 10_000;

type SmtpEvent = { stalling?: number; released?: number; listening?: number; to?: string[]; raw?: string };

async function startStallingSmtpServer() {
  const events: SmtpEvent[] = [];
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, "test-smtp-server.mjs")], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, SMTP_STALL_MS: String(STALL_MS), SMTP_STALL_SESSIONS: "1" },
  });
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const event = JSON.parse(line) as SmtpEvent;
      if (event.listening) resolve(event.listening);
      else events.push(event);
    });
    child.once("exit", (code) => reject(new Error(`SMTP server stopped (${code})`)));
  });
  return {
    port,
    isStalling: () => events.some((e) => e.stalling) && !events.some((e) => e.released),
    stalled: () => events.some((e) => e.stalling),
    received: () => events.filter((e) => e.to).map((e) => ({ to: e.to!, raw: e.raw! })),
    stop: () => child.kill("SIGKILL"),
  };
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each(testBackends())("a slow mail server (%s)", (backend) => {
  let database: TestDatabase;
  let services: Services;
  let smtp: Awaited<ReturnType<typeof startStallingSmtpServer>>;
  let jobs: Jobs;
  let staffCookie: string;
  const attempts: Array<{ to: string; outcome: "started" | "sent" | "failed" }> = [];
  const cases: Record<string, string> = {};

  beforeAll(async () => {
    smtp = await startStallingSmtpServer();
    database = await createTestDatabase(backend);
    services = createTestServices(database.db);
    await seedDemoData(database.db);
    const municipality = (await getMunicipalityBySlug(database.db, "lansingerland"))!;
    for (const key of ["fatima", "noor"]) {
      const resident = await createResident(services, key);
      await database.db.updateTable("residents").set({ email: `${key}@example.test`, reminder_channel: "email", preferred_language: "nl" }).where("id", "=", resident.id).execute();
      cases[key] = (await createCase(database.db, { municipality, residentId: resident.id, type: "wijziging", submission: {}, formVersion: "t/1", language: "nl", tags: [], actor: { type: "resident", id: resident.id } })).id;
    }
    staffCookie = (await signInStaff(services, "km-lansingerland")).cookie;

    // The real SMTP transport with a short greeting limit (production: 15 s), so the stalled
    // attempt gives up within the test; wrapped to see when each attempt starts and ends.
    const smtpTransport = createSmtpTransport(`smtp://127.0.0.1:${smtp.port}`, "Meedoen <noreply@meedoen.example>", { greetingTimeout: 2_000 });
    const email: EmailTransport = {
      name: "smtp",
      async send(message) {
        attempts.push({ to: message.to, outcome: "started" });
        try {
          await smtpTransport.send(message);
          attempts.push({ to: message.to, outcome: "sent" });
        } catch (error) {
          attempts.push({ to: message.to, outcome: "failed" });
          throw error;
        }
      },
    };
    jobs = await startJobs(database.db, { transports: { email, sms: createOutboxSms(database.db) }, publicUrl: "https://meedoen.example", pollingIntervalSeconds: 0.5, schedule: false });
    // The delivery every instance asks for at start has run: from here on only the test kicks it.
    await waitFor(async () => {
      const { rows } = await sql<{ waiting: number }>`select count(*)::int as waiting from pgboss.job where name = 'notifications-deliver' and state in ('created', 'retry', 'active')`.execute(database.db);
      return rows[0]!.waiting === 0;
    }, "the start-up delivery");
  });
  afterAll(async () => {
    await jobs?.stop();
    smtp?.stop();
    await database?.close();
  });

  const askForInformation = (key: string) =>
    callRoute(
      services,
      staffCaseAction,
      formRequest(`http://meedoen.test/medewerker/zaken/${cases[key]}`, { intent: "aanvulling", tekst: "Stuur uw loonstrook van oktober." }, staffCookie),
      { caseId: cases[key]! },
    );
  const notice = (key: string) =>
    database.db.selectFrom("notifications").select(["status", "attempts", "last_error"]).where("case_id", "=", cases[key]!).where("kind", "=", "information_requested").executeTakeFirstOrThrow();

  it("answers the page while the mail server stalls, and the job delivers the notice later, with a retry", async () => {
    // The page only queues the notice: no send attempt has started when it answers.
    const first = await askForInformation("fatima");
    expect((first.result as Response).status).toBe(302);
    expect(attempts).toEqual([]);
    expect(await notice("fatima")).toMatchObject({ status: "pending", attempts: 0 });

    // The delivery job takes it (as the minute sweep would) and hangs in the mail server's greeting.
    await jobs.kickDelivery();
    await waitFor(() => smtp.stalled(), "the mail server to hold the connection");

    // A second page, while the mail server keeps that connection waiting: it answers, and the mail
    // server is still stalling when it does.
    const second = await askForInformation("noor");
    expect((second.result as Response).status).toBe(302);
    expect(smtp.isStalling()).toBe(true);
    expect(smtp.received()).toEqual([]);
    expect(attempts.filter((a) => a.to === "noor@example.test")).toEqual([]);

    // The stalled attempt fails on the greeting limit and waits for its retry; the next notice goes out.
    await waitFor(async () => (await notice("fatima")).attempts === 1 && (await notice("fatima")).status === "pending", "the first attempt to fail");
    expect((await notice("fatima")).last_error).toMatch(/greeting/i);
    await waitFor(async () => (await notice("noor")).status === "sent", "the second notice to be sent");

    // The retry (1 minute later in production: here the clock is moved on) delivers the first notice.
    await database.db.updateTable("notifications").set({ send_after: new Date() }).where("case_id", "=", cases.fatima!).execute();
    await jobs.kickDelivery();
    await waitFor(async () => (await notice("fatima")).status === "sent", "the retried notice to be sent");
    expect(await notice("fatima")).toMatchObject({ status: "sent", attempts: 2, last_error: null });

    const received = smtp.received();
    expect(received.map((m) => m.to).sort()).toEqual([["fatima@example.test"], ["noor@example.test"]]);
    for (const message of received) expect(message.raw).toContain("https://meedoen.example/mijn");
    expect(attempts.map((a) => `${a.to} ${a.outcome}`)).toEqual([
      "fatima@example.test started",
      "fatima@example.test failed",
      "noor@example.test started",
      "noor@example.test sent",
      "fatima@example.test started",
      "fatima@example.test sent",
    ]);
  });
});
