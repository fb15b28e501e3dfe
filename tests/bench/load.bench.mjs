import { readFileSync } from "node:fs";
import { createClient } from "./http-client.mjs";
import { RATE_LIMIT_FACTOR } from "./server.mjs";
import { percentile, report } from "./stats.mjs";

// Issue 9: many residents reporting a change at once. RESIDENTS simulated residents, each with
// their own resident row and session (sessions.mjs; no identity provider), go through a change
// report again and again for SECONDS: start page → choose a topic → the topic page → save it →
// check your answers → send → the confirmation. Each pass is a fresh report (the draft becomes a
// case on sending, so the next pass starts a new draft). Every tenth report is sent twice at once,
// as a double click does; both answers must lead to the same one case. No pause between requests:
// each resident sends the next request as soon as the previous one is answered, so this is the
// most the server takes, not a realistic pace. After the run, every accepted report must exist
// exactly once in the database: as many `wijziging` cases of these residents as distinct cases
// confirmed, each with exactly one version, and not one 5xx answer.
// PostgreSQL only (BENCH_DATABASE_URL): the embedded database serves one municipality's demo.
const RESIDENTS = Number(process.env.BENCH_LOAD_RESIDENTS ?? 200);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const MUNICIPALITY = "de-ronde-venen";
const STEPS = ["start page", "choose topic (POST)", "topic page", "save topic (POST, multipart)", "check your answers", "send (POST)", "confirmation page"];

function peakRssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

export async function benchLoad(portal) {
  const title = `Load: ${RESIDENTS} residents reporting changes at once for ${SECONDS} s (issue 9)`;
  if (!portal.sessions) {
    console.log(`\n${title}: skipped (set BENCH_DATABASE_URL to a PostgreSQL database; production mode and session rows need it)`);
    return true;
  }
  const { baseUrl } = portal;
  const residentIds = await portal.sessions.createResidents(
    Array.from({ length: RESIDENTS }, (_, i) => ({ givenName: "Belasting", familyName: `Inwoner ${i + 1}` })),
    MUNICIPALITY,
  );
  const clients = [];
  for (const residentId of residentIds) {
    const client = createClient(baseUrl);
    client.useSession(await portal.sessions.createSession({ residentId }));
    clients.push(client);
  }

  const latencies = Object.fromEntries(STEPS.map((step) => [step, []]));
  const serverErrors = [];
  const otherErrors = [];
  const confirmed = new Map(); // case id → resident id
  let reports = 0;
  let doubleClicks = 0;
  let doubleClicksOneCase = 0;
  let requests = 0;

  const today = new Date();
  const dateFields = { "datum.dag": String(today.getUTCDate()), "datum.maand": String(today.getUTCMonth() + 1), "datum.jaar": String(today.getUTCFullYear()) };

  /** One request of a step; returns the response, or null (and records why) when it was not what a browser expects. */
  async function step(client, name, path, options, expect) {
    const response = await client.request(path, { ...options, follow: false });
    requests++;
    const { status, ms } = response.timings[0];
    latencies[name].push(ms);
    if (status >= 500) {
      serverErrors.push(`${name}: ${options?.method ?? "GET"} ${path} → ${status}`);
      return null;
    }
    if (status !== expect) {
      const why = status === 429 ? " (rate limit)" : response.location ? ` to ${response.location.split("?")[0]}` : "";
      otherErrors.push(`${name}: ${options?.method ?? "GET"} ${path} → ${status}${why}`);
      return null;
    }
    return response;
  }

  async function oneReport(client, residentId, doubleClick) {
    if (!(await step(client, "start page", "/mijn/wijziging", undefined, 200))) return;
    const chosen = await step(client, "choose topic (POST)", "/mijn/wijziging", { method: "POST", form: { onderwerpen: "werk" } }, 302);
    if (!chosen) return;
    if (!(await step(client, "topic page", new URL(chosen.location, baseUrl).pathname, undefined, 200))) return;
    // The work topic has a file input, so a browser sends it as multipart, with an empty file part.
    const form = new FormData();
    for (const [key, value] of Object.entries({ intent: "next", soort: "meer_uren", ...dateFields, werkgever: "Kwekerij De Kas", uren: "24", bedrag: "1.250,00", toelichting: "" })) form.set(key, value);
    form.set("bestand", new File([], ""), "");
    const saved = await step(client, "save topic (POST, multipart)", "/mijn/wijziging/werk", { method: "POST", form }, 302);
    if (!saved) return;
    if (!(await step(client, "check your answers", new URL(saved.location, baseUrl).pathname, undefined, 200))) return;
    const send = () => step(client, "send (POST)", "/mijn/wijziging/controleren", { method: "POST", form: { verklaring: "ja" } }, 302);
    const sent = doubleClick ? await Promise.all([send(), send()]) : [await send()];
    const caseIds = sent.map((response) => /\/mijn\/wijziging\/verstuurd\/([0-9a-f-]{36})$/.exec(response?.location ?? "")?.[1]);
    if (caseIds.some((id) => !id)) {
      if (sent.every(Boolean)) otherErrors.push(`send: no confirmation in ${sent.map((r) => r.location).join(", ")}`);
      return;
    }
    reports++;
    if (doubleClick) {
      doubleClicks++;
      if (caseIds[0] === caseIds[1]) doubleClicksOneCase++;
    }
    for (const id of caseIds) confirmed.set(id, residentId);
    await step(client, "confirmation page", `/mijn/wijziging/verstuurd/${caseIds[0]}`, undefined, 200);
  }

  const started = performance.now();
  const until = started + SECONDS * 1000;
  let pass = 0;
  await Promise.all(
    clients.map(async (client, i) => {
      while (performance.now() < until) {
        try {
          await oneReport(client, residentIds[i], ++pass % 10 === 0);
        } catch (error) {
          otherErrors.push(`request failed: ${error.cause?.code ?? error.message}`);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const rss = peakRssMb(portal.pid);

  // Every confirmed report exactly once in the database, and nothing else made for these residents.
  const { rows } = await portal.sessions.query(
    `select c.id, c.resident_id, (select count(*)::int from change_report_versions v where v.case_id = c.id) as versions
     from cases c where c.resident_id = any($1::uuid[]) and c.type = 'wijziging'`,
    [residentIds],
  );
  const inDatabase = new Map(rows.map((r) => [r.id, r]));
  const missing = [...confirmed.keys()].filter((id) => !inDatabase.has(id));
  const unconfirmed = rows.filter((r) => !confirmed.has(r.id));
  const wrongOwner = [...confirmed.entries()].filter(([id, residentId]) => inDatabase.get(id) && inDatabase.get(id).resident_id !== residentId);
  const notOneVersion = rows.filter((r) => r.versions !== 1);
  // The residents and their cases stay (case events are append-only); their sessions need not.
  await portal.sessions.query("delete from sessions where resident_id = any($1::uuid[])", [residentIds]);

  console.log(`\n${title}`);
  console.log(`  ${portal.mode}, PostgreSQL, RATE_LIMIT_FACTOR=${RATE_LIMIT_FACTOR} (all traffic comes from 127.0.0.1, so the per-address limits are raised ${RATE_LIMIT_FACTOR}×; per-session limits too)`);
  console.log(`  each resident sends the next request as soon as the previous one is answered (no reading time); every 10th report is sent twice at once`);
  console.log(`  ${requests} requests in ${elapsed.toFixed(1)} s (${(requests / elapsed).toFixed(0)} per second), ${reports} reports sent (${doubleClicks} of them with a double click)`);
  const failures = [
    ...serverErrors.slice(0, 5).map((e) => `5xx: ${e}`),
    ...otherErrors.slice(0, 5).map((e) => `unexpected: ${e}`),
    ...missing.slice(0, 5).map((id) => `confirmed case ${id} is not in the database`),
    ...unconfirmed.slice(0, 5).map((r) => `case ${r.id} in the database was never confirmed to its resident`),
    ...wrongOwner.slice(0, 5).map(([id]) => `case ${id} belongs to another resident`),
    ...notOneVersion.slice(0, 5).map((r) => `case ${r.id} has ${r.versions} versions`),
  ];
  for (const failure of failures) console.log(`  ${failure}`);
  return report(`Load figures`, [
    ...STEPS.map((name) => ({ name: `p95 ${name} (${latencies[name].length} requests)`, value: percentile(latencies[name], 95), unit: "ms" })),
    { name: "reports sent per minute", value: (reports / elapsed) * 60, unit: "per minute", digits: 0 },
    { name: "answers 5xx", value: serverErrors.length, unit: "", budget: 0, digits: 0 },
    { name: "other unexpected answers (4xx, 429, no confirmation)", value: otherErrors.length, unit: "", budget: 0, digits: 0 },
    { name: "confirmed reports (distinct cases)", value: confirmed.size, unit: "", digits: 0 },
    { name: "their wijziging cases in the database", value: rows.length, unit: "", digits: 0 },
    { name: "confirmed but not in the database", value: missing.length, unit: "", budget: 0, digits: 0 },
    { name: "in the database but never confirmed (duplicates)", value: unconfirmed.length, unit: "", budget: 0, digits: 0 },
    { name: "cases without exactly one version", value: notOneVersion.length, unit: "", budget: 0, digits: 0 },
    { name: "double clicks that made two cases", value: doubleClicks - doubleClicksOneCase, unit: "", budget: 0, digits: 0 },
    { name: "portal peak memory (RSS), whole run so far", value: rss, unit: "MB", budget: 300 },
  ]);
}
