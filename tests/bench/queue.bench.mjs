import pg from "pg";
import { createClient } from "./http-client.mjs";
import { percentile, report } from "./stats.mjs";

// The klantmanager's queue with a national-size table: 1,000,000 cases of 400,000 residents in
// PostgreSQL, four municipalities, most cases decided years ago and about one in ten open (as in
// a real caseload). Measured over HTTP from this second process, as Karin (klantmanager of
// Lansingerland): the first queue page, "mine, overdue", and the next page (keyset cursor).
// Only with BENCH_DATABASE_URL: the embedded database is for one municipality's demo, not this.
const CASES = 1_000_000;
const RESIDENTS = 400_000;

export async function benchQueue(portal, databaseUrl, { rounds = 60 } = {}) {
  if (!databaseUrl) {
    console.log("\nQueue with 1,000,000 cases: skipped (set BENCH_DATABASE_URL to a PostgreSQL database)");
    return true;
  }
  const loadSeconds = await loadBenchCases(databaseUrl);
  const client = createClient(portal.baseUrl);
  await portal.signInStaff(client, "km-lansingerland");
  const first = await client.request("/medewerker/zaken");
  const next = first.text.match(/href="(\/medewerker\/zaken\?[^"]*na=[^"]+)"/)?.[1]?.replaceAll("&amp;", "&");
  if (!next) throw new Error("the first queue page has no link to the next page");
  const pages = {
    "first queue page (open, soonest deadline)": "/medewerker/zaken",
    "mine, overdue": "/medewerker/zaken?behandelaar=mijn&termijn=te-laat",
    "next page (keyset cursor)": next,
    "filter type + target group": "/medewerker/zaken?type=registratie_werkzoekende&doelgroep=jongere",
  };
  const timings = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, path] of Object.entries(pages)) {
      const response = await client.request(path);
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
      if (round === 0 && !response.text.includes("<table")) throw new Error(`${path}: no cases shown`);
      timings[name].push(response.timings[0].ms);
    }
  }
  return report(`Queue with ${CASES.toLocaleString("en")} cases of ${RESIDENTS.toLocaleString("en")} residents in PostgreSQL (p95 over ${rounds} requests each; loading took ${loadSeconds.toFixed(0)} s)`, [
    ...Object.entries(timings).map(([name, values]) => ({ name: `p95 ${name}`, value: percentile(values, 95), unit: "ms", budget: 50 })),
  ]);
}

/** Loads the bench residents and cases once per database (set-based SQL, about a minute). */
async function loadBenchCases(databaseUrl) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const started = performance.now();
  try {
    const { rows } = await db.query("select count(*)::int as n from cases where form_version = 'bench'");
    if (rows[0].n >= CASES) return 0;
    await db.query("begin");
    await db.query(`
      insert into residents (bsn_encrypted, bsn_hash, given_name, family_name, birth_date, municipality_id)
      select 'bench', 'bench-' || g, 'Inwoner', 'Bench ' || g, date '1960-01-01' + (g % 15000), m.ids[1 + g % array_length(m.ids, 1)]
      from generate_series(1, ${RESIDENTS}) g, (select array_agg(id order by slug) as ids from municipalities) m
      on conflict (bsn_hash) do nothing`);
    await db.query(`create temp table bench_residents on commit drop as
      select id, municipality_id, row_number() over (order by id) as n from residents where bsn_encrypted = 'bench'`);
    await db.query(`create temp table bench_klantmanagers on commit drop as
      select municipality_id, array_agg(id order by name) as ids from staff where role = 'klantmanager' group by municipality_id`);
    await db.query(`
      insert into cases (reference, municipality_id, resident_id, type, status, deadline, tags, submission, form_version, language, assignee_id, submitted_at, decided_at, closed_at)
      select
        'BENCH-' || g,
        r.municipality_id,
        r.id,
        (array['registratie_werkzoekende', 'wijziging', 'periodieke_check', 'uitstroompremie'])[1 + g % 4],
        case when g % 10 = 0 then (array['ontvangen', 'in_behandeling', 'aanvulling_gevraagd'])[1 + (g / 10) % 3]
             else (array['toegekend', 'afgewezen', 'afgehandeld'])[1 + g % 3] end,
        current_date - 1000 + (g % 1060),
        case when g % 5 = 0 then array['jongere'] else '{}'::text[] end,
        '{}'::jsonb, 'bench', 'nl',
        case when g % 10 = 0 and (g / 10) % 3 <> 0 and k.ids is not null then k.ids[1 + g % array_length(k.ids, 1)] end,
        current_date - 1056 + (g % 1060),
        case when g % 10 <> 0 then current_date - 1010 + (g % 1060) end,
        case when g % 10 <> 0 then current_date - 1010 + (g % 1060) end
      from generate_series(1, ${CASES}) g
      join bench_residents r on r.n = 1 + g % ${RESIDENTS}
      left join bench_klantmanagers k on k.municipality_id = r.municipality_id`);
    await db.query("commit");
    await db.query("analyze residents");
    await db.query("analyze cases");
    return (performance.now() - started) / 1000;
  } catch (error) {
    await db.query("rollback").catch(() => {});
    throw error;
  } finally {
    await db.end();
  }
}
