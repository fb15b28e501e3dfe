import { sql } from "kysely";
import { seedDemoData } from "../../db/seed";
import { getMunicipalityById, getMunicipalityBySlug, type Municipality } from "~/features/municipalities/municipalities.server";
import { openCheckRound } from "~/features/periodic-check/rounds.server";
import { migrateToLatest, openDatabase } from "~/lib/db.server";

// Run by check-round.mjs under vite-node. Opens periodic-check rounds (invitations and
// reminders, batched INSERT … SELECT in short transactions) while a probe runs a query every
// 20 ms, as a web request would. Prints one JSON line: how long enqueueing took and how long the
// probe had to wait. Two ways:
//
// - "bench-residents" (BENCH_DATABASE_URL holding the queue bench's 400,000 residents): gives
//   each of them an open benefit in their own municipality and opens a round in every
//   municipality, one after the other, as the daily job does: a national wave of 400,000.
// - "generated" (otherwise): loads RESIDENTS fresh residents with a benefit into one municipality
//   and opens its round.
//
// Both clean up after themselves (and before, after an interrupted run): the rounds open on a
// date no real round uses, and their invitations, reminders and the benefits are removed again.
const RESIDENTS = Number(process.env.BENCH_CHECK_RESIDENTS ?? 100_000);
const NATIONAL = 400_000;
const databaseUrl = process.env.BENCH_DATABASE_URL;
const OPENS_ON = "2099-01-04"; // a Monday far away: never a demo or real round's date

const handle = await openDatabase(databaseUrl ? { databaseUrl, poolSize: 4 } : { inMemory: true, poolSize: 4 });
const { db } = handle;
try {
  await migrateToLatest(db);
  await seedDemoData(db);
  const benchResidents = databaseUrl
    ? Number((await sql<{ n: string }>`select count(*) as n from residents where bsn_encrypted = 'bench'`.execute(db)).rows[0]!.n)
    : 0;
  const mode = benchResidents >= NATIONAL ? "bench-residents" : "generated";
  const marker = mode === "bench-residents" ? sql`bsn_encrypted = 'bench'` : sql`bsn_hash like 'bench-round-%'`;
  const benchIds = sql`(select id from residents where ${marker})`;
  const benefitStart = "2024-01-03"; // marks the bench's benefits
  await cleanUp();

  const loadStarted = performance.now();
  let municipalities: Municipality[];
  if (mode === "generated") {
    const municipality = (await getMunicipalityBySlug(db, "nijkerk"))!;
    await sql`
      insert into residents (bsn_encrypted, bsn_hash, given_name, family_name, municipality_id, email, reminder_channel, preferred_language)
      select 'bench', 'bench-round-' || g, 'Inwoner', 'Bench ' || g, ${municipality.id}::uuid, 'bench' || g || '@example.test', 'email', 'nl'
      from generate_series(1, ${RESIDENTS}) g`.execute(db);
    municipalities = [municipality];
  } else {
    const ids = await sql<{ municipality_id: string }>`select distinct municipality_id from residents where ${marker}`.execute(db);
    municipalities = (await Promise.all(ids.rows.map((r) => getMunicipalityById(db, r.municipality_id)))).filter((m): m is Municipality => Boolean(m));
  }
  await sql`
    insert into benefits (resident_id, municipality_id, kind, started_on)
    select id, municipality_id, 'participatiewet', ${benefitStart}::date from residents where ${marker}`.execute(db);
  await sql`analyze benefits`.execute(db);
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
  const roundIds: string[] = [];
  let invited = 0;
  for (const municipality of municipalities) {
    const opened = await openCheckRound(db, { municipality, opensOn: OPENS_ON });
    roundIds.push(opened.roundId);
    invited += opened.invited;
  }
  const seconds = (performance.now() - started) / 1000;
  running = false;
  await probe;
  const queued = await db.selectFrom("notifications").select((eb) => eb.fn.countAll<string>().as("n")).where("round_id", "in", roundIds).executeTakeFirstOrThrow();
  // Residents with a benefit that is not the bench's (demo data) are invited too: count the bench's own.
  const benchInvited = await sql<{ n: string }>`select count(*) as n from check_invitations where round_id = any(${roundIds}::uuid[]) and resident_id in ${benchIds}`.execute(db);
  waits.sort((a, b) => a - b);
  const p = (q: number) => waits[Math.min(waits.length - 1, Math.ceil(q * waits.length) - 1)] ?? 0;
  console.log(
    JSON.stringify({
      mode,
      residents: mode === "generated" ? RESIDENTS : benchResidents,
      municipalities: municipalities.length,
      invited,
      benchInvited: Number(benchInvited.rows[0]!.n),
      queued: Number(queued.n),
      seconds,
      loadSeconds,
      probeP95Ms: p(0.95),
      probeMaxMs: waits.at(-1) ?? 0,
      probes: waits.length,
    }),
  );
  await cleanUp();

  async function cleanUp() {
    const rounds = sql`(select id from check_rounds where opens_on = ${OPENS_ON}::date)`;
    await sql`delete from notifications where round_id in ${rounds}`.execute(db);
    await sql`delete from check_invitations where round_id in ${rounds}`.execute(db);
    await sql`delete from check_rounds where opens_on = ${OPENS_ON}::date`.execute(db);
    await sql`delete from benefits where started_on = ${benefitStart}::date and resident_id in ${benchIds}`.execute(db);
    if (mode === "generated") await sql`delete from residents where bsn_hash like 'bench-round-%'`.execute(db);
  }
} finally {
  await handle.close();
}
