import path from "node:path";
import { fileURLToPath } from "node:url";
import type { RouteConfigEntry } from "@react-router/dev/routes";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { callRoute, cookieAfterRotation, cookieFrom, createTestServices, formRequest, type HandlerArgs, signInResident, signInStaff, TEST_CSRF_TOKEN } from "../../tests/fixtures/route-harness";
import { createResident } from "../../tests/fixtures/residents";
import { createTestDatabase, type TestDatabase, testBackends } from "../../tests/fixtures/test-database";
import { seedDemoData } from "../../db/seed";
import { seedDemoCases } from "../../db/seed/demo-cases";
import { findTestResident } from "../../db/seed/identities";
import routeConfig from "~/routes";
import { createCase } from "~/features/cases/cases.server";
import { getMunicipalityBySlug } from "~/features/municipalities/municipalities.server";
import type { Services } from "~/lib/services.server";

// Every route in app/routes.ts against every kind of visitor. The table below says, per URL
// pattern and method, what each visitor gets; a route that starts answering someone it should
// not (or stops answering someone it should) fails here. A route without a row fails too, so a
// new page cannot slip in unguarded. Besides the status, every answer is searched for the data
// of residents the visitor has no business seeing, and refused posts must leave the database
// exactly as it was.
//
// Outcomes: "200"/"204"/"400"/"401"/"404"/"405" the status (400 on a post: the guard let it
// through and the empty form was refused by validation); "login" and "staff-login" a redirect
// to the resident's or the staff login page; "idp" a redirect to the identity provider;
// "→/path" any other redirect; "static" a module without loader or action (the same page for all).

const ROLES = ["anonymous", "residentA", "residentB", "servicepuntOutside", "servicepuntHelpingA", "servicepuntAfterEnd", "klantmanagerSame", "klantmanagerOther", "beheerderSame", "beheerderOther"] as const;
type Role = (typeof ROLES)[number];
type Expect = [anonymous: string, residentA: string, residentB: string, spOutside: string, spHelpingA: string, spAfterEnd: string, kmSame: string, kmOther: string, bhSame: string, bhOther: string];
type Row = {
  pattern: string;
  method: "GET" | "POST";
  // {caseA} etc. are replaced by the ids made in beforeAll.
  url: string;
  expect: Expect;
  body?: Record<string, string>;
  // Who may change the database with this request; default: every visitor whose outcome is not a refusal.
  writes?: Role[];
  // Ends or replaces the visitor's session: every visitor gets a new session for this row.
  fresh?: boolean;
};

const REFUSALS = new Set(["login", "staff-login", "401", "403", "404", "405"]);
const ALL_200: Expect = ["200", "200", "200", "200", "200", "200", "200", "200", "200", "200"];
const ALL = (outcome: string): Expect => [outcome, outcome, outcome, outcome, outcome, outcome, outcome, outcome, outcome, outcome];

// What a Servicepunt employee fills in to help a resident (the details must match the registry).
function helpForm(key: string): Record<string, string> {
  const person = findTestResident(key);
  const [jaar, maand, dag] = person.birthDate.split("-") as [string, string, string];
  return { bsn: person.bsn, "geboortedatum.dag": String(Number(dag)), "geboortedatum.maand": String(Number(maand)), "geboortedatum.jaar": jaar, idSoort: "paspoort", idGecontroleerd: "ja", toestemming: "ja" };
}
const HELP_A = helpForm("bas");

// Resident A (Bas, Lansingerland) and B (Iris, Lansingerland) each have the registration the demo
// seed submits for them; "other" is a case of Olena in Gooise Meren.
const ROWS: Row[] = [
  //                                                                                          anonymous      residentA   residentB   spOutside   spHelpingA  spAfterEnd  kmSame      kmOther     bhSame      bhOther
  // Not pages
  { pattern: "healthz", method: "GET", url: "/healthz", expect: ALL_200 },
  { pattern: ".well-known/security.txt", method: "GET", url: "/.well-known/security.txt", expect: ALL_200 },
  { pattern: "mijn/gegevens.json", method: "GET", url: "/mijn/gegevens.json", expect:        ["login",       "200",      "200",      "404",      "404",      "404",      "404",      "404",      "404",      "404"] },
  { pattern: "readyz", method: "GET", url: "/readyz", expect: ALL_200 },
  { pattern: "thema/:file", method: "GET", url: "/thema/lansingerland.css", expect: ALL_200 },
  { pattern: "auth/callback", method: "GET", url: "/auth/callback", expect: ALL_200 },
  { pattern: "sessie/verlengen", method: "GET", url: "/sessie/verlengen", expect: ALL("405") },
  { pattern: "sessie/verlengen", method: "POST", url: "/sessie/verlengen", expect:             ["401",         "204",      "204",      "204",      "204",      "204",      "204",      "204",      "204",      "204"] },
  { pattern: "medewerker/hulp/beeindigen", method: "GET", url: "/medewerker/hulp/beeindigen", expect: ALL("404") },
  { pattern: "medewerker/hulp/beeindigen", method: "POST", url: "/medewerker/hulp/beeindigen", fresh: true, expect:
                                                                                               ["staff-login", "staff-login", "staff-login", "→/medewerker/hulp", "→/medewerker/hulp", "→/medewerker/hulp", "404", "404", "404",   "404"] },
  { pattern: "medewerker/cijfers.csv", method: "GET", url: "/medewerker/cijfers.csv", expect:  ["staff-login", "staff-login", "staff-login", "404", "404",   "404",      "404",      "404",      "200",      "200"] },
  // Development only: open to all here; refused to everyone in production (see below).
  { pattern: "dev/outbox", method: "GET", url: "/dev/outbox", expect: ALL_200 },
  { pattern: "dev-idp/.well-known/openid-configuration", method: "GET", url: "/dev-idp/.well-known/openid-configuration", expect: ALL_200 },
  { pattern: "dev-idp/authorize", method: "GET", url: "/dev-idp/authorize", expect: ALL("400") },
  { pattern: "dev-idp/authorize", method: "POST", url: "/dev-idp/authorize", expect: ALL("400") },
  // No client credentials: refused the way an OAuth token endpoint refuses them.
  { pattern: "dev-idp/token", method: "POST", url: "/dev-idp/token", expect: ALL("401") },
  { pattern: "dev-idp/jwks", method: "GET", url: "/dev-idp/jwks", expect: ALL_200 },
  { pattern: "dev-idp/logout", method: "GET", url: "/dev-idp/logout", expect: ALL("→/") },

  // Public pages
  { pattern: "", method: "GET", url: "/", expect: ALL_200 },
  { pattern: "toegankelijkheid", method: "GET", url: "/toegankelijkheid", expect: ALL_200 },
  { pattern: ":municipality", method: "GET", url: "/lansingerland", expect: ALL_200 },
  { pattern: ":municipality/rechten-en-plichten", method: "GET", url: "/lansingerland/rechten-en-plichten", expect: ALL_200 },
  { pattern: ":municipality/rechten-en-plichten", method: "GET", url: "/bestaat-niet/rechten-en-plichten", expect: ALL("404") },
  { pattern: "*", method: "GET", url: "/bestaat/niet", expect: ALL("404") },
  { pattern: "uitgelogd", method: "GET", url: "/uitgelogd", expect: ALL("static") },

  // Logging in and out
  { pattern: "inloggen", method: "GET", url: "/inloggen", expect:                              ["200",         "→/mijn",   "→/mijn",   "200",      "→/mijn",   "200",      "200",      "200",      "200",      "200"] },
  { pattern: "inloggen", method: "POST", url: "/inloggen", expect: ALL("idp") },
  { pattern: "medewerker/inloggen", method: "GET", url: "/medewerker/inloggen", expect:        ["200",         "200",      "200",      "→/medewerker", "→/medewerker", "→/medewerker", "→/medewerker", "→/medewerker", "→/medewerker", "→/medewerker"] },
  { pattern: "medewerker/inloggen", method: "POST", url: "/medewerker/inloggen", expect: ALL("idp") },
  { pattern: "uitloggen", method: "GET", url: "/uitloggen", expect: ALL("→/") },
  { pattern: "uitloggen", method: "POST", url: "/uitloggen", fresh: true, expect: ALL("→/uitgelogd") },

  // The resident's own pages
  { pattern: "mijn", method: "GET", url: "/mijn", expect:                                      ["login",       "200",      "200",      "404",      "200",      "404",      "404",      "404",      "404",      "404"] },
  { pattern: "mijn/contactgegevens", method: "GET", url: "/mijn/contactgegevens", expect:      ["login",       "200",      "200",      "404",      "200",      "404",      "404",      "404",      "404",      "404"] },
  { pattern: "mijn/contactgegevens", method: "POST", url: "/mijn/contactgegevens", expect:     ["login",       "400",      "400",      "404",      "400",      "404",      "404",      "404",      "404",      "404"] },
  { pattern: "mijn/rechten-en-plichten", method: "GET", url: "/mijn/rechten-en-plichten", expect: ["login",    "200",      "200",      "404",      "200",      "404",      "404",      "404",      "404",      "404"] },
  { pattern: "mijn/rechten-en-plichten", method: "POST", url: "/mijn/rechten-en-plichten", expect: ["login",   "→/mijn/rechten-en-plichten#gelezen", "→/mijn/rechten-en-plichten#gelezen", "404", "→/mijn/rechten-en-plichten#gelezen", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/hulp-samenvatting", method: "GET", url: "/mijn/hulp-samenvatting", expect:  ["login",       "404",      "404",      "404",      "200",      "404",      "404",      "404",      "404",      "404"] },

  // Registration as werkzoekende (A and B have sent theirs; no profile was made from it)
  { pattern: "mijn/inschrijven", method: "GET", url: "/mijn/inschrijven", expect:              ["login",       "200",      "200",      "404",      "200",      "404",      "404",      "404",      "404",      "404"] },
  { pattern: "mijn/inschrijven/controleren", method: "GET", url: "/mijn/inschrijven/controleren", expect: ["login", "→/mijn/inschrijven/bevestiging", "→/mijn/inschrijven/bevestiging", "404", "→/mijn/inschrijven/bevestiging", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/inschrijven/controleren", method: "POST", url: "/mijn/inschrijven/controleren", expect: ["login", "400", "400",  "404",      "400",      "404",      "404",      "404",      "404",      "404"] },
  { pattern: "mijn/inschrijven/bevestiging", method: "GET", url: "/mijn/inschrijven/bevestiging", expect: ["login", "200", "200",  "404",      "200",      "404",      "404",      "404",      "404",      "404"] },
  { pattern: "mijn/inschrijven/bewijs", method: "GET", url: "/mijn/inschrijven/bewijs", expect: ["login",      "→/mijn/inschrijven", "→/mijn/inschrijven", "404", "→/mijn/inschrijven", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/inschrijven/:step", method: "GET", url: "/mijn/inschrijven/situatie", expect: ["login",     "200",      "200",      "404",      "200",      "404",      "404",      "404",      "404",      "404"] },
  { pattern: "mijn/inschrijven/:step", method: "POST", url: "/mijn/inschrijven/situatie", expect: ["login",    "400",      "400",      "404",      "400",      "404",      "404",      "404",      "404",      "404"] },
  { pattern: "mijn/werkzoekende-profiel", method: "GET", url: "/mijn/werkzoekende-profiel", expect: ["login",  "→/mijn/inschrijven", "→/mijn/inschrijven", "404", "→/mijn/inschrijven", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/werkzoekende-profiel", method: "POST", url: "/mijn/werkzoekende-profiel", expect: ["login", "→/mijn/inschrijven", "→/mijn/inschrijven", "404", "→/mijn/inschrijven", "404", "404", "404", "404", "404"] },

  // Uitstroompremie (Lansingerland has rules; nobody has started yet)
  { pattern: "mijn/uitstroompremie", method: "GET", url: "/mijn/uitstroompremie", expect:      ["login",       "200",      "200",      "404",      "200",      "404",      "404",      "404",      "404",      "404"] },
  { pattern: "mijn/uitstroompremie/vragen", method: "GET", url: "/mijn/uitstroompremie/vragen", expect: ["login", "200",    "200",      "404",      "200",      "404",      "404",      "404",      "404",      "404"] },
  { pattern: "mijn/uitstroompremie/vragen", method: "POST", url: "/mijn/uitstroompremie/vragen", expect: ["login", "400",   "400",      "404",      "400",      "404",      "404",      "404",      "404",      "404"] },
  { pattern: "mijn/uitstroompremie/uitkomst", method: "GET", url: "/mijn/uitstroompremie/uitkomst", expect: ["login", "→/mijn/uitstroompremie/vragen", "→/mijn/uitstroompremie/vragen", "404", "→/mijn/uitstroompremie/vragen", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/uitstroompremie/werk", method: "GET", url: "/mijn/uitstroompremie/werk", expect: ["login",  "→/mijn/uitstroompremie/vragen", "→/mijn/uitstroompremie/vragen", "404", "→/mijn/uitstroompremie/vragen", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/uitstroompremie/werk", method: "POST", url: "/mijn/uitstroompremie/werk", expect: ["login", "400",      "400",      "404",      "400",      "404",      "404",      "404",      "404",      "404"] },
  { pattern: "mijn/uitstroompremie/bewijs", method: "GET", url: "/mijn/uitstroompremie/bewijs", expect: ["login", "→/mijn/uitstroompremie/vragen", "→/mijn/uitstroompremie/vragen", "404", "→/mijn/uitstroompremie/vragen", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/uitstroompremie/bewijs", method: "POST", url: "/mijn/uitstroompremie/bewijs", expect: ["login", "→/mijn/uitstroompremie/vragen", "→/mijn/uitstroompremie/vragen", "404", "→/mijn/uitstroompremie/vragen", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/uitstroompremie/rekening", method: "GET", url: "/mijn/uitstroompremie/rekening", expect: ["login", "→/mijn/uitstroompremie/vragen", "→/mijn/uitstroompremie/vragen", "404", "→/mijn/uitstroompremie/vragen", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/uitstroompremie/rekening", method: "POST", url: "/mijn/uitstroompremie/rekening", expect: ["login", "400", "400",    "404",      "400",      "404",      "404",      "404",      "404",      "404"] },
  { pattern: "mijn/uitstroompremie/controleren", method: "GET", url: "/mijn/uitstroompremie/controleren", expect: ["login", "→/mijn/uitstroompremie", "→/mijn/uitstroompremie", "404", "→/mijn/uitstroompremie", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/uitstroompremie/controleren", method: "POST", url: "/mijn/uitstroompremie/controleren", expect: ["login", "400", "400", "404",    "400",      "404",      "404",      "404",      "404",      "404"] },
  { pattern: "mijn/uitstroompremie/bevestiging", method: "GET", url: "/mijn/uitstroompremie/bevestiging", expect: ["login", "→/mijn/uitstroompremie", "→/mijn/uitstroompremie", "404", "→/mijn/uitstroompremie", "404", "404", "404", "404", "404"] },
  { pattern: "medewerker/instellingen/uitstroompremie", method: "GET", url: "/medewerker/instellingen/uitstroompremie", expect: ["staff-login", "staff-login", "staff-login", "404", "404", "404", "404", "404", "200",   "200"] },
  { pattern: "medewerker/instellingen/uitstroompremie", method: "POST", url: "/medewerker/instellingen/uitstroompremie", expect: ["staff-login", "staff-login", "staff-login", "404", "404", "404", "404", "404", "400", "400"] },

  // Reporting a change, and correcting one (A's own change report)
  { pattern: "mijn/wijziging", method: "GET", url: "/mijn/wijziging", expect:                  ["login",       "200",      "200",      "404",      "200",      "404",      "404",      "404",      "404",      "404"] },
  { pattern: "mijn/wijziging", method: "POST", url: "/mijn/wijziging", expect:                 ["login",       "400",      "400",      "404",      "400",      "404",      "404",      "404",      "404",      "404"] },
  { pattern: "mijn/wijziging/controleren", method: "GET", url: "/mijn/wijziging/controleren", expect: ["login", "→/mijn/wijziging/verstuurd/{changeA}", "→/mijn/wijziging", "404", "→/mijn/wijziging/verstuurd/{changeA}", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/wijziging/controleren", method: "POST", url: "/mijn/wijziging/controleren", expect: ["login", "400",      "400",      "404",      "400",      "404",      "404",      "404",      "404",      "404"] },
  { pattern: "mijn/wijziging/verstuurd/:caseId", method: "GET", url: "/mijn/wijziging/verstuurd/{changeA}", expect: ["login", "200", "404", "404", "200",    "404",      "404",      "404",      "404",      "404"] },
  { pattern: "mijn/wijziging/verbeteren/:caseId", method: "GET", url: "/mijn/wijziging/verbeteren/{changeA}", expect: ["login", "200", "404", "404", "200",  "404",      "404",      "404",      "404",      "404"] },
  // With the declaration ticked, A sends the correction (the page above started it). For B there is no
  // correction of this case in progress, which counts as "already sent": back to the case, a 404 for B.
  // In a help session the resident's own tick is missing.
  { pattern: "mijn/wijziging/verbeteren/:caseId/controleren", method: "POST", url: "/mijn/wijziging/verbeteren/{changeA}/controleren", body: { verklaring: "ja" }, writes: ["residentA"], expect: ["login", "→/mijn/zaken/{changeA}", "404", "404", "400", "404", "404", "404", "404", "404"] },
  // Sent already (row above): no correction in progress, so back to its start page; for B the same, and that page answers B with 404.
  { pattern: "mijn/wijziging/verbeteren/:caseId", method: "POST", url: "/mijn/wijziging/verbeteren/{changeA}", writes: [], expect: ["login", "→/mijn/wijziging/verbeteren/{changeA}", "→/mijn/wijziging/verbeteren/{changeA}", "404", "→/mijn/wijziging/verbeteren/{changeA}", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/wijziging/verbeteren/:caseId/controleren", method: "GET", url: "/mijn/wijziging/verbeteren/{changeA}/controleren", expect: ["login", "200", "→/mijn/zaken/{changeA}", "404", "200", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/wijziging/verbeteren/:caseId/:topic", method: "GET", url: "/mijn/wijziging/verbeteren/{changeA}/werk", expect: ["login", "→/mijn/wijziging/verbeteren/{changeA}", "→/mijn/wijziging/verbeteren/{changeA}", "404", "→/mijn/wijziging/verbeteren/{changeA}", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/wijziging/verbeteren/:caseId/:topic", method: "POST", url: "/mijn/wijziging/verbeteren/{changeA}/werk", expect: ["login", "→/mijn/wijziging/verbeteren/{changeA}", "→/mijn/wijziging/verbeteren/{changeA}", "404", "→/mijn/wijziging/verbeteren/{changeA}", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/wijziging/:topic", method: "GET", url: "/mijn/wijziging/werk", expect:      ["login",       "→/mijn/wijziging", "→/mijn/wijziging", "404", "→/mijn/wijziging", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/wijziging/:topic", method: "POST", url: "/mijn/wijziging/werk", expect:     ["login",       "→/mijn/wijziging", "→/mijn/wijziging", "404", "→/mijn/wijziging", "404", "404", "404", "404", "404"] },

  // The periodic check (no round is open in Lansingerland)
  { pattern: "mijn/controle", method: "GET", url: "/mijn/controle", expect:                    ["login",       "200",      "200",      "404",      "200",      "404",      "404",      "404",      "404",      "404"] },
  { pattern: "mijn/controle/controleren", method: "GET", url: "/mijn/controle/controleren", expect: ["login",   "→/mijn/controle", "→/mijn/controle", "404", "→/mijn/controle", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/controle/controleren", method: "POST", url: "/mijn/controle/controleren", expect: ["login",  "→/mijn/controle", "→/mijn/controle", "404", "→/mijn/controle", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/controle/bedankt", method: "GET", url: "/mijn/controle/bedankt", expect:    ["login",       "→/mijn/controle", "→/mijn/controle", "404", "→/mijn/controle", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/controle/:topic", method: "GET", url: "/mijn/controle/werk", expect:        ["login",       "→/mijn/controle", "→/mijn/controle", "404", "→/mijn/controle", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/controle/:topic", method: "POST", url: "/mijn/controle/werk", expect:       ["login",       "→/mijn/controle", "→/mijn/controle", "404", "→/mijn/controle", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/controle/:topic/wijziging", method: "GET", url: "/mijn/controle/werk/wijziging", expect: ["login", "→/mijn/controle", "→/mijn/controle", "404", "→/mijn/controle", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/controle/:topic/wijziging", method: "POST", url: "/mijn/controle/werk/wijziging", expect: ["login", "→/mijn/controle", "→/mijn/controle", "404", "→/mijn/controle", "404", "404", "404", "404", "404"] },
  // Opening a round is for the beheerder; the others may only mark letters as sent.
  { pattern: "medewerker/controle", method: "GET", url: "/medewerker/controle", expect:        ["staff-login", "staff-login", "staff-login", "404", "404",   "404",      "200",      "200",      "200",      "200"] },
  { pattern: "medewerker/controle", method: "POST", url: "/medewerker/controle", body: { intent: "open-round" }, expect: ["staff-login", "staff-login", "staff-login", "404", "404", "404", "404", "404", "→/medewerker/controle", "→/medewerker/controle"] },

  // Cases: A's, B's and another municipality's, and their documents
  { pattern: "mijn/zaken/:caseId", method: "GET", url: "/mijn/zaken/{caseA}", expect:         ["login",       "200",      "404",      "404",      "200",      "404",      "404",      "404",      "404",      "404"] },
  { pattern: "mijn/zaken/:caseId", method: "GET", url: "/mijn/zaken/{caseB}", expect:         ["login",       "404",      "200",      "404",      "404",      "404",      "404",      "404",      "404",      "404"] },
  { pattern: "mijn/zaken/:caseId", method: "GET", url: "/mijn/zaken/{caseOther}", expect:     ["login",       "404",      "404",      "404",      "404",      "404",      "404",      "404",      "404",      "404"] },
  { pattern: "mijn/zaken/:caseId", method: "POST", url: "/mijn/zaken/{caseA}", body: { tekst: "Een bericht" }, expect: ["login", "→/mijn/zaken/{caseA}", "404", "404", "→/mijn/zaken/{caseA}", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/zaken/:caseId", method: "POST", url: "/mijn/zaken/{caseB}", body: { tekst: "Een bericht" }, expect: ["login", "404", "→/mijn/zaken/{caseB}", "404", "404", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/zaken/:caseId/documenten/:documentId", method: "GET", url: "/mijn/zaken/{caseA}/documenten/{documentA}", expect: ["login", "200", "404", "404", "200", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/zaken/:caseId/documenten/:documentId", method: "GET", url: "/mijn/zaken/{caseB}/documenten/{documentB}", expect: ["login", "404", "200", "404", "404", "404", "404", "404", "404", "404"] },
  // A's case id with B's document: the pair must belong together.
  { pattern: "mijn/zaken/:caseId/documenten/:documentId", method: "GET", url: "/mijn/zaken/{caseA}/documenten/{documentB}", expect: ["login", "404", "404", "404", "404", "404", "404", "404", "404", "404"] },
  { pattern: "mijn/zaken/:caseId/hoe-ging-het", method: "GET", url: "/mijn/zaken/{caseA}/hoe-ging-het", expect: ALL("→/mijn") },
  // Feedback always goes back to /mijn, so only the database tells whether it was taken.
  { pattern: "mijn/zaken/:caseId/hoe-ging-het", method: "POST", url: "/mijn/zaken/{caseA}/hoe-ging-het", body: { antwoord: "makkelijk" }, writes: ["residentA"], expect: ["login", "→/mijn", "→/mijn", "404", "→/mijn", "404", "404", "404", "404", "404"] },
  { pattern: "medewerker/zaken", method: "GET", url: "/medewerker/zaken", expect:              ["staff-login", "staff-login", "staff-login", "404", "404",   "404",      "200",      "200",      "404",      "404"] },
  { pattern: "medewerker/zaken", method: "POST", url: "/medewerker/zaken", expect:             ["staff-login", "staff-login", "staff-login", "404", "404",   "404",      "400",      "400",      "404",      "404"] },
  { pattern: "medewerker/zaken/:caseId", method: "GET", url: "/medewerker/zaken/{caseA}", expect: ["staff-login", "staff-login", "staff-login", "404", "404", "404",      "200",      "404",      "404",      "404"] },
  { pattern: "medewerker/zaken/:caseId", method: "GET", url: "/medewerker/zaken/{caseOther}", expect: ["staff-login", "staff-login", "staff-login", "404", "404", "404",  "404",      "200",      "404",      "404"] },
  { pattern: "medewerker/zaken/:caseId", method: "POST", url: "/medewerker/zaken/{caseA}", body: { intent: "notitie", tekst: "Notitie" }, expect: ["staff-login", "staff-login", "staff-login", "404", "404", "404", "→/medewerker/zaken/{caseA}", "404", "404", "404"] },
  { pattern: "medewerker/zaken/:caseId", method: "POST", url: "/medewerker/zaken/{caseOther}", body: { intent: "notitie", tekst: "Notitie" }, expect: ["staff-login", "staff-login", "staff-login", "404", "404", "404", "404", "→/medewerker/zaken/{caseOther}", "404", "404"] },
  { pattern: "medewerker/zaken/:caseId/documenten/:documentId", method: "GET", url: "/medewerker/zaken/{caseA}/documenten/{documentA}", expect: ["staff-login", "staff-login", "staff-login", "404", "404", "404", "200", "404", "404", "404"] },
  { pattern: "medewerker/zaken/:caseId/documenten/:documentId", method: "GET", url: "/medewerker/zaken/{caseOther}/documenten/{documentOther}", expect: ["staff-login", "staff-login", "staff-login", "404", "404", "404", "404", "200", "404", "404"] },

  // Staff pages
  { pattern: "medewerker", method: "GET", url: "/medewerker", expect:                          ["staff-login", "staff-login", "staff-login", "200", "200",   "200",      "200",      "200",      "200",      "200"] },
  { pattern: "medewerker/hulp", method: "GET", url: "/medewerker/hulp", expect:                ["staff-login", "staff-login", "staff-login", "200", "200",   "200",      "404",      "404",      "404",      "404"] },
  // With A's real details: whoever is let through starts a help session, so each gets a new session.
  { pattern: "medewerker/hulp", method: "POST", url: "/medewerker/hulp", body: HELP_A, fresh: true, expect: ["staff-login", "staff-login", "staff-login", "→/mijn", "→/mijn", "→/mijn", "404", "404", "404", "404"] },
  { pattern: "medewerker/cijfers", method: "GET", url: "/medewerker/cijfers", expect:          ["staff-login", "staff-login", "staff-login", "404", "404",   "404",      "404",      "404",      "200",      "200"] },
  { pattern: "medewerker/instellingen", method: "GET", url: "/medewerker/instellingen", expect: ["staff-login", "staff-login", "staff-login", "404", "404",  "404",      "404",      "404",      "200",      "200"] },
  { pattern: "medewerker/instellingen", method: "POST", url: "/medewerker/instellingen", expect: ["staff-login", "staff-login", "staff-login", "404", "404", "404",      "404",      "404",      "400",      "400"] },

  // Staff two-factor login: the code pages are only for a login waiting for its code (see the last
  // test below); anyone signed in goes to the staff start page. Resetting a colleague's
  // authenticator app: a beheerder, of the colleague's own municipality.
  { pattern: "medewerker/tweestapsverificatie", method: "GET", url: "/medewerker/tweestapsverificatie", expect: ["staff-login", "staff-login", "staff-login", "→/medewerker", "→/medewerker", "→/medewerker", "→/medewerker", "→/medewerker", "→/medewerker", "→/medewerker"] },
  { pattern: "medewerker/tweestapsverificatie", method: "POST", url: "/medewerker/tweestapsverificatie", body: { code: "123456" }, expect: ["staff-login", "staff-login", "staff-login", "→/medewerker", "→/medewerker", "→/medewerker", "→/medewerker", "→/medewerker", "→/medewerker", "→/medewerker"] },
  { pattern: "medewerker/tweestapsverificatie/instellen", method: "GET", url: "/medewerker/tweestapsverificatie/instellen", expect: ["staff-login", "staff-login", "staff-login", "→/medewerker", "→/medewerker", "→/medewerker", "→/medewerker", "→/medewerker", "→/medewerker", "→/medewerker"] },
  { pattern: "medewerker/tweestapsverificatie/instellen", method: "POST", url: "/medewerker/tweestapsverificatie/instellen", body: { code: "123456" }, expect: ["staff-login", "staff-login", "staff-login", "→/medewerker", "→/medewerker", "→/medewerker", "→/medewerker", "→/medewerker", "→/medewerker", "→/medewerker"] },
  { pattern: "medewerker/instellingen/tweestapsverificatie", method: "GET", url: "/medewerker/instellingen/tweestapsverificatie", expect: ["staff-login", "staff-login", "staff-login", "404", "404", "404", "404", "404", "200", "200"] },
  { pattern: "medewerker/instellingen/tweestapsverificatie", method: "POST", url: "/medewerker/instellingen/tweestapsverificatie", body: { staffId: "{kmSameStaff}" }, expect: ["staff-login", "staff-login", "staff-login", "404", "404", "404", "404", "404", "→/medewerker/instellingen/tweestapsverificatie", "404"] },
];

// Whose data each visitor may see. Every answer to everyone else is searched for these markers.
const ENTITLED: Record<"A" | "B" | "other", Role[]> = {
  A: ["residentA", "servicepuntHelpingA", "klantmanagerSame"],
  B: ["residentB", "klantmanagerSame"],
  other: ["klantmanagerOther"],
};

const DEV_ONLY = ["dev/outbox", "dev-idp/.well-known/openid-configuration", "dev-idp/authorize", "dev-idp/token", "dev-idp/jwks", "dev-idp/logout"];
const ORIGIN = "http://meedoen.test";
const APP_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const LANGUAGE_PREFIX = /^(en|ar|tr|pl|uk)(\/|$)/;

type FlatRoute = { path: string; file: string };
function flatten(entries: RouteConfigEntry[], parent = ""): FlatRoute[] {
  return entries.flatMap((entry) => {
    const own = entry.index ? parent : [parent, entry.path ?? ""].filter(Boolean).join("/");
    return [{ path: own, file: entry.file }, ...flatten(entry.children ?? [], own)];
  });
}
const ALL_ROUTES = flatten(routeConfig);
const DUTCH_ROUTES = ALL_ROUTES.filter((r) => !LANGUAGE_PREFIX.test(r.path));

type Module = { loader?: (args: HandlerArgs) => unknown; action?: (args: HandlerArgs) => unknown };
const modules = new Map<string, Module>();
async function moduleFor(pattern: string): Promise<Module> {
  const route = DUTCH_ROUTES.find((r) => r.path === pattern);
  if (!route) throw new Error(`no route ${pattern} in app/routes.ts`);
  if (!modules.has(route.file)) modules.set(route.file, (await import(/* @vite-ignore */ path.join(APP_DIR, route.file))) as Module);
  return modules.get(route.file)!;
}

describe("every route has a row", () => {
  it("in the table, for its loader and its action", async () => {
    const missing: string[] = [];
    for (const route of DUTCH_ROUTES) {
      const module = await moduleFor(route.path);
      const rows = ROWS.filter((row) => row.pattern === route.path);
      if (!module.loader && !module.action) {
        if (!rows.some((row) => row.expect.every((e) => e === "static"))) missing.push(`${route.path || "/"} (${route.file}): a "static" row`);
        continue;
      }
      if (module.loader && !rows.some((row) => row.method === "GET")) missing.push(`GET ${route.path || "/"} (${route.file})`);
      if (module.action && !rows.some((row) => row.method === "POST")) missing.push(`POST ${route.path || "/"} (${route.file})`);
      if (!module.action && rows.some((row) => row.method === "POST")) missing.push(`${route.path}: a POST row, but the module has no action any more`);
      if (!module.loader && rows.some((row) => row.method === "GET" && row.expect.some((e) => e !== "static"))) missing.push(`${route.path}: a GET row, but the module has no loader any more`);
    }
    for (const row of ROWS) if (!DUTCH_ROUTES.some((r) => r.path === row.pattern)) missing.push(`row for ${row.pattern}, which is not in app/routes.ts`);
    expect(missing).toEqual([]);
  });

  it("and every language has the same routes as Dutch, so the Dutch rows cover them", () => {
    const prefixed = ALL_ROUTES.filter((r) => LANGUAGE_PREFIX.test(r.path)).map((r) => ({ path: r.path.replace(LANGUAGE_PREFIX, ""), file: r.file }));
    const unmatched = prefixed.filter((p) => !DUTCH_ROUTES.some((d) => d.path === p.path && d.file === p.file));
    expect(unmatched).toEqual([]);
  });
});

describe.each(testBackends())("every route against every visitor (%s)", (backend) => {
  let database: TestDatabase;
  let services: Services;
  const ids: Record<string, string> = {};
  const markers: Record<"A" | "B" | "other", string[]> = { A: [], B: [], other: [] };
  const cookies = {} as Record<Role, string | null>;

  async function startHelpSession(): Promise<string> {
    const { action } = await moduleFor("medewerker/hulp");
    const staff = (await signInStaff(services, "sp-lansingerland")).cookie;
    const started = await callRoute(services, action!, formRequest(`${ORIGIN}/medewerker/hulp`, HELP_A, staff));
    expect((started.result as Response).headers.get("Location")).toBe("/mijn");
    // A new session id has no CSRF token until a page makes one; the harness stands in for that page.
    return cookieAfterRotation(services, started.setCookie);
  }

  async function newSession(role: Role): Promise<string | null> {
    switch (role) {
      case "anonymous":
        return null;
      case "residentA":
        return signInResident(services, ids.residentA!);
      case "residentB":
        return signInResident(services, ids.residentB!);
      case "servicepuntOutside":
        return (await signInStaff(services, "sp-lansingerland")).cookie;
      case "servicepuntHelpingA":
        return startHelpSession();
      case "servicepuntAfterEnd": {
        const cookie = await startHelpSession();
        const { action } = await moduleFor("medewerker/hulp/beeindigen");
        const ended = await callRoute(services, action!, formRequest(`${ORIGIN}/medewerker/hulp/beeindigen`, {}, cookie));
        expect((ended.result as Response).headers.get("Location")).toBe("/medewerker/hulp");
        return cookie;
      }
      case "klantmanagerSame":
        return (await signInStaff(services, "km-lansingerland")).cookie;
      case "klantmanagerOther":
        return (await signInStaff(services, "km-gooise-meren")).cookie;
      case "beheerderSame":
        return (await signInStaff(services, "bh-lansingerland")).cookie;
      case "beheerderOther":
        return (await signInStaff(services, "bh-gooise-meren")).cookie;
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    services = createTestServices(database.db);
    await seedDemoData(database.db);
    await seedDemoCases(database.db, services.bsnCrypto);
    const { db } = database;
    const a = await createResident(services, "bas");
    const b = await createResident(services, "iris");
    const other = await createResident(services, "olena");
    ids.residentA = a.id;
    ids.residentB = b.id;
    ids.kmSameStaff = (await db.selectFrom("staff").select("id").where("subject", "=", "dev-idp:km-lansingerland").executeTakeFirstOrThrow()).id;
    const registrationOf = (residentId: string) => db.selectFrom("cases").select(["id", "reference"]).where("resident_id", "=", residentId).where("type", "=", "registratie_werkzoekende").executeTakeFirstOrThrow();
    const [caseA, caseB] = [await registrationOf(a.id), await registrationOf(b.id)];
    const lansingerland = (await getMunicipalityBySlug(db, "lansingerland"))!;
    const gooiseMeren = (await getMunicipalityBySlug(db, "gooise-meren"))!;
    const changeA = await createCase(db, { municipality: lansingerland, residentId: a.id, type: "wijziging", submission: { onderwerpen: ["anders"], invoer: { anders: { datum: { dag: "", maand: "", jaar: "" }, toelichting: "Mijn zoon woont een maand bij mij." } } }, formVersion: "t/1", language: "nl", tags: [], actor: { type: "resident", id: a.id } });
    const caseOther = await createCase(db, { municipality: gooiseMeren, residentId: other.id, type: "wijziging", submission: { onderwerpen: ["anders"], invoer: {} }, formVersion: "t/1", language: "nl", tags: [], actor: { type: "resident", id: other.id } });
    const document = async (caseId: string, residentId: string, reference: string) =>
      (
        await db
          .insertInto("documents")
          .values({ case_id: caseId, resident_id: residentId, uploaded_by_type: "resident", uploaded_by_id: residentId, file_name: "brief.pdf", content_type: "application/pdf", size_bytes: 20, sha256: "x", content: Buffer.from(`%PDF ${reference}`) })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    Object.assign(ids, {
      caseA: caseA.id,
      caseB: caseB.id,
      changeA: changeA.id,
      caseOther: caseOther.id,
      documentA: await document(caseA.id, a.id, caseA.reference),
      documentB: await document(caseB.id, b.id, caseB.reference),
      documentOther: await document(caseOther.id, other.id, caseOther.reference),
    });
    markers.A = [caseA.reference, changeA.reference, findTestResident("bas").bsn, "Willems"];
    markers.B = [caseB.reference, findTestResident("iris").bsn, "Koster"];
    markers.other = [caseOther.reference, findTestResident("olena").bsn, "Kovalenko"];
    for (const role of ROLES) cookies[role] = await newSession(role);

    // Logging in asks the identity provider for its configuration: here the development provider
    // answers in-process, as it would over HTTP.
    const realFetch = globalThis.fetch;
    vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.origin === ORIGIN && url.pathname === "/dev-idp/.well-known/openid-configuration") {
        const { loader } = await moduleFor("dev-idp/.well-known/openid-configuration");
        return (await callRoute(services, loader!, new Request(url))).result as Response;
      }
      return realFetch(input, init);
    });
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await database?.close();
  });

  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? `{${name}}`);

  function paramsFor(pattern: string, pathname: string): Record<string, string> {
    const params: Record<string, string> = {};
    const names = pattern.split("/");
    const values = pathname.replace(/^\//, "").split("/");
    names.forEach((name, i) => {
      if (name.startsWith(":")) params[name.slice(1)] = values[i]!;
      if (name === "*") params["*"] = values.slice(i).join("/");
    });
    return params;
  }

  // One query for the whole database (sessions and rate limits left out: those change on every visit).
  let tables: { rows: Array<{ name: string }> } | undefined;
  async function snapshot(): Promise<Record<string, string>> {
    tables ??= await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in ('sessions', 'rate_limits') and table_name not like 'kysely_%' order by 1`.execute(database.db);
    // Row count and newest row version: an insert, update or delete changes one of the two.
    const parts = tables.rows.map(({ name }) => sql`select ${name} as name, count(*)::text || ':' || coalesce(max(xmin::text::bigint), 0)::text as digest from ${sql.table(name)}`);
    const result = await sql<{ name: string; digest: string }>`${sql.join(parts, sql` union all `)}`.execute(database.db);
    return Object.fromEntries(result.rows.map((r) => [r.name, r.digest]));
  }

  async function outcomeOf(result: unknown, response: Response): Promise<{ outcome: string; body: string }> {
    // A handler that never ran (the middleware refused the request) leaves only the response.
    const answer = result === undefined ? response : result;
    if (answer instanceof Response) {
      const body = answer.body ? await answer.clone().text() : "";
      const location = answer.headers.get("Location");
      if (answer.status >= 300 && answer.status < 400 && location) {
        const target = location.startsWith(ORIGIN) ? location.slice(ORIGIN.length) : location;
        if (/^\/medewerker\/inloggen(\?|$)/.test(target)) return { outcome: "staff-login", body };
        if (/^\/inloggen(\?|$)/.test(target)) return { outcome: "login", body };
        if (target.startsWith("/dev-idp/authorize?")) return { outcome: "idp", body };
        return { outcome: `→${target}`, body: `${body} ${location}` };
      }
      return { outcome: String(answer.status), body };
    }
    const init = (answer as { type?: string; init?: { status?: number } } | null)?.type === "DataWithResponseInit" ? (answer as { init?: { status?: number } }).init : null;
    return { outcome: String(init?.status ?? 200), body: JSON.stringify(answer) ?? "" };
  }

  async function visit(row: Row, cookie: string | null, watch: boolean, svc = services) {
    const url = `${ORIGIN}${fill(row.url)}`;
    const module = await moduleFor(row.pattern);
    const handler = row.method === "GET" ? module.loader : module.action;
    if (!handler) return { outcome: "static", body: "", changed: [] as string[] };
    const body = Object.fromEntries(Object.entries(row.body ?? {}).map(([name, value]) => [name, fill(value)]));
    const request = row.method === "POST" ? formRequest(url, body, cookie ?? undefined) : new Request(url, { headers: cookie ? { Cookie: cookie } : {} });
    const before = watch ? await snapshot() : {};
    const { result, response } = await callRoute(svc, handler, request, paramsFor(row.pattern, new URL(url).pathname));
    const after = watch ? await snapshot() : {};
    const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
    return { ...(await outcomeOf(result, response)), changed };
  }

  // Runs the rows, all visitors per row, and collects every difference from the table.
  async function check(rows: Row[]) {
    const problems: string[] = [];
    for (const row of rows) {
      for (const [index, role] of ROLES.entries()) {
        const cookie = row.fresh ? await newSession(role) : cookies[role];
        const expected = fill(row.expect[index]!);
        const mayWrite = row.writes ? row.writes.includes(role) : !REFUSALS.has(expected);
        const seen = await visit(row, cookie, !mayWrite);
        const where = `${row.method} ${fill(row.url)} as ${role}`;
        if (seen.outcome !== expected) problems.push(`${where}: expected ${expected}, got ${seen.outcome}`);
        for (const [whose, entitled] of Object.entries(ENTITLED) as Array<[keyof typeof markers, Role[]]>) {
          if (entitled.includes(role)) continue;
          const leaked = markers[whose].filter((marker) => seen.body.includes(marker));
          if (leaked.length) problems.push(`${where}: shows ${whose}'s data (${leaked.join(", ")})`);
        }
        if (seen.changed.length) problems.push(`${where}: changed ${seen.changed.join(", ")}`);
      }
    }
    expect(problems).toEqual([]);
  }

  // The tests below run in this order and build on each other: pages first, then posts (a post
  // may change what a page shows, and the correction page starts the correction that is sent
  // later); rows that end sessions last. About a thousand requests: generous time limits.
  const LONG = { timeout: 240_000 };
  it("pages (GET)", LONG, () => check(ROWS.filter((row) => row.method === "GET")));
  it("forms (POST, with a valid CSRF token)", LONG, () => check(ROWS.filter((row) => row.method === "POST" && !row.fresh)));

  it("development-only routes answer 404 to everyone in production", LONG, async () => {
    const production = createTestServices(database.db, {
      NODE_ENV: "production",
      DATABASE_URL: "postgres://unused@localhost/unused",
      PUBLIC_URL: ORIGIN,
      SESSION_SECRET: services.env.SESSION_SECRET,
      BSN_ENCRYPTION_KEY: services.env.BSN_ENCRYPTION_KEY,
      DIGID_OIDC_ISSUER: "https://digid-broker.example",
      DIGID_OIDC_CLIENT_ID: "meedoen",
      DIGID_OIDC_CLIENT_SECRET: "secret",
      STAFF_OIDC_ISSUER: "https://login.gemeente.example",
      STAFF_OIDC_CLIENT_ID: "meedoen",
      STAFF_OIDC_CLIENT_SECRET: "secret",
    });
    const problems: string[] = [];
    for (const row of ROWS.filter((r) => DEV_ONLY.includes(r.pattern))) {
      for (const role of ROLES) {
        const seen = await visit(row, cookies[role], true, production);
        if (seen.outcome !== "404") problems.push(`${row.method} ${row.url} as ${role} in production: ${seen.outcome}`);
        if (seen.changed.length) problems.push(`${row.method} ${row.url} as ${role} in production: changed ${seen.changed.join(", ")}`);
      }
    }
    expect(problems).toEqual([]);
    expect(ROWS.filter((r) => DEV_ONLY.includes(r.pattern)).map((r) => r.pattern).sort()).toEqual(expect.arrayContaining([...DEV_ONLY].sort()));
  });

  it("posts that end or replace a session (each visitor with a new one)", LONG, () => check(ROWS.filter((row) => row.fresh)));

  // A klantmanager whose provider let them in without a second factor has a session that waits
  // for the authenticator code. Until then it opens nothing an anonymous visitor cannot: every
  // route answers it as it answers the anonymous column, except the two code pages themselves.
  it("a staff login waiting for its second factor is treated as anonymous everywhere else", LONG, async () => {
    const WAITING: Record<string, Partial<Record<Row["method"], string>>> = {
      "medewerker/tweestapsverificatie": { GET: "→/medewerker/tweestapsverificatie/instellen", POST: "→/medewerker/tweestapsverificatie/instellen" },
      "medewerker/tweestapsverificatie/instellen": { GET: "200", POST: "400" },
    };
    const problems: string[] = [];
    for (const row of ROWS) {
      // A new waiting session per row: a post may end it, the enrolment page writes to it.
      const cookie = await callRoute(
        services,
        async ({ context }: HandlerArgs) => {
          const { getRequestState } = await import("~/lib/request-context.server");
          const { session } = getRequestState(context);
          session.set("pendingStaffLogin", { staffId: ids.kmSameStaff!, returnTo: "/medewerker", startedAt: Date.now(), failures: 0 });
          session.set("csrf", TEST_CSRF_TOKEN);
          return null;
        },
        new Request(`${ORIGIN}/`),
      ).then(({ setCookie }) => cookieFrom(setCookie));
      const expected = WAITING[row.pattern]?.[row.method] ?? fill(row.expect[0]);
      const seen = await visit(row, cookie, REFUSALS.has(expected));
      const where = `${row.method} ${fill(row.url)} while waiting for the code`;
      if (seen.outcome !== expected) problems.push(`${where}: expected ${expected}, got ${seen.outcome}`);
      const leaked = Object.values(markers).flat().filter((marker) => seen.body.includes(marker));
      if (leaked.length) problems.push(`${where}: shows ${leaked.join(", ")}`);
      if (seen.changed.length) problems.push(`${where}: changed ${seen.changed.join(", ")}`);
    }
    expect(problems).toEqual([]);
  });
});
