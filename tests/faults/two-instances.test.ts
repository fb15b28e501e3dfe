import { createServer, request as httpRequest, type Server } from "node:http";
import path from "node:path";
import pg from "pg";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, loginAsResident } from "../bench/http-client.mjs";
import { copyBuild, createPostgresDatabase, freePort, missingBuild, type Portal, type RunFolder, SHARED_SECRETS, startPortal } from "./support/portal";

/**
 * Issue 9, "Faults": two app instances on one PostgreSQL, behind a round-robin proxy. One
 * resident's registration alternates between them page by page and loses nothing (the session,
 * the draft, one case). Both run the job queue: reminders opened twice at once still reach each
 * resident exactly once. PostgreSQL only: the embedded database belongs to one process.
 */
const why = missingBuild() ?? (process.env.TEST_DATABASE_URL ? null : "TEST_DATABASE_URL is not set (CI runs this in its PostgreSQL pass: .ci/run)");
if (why) console.warn(`[faults] two-instance tests skipped: ${why}`);

type Proxy = { port: number; served: Record<string, number>; server: Server };

/**
 * Every request to the next instance in turn. /dev-idp goes to instance a only: the development
 * identity provider keeps its codes and signing key in memory, as a real DigiD broker is one
 * service of its own outside the app.
 */
async function startRoundRobinProxy(instances: Portal[]): Promise<Proxy> {
  const served: Record<string, number> = Object.fromEntries(instances.map((i) => [i.name, 0]));
  let next = 0;
  const server = createServer((req, res) => {
    const identityProvider = req.url!.startsWith("/dev-idp/");
    const target = identityProvider ? instances[0]! : instances[next++ % instances.length]!;
    if (!identityProvider) served[target.name]!++;
    const upstream = httpRequest({ host: "127.0.0.1", port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode!, { ...answer.headers, "x-served-by": target.name });
      answer.pipe(res);
    });
    upstream.on("error", (error) => {
      res.writeHead(502);
      res.end(String(error));
    });
    req.pipe(upstream);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { port, served, server };
}

describe.skipIf(Boolean(why))("two app instances on one PostgreSQL", () => {
  let run: RunFolder;
  let database: { url: string; drop(): Promise<void> };
  let pool: pg.Pool;
  let instances: Portal[] = [];
  let proxy: Proxy;

  beforeAll(async () => {
    run = copyBuild();
    database = await createPostgresDatabase("faults_two");
    pool = new pg.Pool({ connectionString: database.url, max: 2 });
    const proxyPort = await freePort();
    const shared = { DATABASE_URL: database.url, PUBLIC_URL: `http://127.0.0.1:${proxyPort}`, RUN_JOBS: "true", ...SHARED_SECRETS };
    // Started at the same moment on an empty database: both migrate and seed the reference data
    // at once, as a rolling deployment of two instances would. Demo data from one of them only.
    instances = await Promise.all([
      startPortal({ name: "a", runDir: run.dir, port: await freePort(), env: { ...shared, DATA_DIR: path.join(run.dir, "data-a") } }),
      startPortal({ name: "b", runDir: run.dir, port: await freePort(), env: { ...shared, DATA_DIR: path.join(run.dir, "data-b"), SEED_DEMO_DATA: "false" } }),
    ]);
    proxy = await startRoundRobinProxy(instances);
    expect(proxy.port).not.toBe(proxyPort);
    // The instances were told the proxy's address before it existed: move the proxy there.
    await new Promise<void>((resolve) => proxy.server.close(() => resolve()));
    await new Promise<void>((resolve) => proxy.server.listen(proxyPort, "127.0.0.1", resolve));
    proxy.port = proxyPort;
  });
  afterAll(async () => {
    proxy?.server.close();
    await Promise.all(instances.map((i) => i.stop()));
    await pool?.end();
    await database?.drop();
    run?.remove();
  });

  it("one resident's registration alternates between the instances and makes one case", async () => {
    const client = createClient(`http://127.0.0.1:${proxy.port}`);
    await loginAsResident(client, "lucas");
    const steps: Array<[string, URLSearchParams]> = [
      ["over-u", new URLSearchParams({ intent: "next" })],
      ["situatie", new URLSearchParams({ intent: "next", situatie: "geen_werk", bijstandAanvragen: "ja" })],
      ["opleiding", new URLSearchParams({ intent: "next", niveau: "mbo", diploma: "ja", buitenlandsDiploma: "nee" })],
      ["werkervaring", new URLSearchParams({ intent: "next" })],
      ["gewenst-werk", new URLSearchParams([["intent", "next"], ["beroep1", "schoonmaker"], ["urenPerWeek", "24"], ["dagen", "ma"], ["reisafstand", "10"]])],
      ["talen", new URLSearchParams({ intent: "next", spreken: "goed", luisteren: "goed", lezen: "redelijk", schrijven: "beetje" })],
      ["belemmeringen", new URLSearchParams({ intent: "next" })],
      ["toestemming", new URLSearchParams({ intent: "next", toestemmingTotDelenProfiel: "ja" })],
    ];
    for (const [step, form] of steps) {
      const page = await client.request(`/mijn/inschrijven/${step}`);
      // Never sent back to the login page: the session is in the database, not in one process.
      expect([page.status, new URL(page.url).pathname]).toEqual([200, `/mijn/inschrijven/${step}`]);
      const saved = await client.request(`/mijn/inschrijven/${step}`, { method: "POST", form, follow: false });
      expect(saved.status, `${step}: ${saved.text.slice(0, 300)}`).toBe(302);
    }
    const { rows: drafts } = await pool.query(`select answers from drafts d join residents r on r.id = d.resident_id where r.given_name = 'Lucas' and d.form_type = 'registratie_werkzoekende'`);
    expect(Object.keys(drafts[0]?.answers ?? {}).sort()).toEqual(steps.map(([step]) => step).sort());

    const review = await client.request("/mijn/inschrijven/controleren");
    expect(review.status).toBe(200);
    for (let i = 0; i < 3; i++) {
      const sent = await client.request("/mijn/inschrijven/controleren", { method: "POST", form: { verklaring: "ja" }, follow: false });
      expect([sent.status, sent.location]).toEqual([302, "/mijn/inschrijven/bevestiging"]);
    }
    const { rows: cases } = await pool.query(`select c.type from cases c join residents r on r.id = c.resident_id where r.given_name = 'Lucas' and r.family_name = 'Visser'`);
    expect(cases).toEqual([{ type: "registratie_werkzoekende" }]);
    // Both instances served the journey, about half each.
    expect(proxy.served.a).toBeGreaterThanOrEqual(8);
    expect(proxy.served.b).toBeGreaterThanOrEqual(8);
  });

  it("both run the job queue: a round opened twice at once reminds every resident exactly once", async () => {
    const { rows: [gooiseMeren] } = await pool.query(`select id from municipalities where slug = 'gooise-meren'`);
    const count = 40;
    await pool.query(
      `insert into residents (bsn_encrypted, bsn_hash, given_name, family_name, municipality_id, email, mobile, reminder_channel, preferred_language)
       select 'test', 'faults-' || i, 'Inwoner', 'Nummer ' || i, $1, 'inwoner' || i || '@example.test', '0612' || lpad(i::text, 6, '0'), case when i % 4 = 0 then 'sms' else 'email' end, 'nl'
       from generate_series(1, $2::int) as i`,
      [gooiseMeren.id, count],
    );
    await pool.query(
      `insert into benefits (resident_id, municipality_id, kind, started_on) select id, municipality_id, 'participatiewet', current_date - 100 from residents where bsn_hash like 'faults-%'`,
    );

    // Two "open the round now" jobs at the same moment (two beheerders, or a click and the daily
    // tick), without pg-boss's singleton: the two instances' workers open the round side by side.
    const boss = new PgBoss({ connectionString: database.url, schema: "pgboss", supervise: false, schedule: false, migrate: false });
    boss.on("error", () => undefined);
    await boss.start();
    try {
      await Promise.all([boss.send("check-round-open", { municipalityId: gooiseMeren.id }), boss.send("check-round-open", { municipalityId: gooiseMeren.id })]);
      // And deliveries asked for on both instances at once.
      await Promise.all([1, 2, 3, 4].map(() => boss.send("notifications-deliver", {})));
    } finally {
      await boss.stop({ graceful: false, close: true });
    }

    const deadline = Date.now() + 90_000;
    for (;;) {
      const { rows } = await pool.query(
        `select count(*) filter (where n.status = 'sent')::int as sent, count(*)::int as total from notifications n join residents r on r.id = n.resident_id where r.bsn_hash like 'faults-%'`,
      );
      if (rows[0].total === count && rows[0].sent === count) break;
      if (Date.now() > deadline) throw new Error(`reminders not delivered in time: ${JSON.stringify(rows[0])}\n${instances.map((i) => i.output()).join("\n")}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const { rows: rounds } = await pool.query(`select status from check_rounds where municipality_id = $1`, [gooiseMeren.id]);
    expect(rounds).toEqual([{ status: "open" }]);
    const { rows: outbox } = await pool.query(
      `select o.recipient, count(*)::int as times from outbox_messages o join notifications n on n.id = o.notification_id join residents r on r.id = n.resident_id where r.bsn_hash like 'faults-%' group by o.recipient`,
    );
    expect(outbox).toHaveLength(count);
    expect(outbox.filter((row) => row.times !== 1)).toEqual([]);
    // Both jobs ran (neither was dropped nor failed), and still one round and one reminder each.
    const { rows: jobs } = await pool.query(`select state from pgboss.job where name = 'check-round-open'`);
    expect(jobs).toEqual([{ state: "completed" }, { state: "completed" }]);
  });
});
