import { createClient } from "./http-client.mjs";
import { percentile, report } from "./stats.mjs";

// A scripted registration, repeated: every step page is fetched and every step posted, so the
// figures are the server's time per page (measured from a second process on 127.0.0.1).
const STEPS = [
  ["over-u", { intent: "next" }],
  ["situatie", { intent: "next", situatie: "geen_werk", bijstandAanvragen: "ja" }],
  ["opleiding", { intent: "next", niveau: "mbo", diploma: "ja", buitenlandsDiploma: "nee" }],
  ["werkervaring", { intent: "next" }],
  ["gewenst-werk", { intent: "next", beroep1: "schoonmaker", urenPerWeek: "24", dagen: "ma", reisafstand: "10" }],
  ["talen", { intent: "next", spreken: "goed", luisteren: "goed", lezen: "redelijk", schrijven: "beetje" }],
  ["belemmeringen", { intent: "next" }],
  ["toestemming", { intent: "next", toestemmingTotDelenProfiel: "ja" }],
];

export async function benchRegistration(portal, { rounds = 15 } = {}) {
  const byPage = new Map();
  const add = (name, ms) => byPage.set(name, [...(byPage.get(name) ?? []), ms]);
  const people = ["fatima", "daan", "olena", "mehmet", "anna", "sanne"];
  for (const person of people) {
    const client = createClient(portal.baseUrl);
    await portal.signInResident(client, person);
    for (let round = 0; round < rounds; round++) {
      for (const [slug, form] of STEPS) {
        const page = await client.request(`/mijn/inschrijven/${slug}`);
        if (page.status !== 200) throw new Error(`GET ${slug}: ${page.status}`);
        add(`GET  step ${slug}`, page.timings[0].ms);
        const post = await client.request(`/mijn/inschrijven/${slug}`, { method: "POST", form, follow: false });
        if (post.status !== 302) throw new Error(`POST ${slug}: ${post.status} ${post.text.slice(0, 200)}`);
        add("POST step (save + check)", post.timings[0].ms);
      }
      const review = await client.request("/mijn/inschrijven/controleren");
      add("GET  check your answers", review.timings[0].ms);
    }
    const submit = await client.request("/mijn/inschrijven/controleren", { method: "POST", form: { verklaring: "ja" }, follow: false });
    if (submit.status !== 302) throw new Error(`submit: ${submit.status}`);
    add("POST submit (one case)", submit.timings[0].ms);
  }
  const stepGets = [...byPage.entries()].filter(([name]) => name.startsWith("GET  step")).flatMap(([, v]) => v);
  const rows = [...byPage.entries()].map(([name, values]) => ({ name: `${name} (median)`, value: percentile(values, 50), unit: "ms" }));
  rows.push({ name: "all step pages, median", value: percentile(stepGets, 50), unit: "ms", budget: 50 });
  rows.push({ name: "all step pages, p95", value: percentile(stepGets, 95), unit: "ms", budget: 150 });
  return report(`Registration, server time per page (${people.length} residents × ${rounds} rounds)`, rows);
}
