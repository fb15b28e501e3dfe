import { readFileSync } from "node:fs";
import http from "node:http";
import { createClient } from "./http-client.mjs";
import { percentile, report } from "./stats.mjs";

// Requests per second and p95 for the landing page and a form step, measured from this second
// process with a few connections in parallel, next to a bare Node HTTP server that returns the
// same bytes in the same run: absolute numbers depend on the machine, the ratio much less.
// Then a form save (a database write per request), and the portal's peak memory under load.
// On PostgreSQL the portal runs with NODE_ENV=production (server.mjs), so these are figures of
// React's and React Router's production builds.
const CONCURRENCY = 8;
const SECONDS = 5;

async function hammer(url, { method = "GET", headers = {}, body } = {}) {
  const latencies = [];
  const until = performance.now() + SECONDS * 1000;
  const worker = async () => {
    while (performance.now() < until) {
      const started = performance.now();
      const response = await fetch(url, { method, headers, body, redirect: "manual" });
      await response.arrayBuffer();
      if (response.status >= 400) throw new Error(`${method} ${url}: ${response.status}`);
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { rps: latencies.length / SECONDS, p95: percentile(latencies, 95) };
}

/** A plain node:http server answering every request with these bytes. */
async function bareServer(bytes, contentType) {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": contentType, "Content-Length": bytes.length });
    res.end(bytes);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

function peakRssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

export async function benchThroughput(portal) {
  const resident = createClient(portal.baseUrl);
  await portal.signInResident(resident, "daan");
  const cookie = resident.cookieHeader();
  const pages = [
    { name: "landing page", path: "/", headers: {} },
    { name: "form step", path: "/mijn/contactgegevens", headers: { Cookie: cookie } },
  ];
  const rows = [];
  for (const page of pages) {
    const url = new URL(page.path, portal.baseUrl).href;
    const sample = await fetch(url, { headers: page.headers });
    if (sample.status !== 200) throw new Error(`${page.name}: GET ${page.path} answered ${sample.status}`);
    const bytes = Buffer.from(await sample.arrayBuffer());
    const bare = await bareServer(bytes, sample.headers.get("content-type") ?? "text/html");
    const measured = await hammer(url, { headers: page.headers });
    const baseline = await hammer(bare.url);
    await bare.close();
    rows.push({ name: `${page.name}: requests per second`, value: measured.rps, unit: "req/s" });
    rows.push({ name: `${page.name}: p95`, value: measured.p95, unit: "ms", budget: 150 });
    rows.push({ name: `${page.name}: bare Node, same bytes, requests per second`, value: baseline.rps, unit: "req/s" });
    rows.push({ name: `${page.name}: share of bare Node`, value: (100 * measured.rps) / baseline.rps, unit: "%" });
  }
  const save = await hammer(new URL("/mijn/contactgegevens", portal.baseUrl).href, {
    method: "POST",
    headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded", Origin: portal.baseUrl },
    body: new URLSearchParams({ email: "daan@voorbeeld.nl", mobile: "0612345678", reminderChannel: "email", preferredLanguage: "nl", csrf: resident.csrf ?? "" }).toString(),
  });
  rows.push({ name: "form save (one database write each): per second", value: save.rps, unit: "req/s" });
  rows.push({ name: "form save: p95", value: save.p95, unit: "ms" });
  rows.push({ name: "portal peak memory (RSS) under this load", value: peakRssMb(portal.pid), unit: "MB", budget: 300 });
  return report(`Server throughput (${portal.mode}), ${CONCURRENCY} connections for ${SECONDS} s each, measured from a second process on 127.0.0.1`, rows);
}
