import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callRoute, cookieAfterRotation, createTestServices, formRequest, signInResident, signInStaff } from "../../tests/fixtures/route-harness";
import { createResident } from "../../tests/fixtures/residents";
import { createTestDatabase, type TestDatabase, testBackends } from "../../tests/fixtures/test-database";
import { seedDemoData } from "../../db/seed";
import { createCase } from "~/features/cases/cases.server";
import { getMunicipalityBySlug } from "~/features/municipalities/municipalities.server";
import type { Services } from "~/lib/services.server";
import { loader as queueLoader } from "./cases/queue";
import { loader as residentCaseLoader } from "./cases/resident-case";
import { loader as residentDocumentLoader } from "./cases/resident-document";
import { loader as staffCaseLoader } from "./cases/staff-case";
import { loader as staffDocumentLoader } from "./cases/staff-document";
import { loader as contactLoader } from "./contact-details";
import { action as endHelp } from "./help-sessions/end";
import { action as startHelp } from "./help-sessions/start";
import { loader as helpSummaryLoader } from "./help-sessions/summary";
import { loader as residentHomeLoader } from "./resident-home";
import { loader as residentRightsLoader } from "./rights/resident";

// Every route that shows a resident's data, against every kind of visitor. "shown" means the
// answer contains resident A's data (their case reference); "login" is a redirect to a login
// page; "404" is the same answer as for a page that does not exist.
type Outcome = "shown" | "login" | "404" | "other";
type Who = "anonymous" | "residentA" | "residentB" | "servicepuntOutside" | "servicepuntHelpingA" | "servicepuntAfterEnd" | "klantmanagerSame" | "klantmanagerOther" | "beheerder";

describe.each(testBackends())("who may see a resident's data (%s)", (backend) => {
  let database: TestDatabase;
  let services: Services;
  let caseId: string;
  let documentId: string;
  let reference: string;
  const cookies: Partial<Record<Who, string>> = {};

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    services = createTestServices(database.db);
    await seedDemoData(database.db);
    const municipality = (await getMunicipalityBySlug(database.db, "lansingerland"))!;
    const a = await createResident(services, "fatima");
    const b = await createResident(services, "daan");
    const created = await createCase(database.db, { municipality, residentId: a.id, type: "wijziging", submission: {}, formVersion: "t/1", language: "nl", tags: [], actor: { type: "resident", id: a.id } });
    caseId = created.id;
    reference = created.reference;
    documentId = (
      await database.db
        .insertInto("documents")
        .values({ case_id: caseId, resident_id: a.id, uploaded_by_type: "resident", uploaded_by_id: a.id, file_name: "a.pdf", content_type: "application/pdf", size_bytes: 4, sha256: "x", content: Buffer.from(`%PDF ${reference}`) })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    cookies.residentA = await signInResident(services, a.id);
    cookies.residentB = await signInResident(services, b.id);
    cookies.klantmanagerSame = (await signInStaff(services, "km-lansingerland")).cookie;
    cookies.klantmanagerOther = (await signInStaff(services, "km-gooise-meren")).cookie;
    cookies.beheerder = (await signInStaff(services, "bh-lansingerland")).cookie;
    cookies.servicepuntOutside = (await signInStaff(services, "sp-lansingerland")).cookie;
    const helping = (await signInStaff(services, "sp-lansingerland")).cookie;
    const started = await callRoute(services, startHelp, formRequest("http://meedoen.test/medewerker/hulp", helpForm("999990019", "12", "4", "1988"), helping));
    expect((started.result as Response).headers.get("Location")).toBe("/mijn");
    cookies.servicepuntHelpingA = await cookieAfterRotation(services, started.setCookie);
    const ending = await callRoute(services, startHelp, formRequest("http://meedoen.test/medewerker/hulp", helpForm("999990019", "12", "4", "1988"), (await signInStaff(services, "sp-lansingerland")).cookie));
    const endingCookie = await cookieAfterRotation(services, ending.setCookie);
    await callRoute(services, endHelp, formRequest("http://meedoen.test/medewerker/hulp/beeindigen", {}, endingCookie));
    cookies.servicepuntAfterEnd = endingCookie;
  });
  afterAll(() => database.close());

  const ROUTES = {
    "/mijn": () => [residentHomeLoader, "/mijn", {}] as const,
    "/mijn/contactgegevens": () => [contactLoader, "/mijn/contactgegevens", {}] as const,
    "/mijn/rechten-en-plichten": () => [residentRightsLoader, "/mijn/rechten-en-plichten", {}] as const,
    "/mijn/zaken/:id": () => [residentCaseLoader, `/mijn/zaken/${caseId}`, { caseId }] as const,
    "/mijn/zaken/:id/documenten/:doc": () => [residentDocumentLoader, `/mijn/zaken/${caseId}/documenten/${documentId}`, { caseId, documentId }] as const,
    "/medewerker/zaken": () => [queueLoader, "/medewerker/zaken", {}] as const,
    "/medewerker/zaken/:id": () => [staffCaseLoader, `/medewerker/zaken/${caseId}`, { caseId }] as const,
    "/medewerker/zaken/:id/documenten/:doc": () => [staffDocumentLoader, `/medewerker/zaken/${caseId}/documenten/${documentId}`, { caseId, documentId }] as const,
  };

  // Routes that only show "your own" data answer residentB with B's page: "other" (no A data).
  const EXPECTED: Record<Who, Record<keyof typeof ROUTES, Outcome>> = {
    anonymous: row("login", "login"),
    residentA: { ...row("shown", "login"), "/mijn/contactgegevens": "other", "/mijn/rechten-en-plichten": "other" },
    residentB: { ...row("404", "login"), "/mijn": "other", "/mijn/contactgegevens": "other", "/mijn/rechten-en-plichten": "other" },
    servicepuntOutside: row("404", "404"),
    servicepuntHelpingA: { ...row("shown", "404"), "/mijn/contactgegevens": "other", "/mijn/rechten-en-plichten": "other" },
    servicepuntAfterEnd: row("404", "404"),
    klantmanagerSame: { ...row("404", "shown"), "/medewerker/zaken": "shown" },
    klantmanagerOther: { ...row("404", "404"), "/medewerker/zaken": "other" },
    beheerder: row("404", "404"),
  };

  function row(residentRoutes: Outcome, staffRoutes: Outcome): Record<keyof typeof ROUTES, Outcome> {
    return Object.fromEntries(Object.keys(ROUTES).map((path) => [path, path.startsWith("/mijn") ? residentRoutes : staffRoutes])) as Record<keyof typeof ROUTES, Outcome>;
  }

  async function visit(who: Who, path: keyof typeof ROUTES): Promise<Outcome> {
    const [loader, url, params] = ROUTES[path]();
    const headers: Record<string, string> = cookies[who] ? { Cookie: cookies[who]! } : {};
    const { result } = await callRoute(services, loader as never, new Request(`http://meedoen.test${url}`, { headers }), params);
    if (result instanceof Response) {
      if (result.status === 404) return "404";
      if (result.status === 302 && /inloggen/.test(result.headers.get("Location") ?? "")) return "login";
      if (result.status === 200) return (await result.text()).includes(reference) ? "shown" : "other";
      return "other";
    }
    return JSON.stringify(result).includes(reference) ? "shown" : "other";
  }

  for (const who of Object.keys(EXPECTED) as Who[]) {
    it(`${who}`, async () => {
      const seen: Record<string, Outcome> = {};
      for (const path of Object.keys(ROUTES) as (keyof typeof ROUTES)[]) seen[path] = await visit(who, path);
      expect(seen).toEqual(EXPECTED[who]);
    });
  }

  it("the help summary exists only inside a running help session", async () => {
    const summary = async (who: Who) => {
      const { result } = await callRoute(services, helpSummaryLoader as never, new Request("http://meedoen.test/mijn/hulp-samenvatting", { headers: { Cookie: cookies[who]! } }));
      return result instanceof Response ? result.status : 200;
    };
    expect(await summary("servicepuntHelpingA")).toBe(200);
    expect(await summary("residentA")).toBe(404);
    expect(await summary("servicepuntAfterEnd")).toBe(404);
  });
});

function helpForm(bsn: string, dag: string, maand: string, jaar: string): Record<string, string> {
  return { bsn, "geboortedatum.dag": dag, "geboortedatum.maand": maand, "geboortedatum.jaar": jaar, idSoort: "paspoort", idGecontroleerd: "ja", toestemming: "ja" };
}
