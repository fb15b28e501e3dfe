import { sql } from "kysely";
import { seedDemoData } from "../../db/seed";
import { getMunicipalityBySlug } from "~/features/municipalities/municipalities.server";
import { openCheckRound } from "~/features/periodic-check/rounds.server";
import { addDays, todayIso } from "~/lib/date-schema";
import { migrateToLatest, openDatabase } from "~/lib/db.server";

// Run by check-round.mjs under vite-node. Loads RESIDENTS residents with an open benefit in one
// municipality, then opens a check round for them (invitations and reminders, batched
// INSERT … SELECT) while a probe runs a query every 20 ms, as a web request would. Prints one
// JSON line: how long enqueueing took and how long the probe had to wait.
const RESIDENTS = Number(process.env.BENCH_CHECK_RESIDENTS ?? 100_000);
const databaseUrl = process.env.BENCH_DATABASE_URL;

const handle = await openDatabase(databaseUrl ? { databaseUrl, poolSize: 4 } : { inMemory: true, poolSize: 4 });
const { db } = handle;
try {
  await migrateToLatest(db);
  await seedDemoData(db);
  const municipality = (await getMunicipalityBySlug(db, "nijkerk"))!;
  const opensOn = addDays(todayIso(), 1); // never the demo's or a real round's date
  await cleanUp();
  const loadStarted = performance.now();
  await sql`
    insert into residents (bsn_encrypted, bsn_hash, given_name, family_name, municipality_id, email, reminder_channel, preferred_language)
    select 'bench', 'bench-round-' || g, 'Inwoner', 'Bench ' || g, ${municipality.id}::uuid, 'bench' || g || '@example.test', 'email', 'nl'
    from generate_series(1, ${RESIDENTS}) g`.execute(db);
  await sql`
    insert into benefits (resident_id, municipality_id, kind, started_on)
    select id, municipality_id, 'participatiewet', date '2024-01-01' from residents where bsn_hash like 'bench-round-%'`.execute(db);
  const loadSeconds = (performance.now() - loadStarted) / 1000;

  const waits: number[] = [];
  let running = true;
  const probe = (async () => {
    while (running) {
      const started = performance.now();
      await sql`select 1`.execute(db);
      waits.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const started = performance.now();
  const opened = await openCheckRound(db, { municipality, opensOn });
  const seconds = (performance.now() - started) / 1000;
  running = false;
  await probe;
  const queued = await db.selectFrom("notifications").select((eb) => eb.fn.countAll<string>().as("n")).where("round_id", "=", opened.roundId).executeTakeFirstOrThrow();
  waits.sort((a, b) => a - b);
  const p = (q: number) => waits[Math.min(waits.length - 1, Math.ceil(q * waits.length) - 1)] ?? 0;
  console.log(JSON.stringify({ residents: RESIDENTS, invited: opened.invited, queued: Number(queued.n), seconds, loadSeconds, probeP95Ms: p(0.95), probeMaxMs: waits.at(-1) ?? 0, probes: waits.length }));
  await cleanUp();

  async function cleanUp() {
    const bench = sql`(select id from residents where bsn_hash like 'bench-round-%')`;
    await sql`delete from notifications where resident_id in ${bench}`.execute(db);
    await sql`delete from check_invitations where resident_id in ${bench}`.execute(db);
    await sql`delete from check_rounds where municipality_id = ${municipality.id}::uuid and opens_on = ${opensOn}::date`.execute(db);
    await sql`delete from benefits where resident_id in ${bench}`.execute(db);
    await sql`delete from residents where bsn_hash like 'bench-round-%'`.execute(db);
  }
} finally {
  await handle.close();
}
