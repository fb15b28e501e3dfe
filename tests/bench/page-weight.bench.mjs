import http from "node:http";
import { createClient } from "./http-client.mjs";
import { report } from "./stats.mjs";

// What a first visit costs on prepaid data: each page and everything it loads (CSS, scripts,
// module preloads, images, icon), counted as gzip-compressed bytes on the wire, as a phone's
// browser would receive them from this server. Budgets from issue 10: pages that only show
// content ≤ 30 KB and no framework JavaScript; form pages ≤ 150 KB in all.
const KB = 1024;

/** Bytes on the wire for one URL, compressed as the server sends it. */
function wireBytes(url, cookie) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { "Accept-Encoding": "gzip", Cookie: cookie } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk) => {
        bytes += chunk.length;
      });
      response.on("end", () => resolve({ status: response.statusCode, bytes, type: String(response.headers["content-type"] ?? "") }));
    });
    request.on("error", reject);
  });
}

/** The resources a browser fetches for this HTML on a first visit. */
function subresources(html) {
  const found = new Set();
  for (const match of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = match[0];
    const rel = /rel="([^"]+)"/.exec(tag)?.[1] ?? "";
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    if (href && /stylesheet|modulepreload|icon|preload/.test(rel)) found.add(href);
  }
  for (const match of html.matchAll(/<(?:script|img)\b[^>]*\bsrc="([^"]+)"/g)) found.add(match[1]);
  // The entry module React Router imports from an inline script.
  for (const match of html.matchAll(/import\s*(?:\*\s*as\s*\w+\s*from\s*)?"([^"]+\.js)"/g)) found.add(match[1]);
  return [...found].map((href) => href.replaceAll("&amp;", "&"));
}

async function measurePage(baseUrl, client, name, path, budgetKb, { content = false } = {}) {
  const page = await client.request(path);
  if (page.status !== 200) throw new Error(`${name}: GET ${path} answered ${page.status}`);
  const cookie = client.cookieHeader();
  const html = await wireBytes(new URL(path, baseUrl).href, cookie);
  let scripts = 0;
  let frameworkScripts = 0;
  let others = 0;
  let fonts = 0;
  for (const href of subresources(page.text)) {
    const resource = await wireBytes(new URL(href, baseUrl).href, cookie);
    if (resource.status !== 200) throw new Error(`${name}: ${href} answered ${resource.status}`);
    if (/javascript/.test(resource.type) || href.endsWith(".js")) {
      scripts += resource.bytes;
      if (href.startsWith("/assets/")) frameworkScripts += resource.bytes;
    } else others += resource.bytes;
    if (/font/.test(resource.type)) fonts++;
  }
  const total = html.bytes + scripts + others;
  const rows = [{ name: `${name}: total`, value: total / KB, unit: "KB", budget: budgetKb }];
  rows.push({ name: `${name}: HTML`, value: html.bytes / KB, unit: "KB" });
  rows.push({ name: `${name}: CSS, icons, images`, value: others / KB, unit: "KB" });
  rows.push({ name: `${name}: JavaScript`, value: scripts / KB, unit: "KB" });
  if (content) rows.push({ name: `${name}: framework JavaScript`, value: frameworkScripts / KB, unit: "KB", budget: 0 });
  rows.push({ name: `${name}: web fonts`, value: fonts, unit: "files", budget: 0 });
  return rows;
}

export async function benchPageWeight(portal) {
  const { baseUrl } = portal;
  const visitor = createClient(baseUrl);
  const resident = createClient(baseUrl);
  await portal.signInResident(resident, "sanne");
  // A change report needs a chosen topic before its first topic page exists.
  const start = await resident.request("/mijn/wijziging", { method: "POST", form: { onderwerpen: "werk" }, follow: false });
  if (start.status !== 302) throw new Error(`choosing a change topic answered ${start.status}`);
  const klantmanager = createClient(baseUrl);
  await portal.signInStaff(klantmanager, "km-lansingerland");

  const rows = [
    ...(await measurePage(baseUrl, visitor, "landing page /", "/", 30, { content: true })),
    ...(await measurePage(baseUrl, visitor, "municipality landing", "/lansingerland", 30, { content: true })),
    ...(await measurePage(baseUrl, visitor, "rechten en plichten", "/lansingerland/rechten-en-plichten", 30, { content: true })),
    ...(await measurePage(baseUrl, resident, "registration step", "/mijn/inschrijven/over-u", 150)),
    ...(await measurePage(baseUrl, resident, "change-report step", "/mijn/wijziging/werk", 150)),
    ...(await measurePage(baseUrl, klantmanager, "queue", "/medewerker/zaken", 150)),
  ];
  return report("Page weight on a first visit, gzip over the wire", rows);
}
