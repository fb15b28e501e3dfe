import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callRoute, cookieAfterRotation, createTestServices, formRequest, type HandlerArgs, signInResident, signInStaff } from "../../../tests/fixtures/route-harness";
import { createResident } from "../../../tests/fixtures/residents";
import { createTestDatabase, type TestDatabase, testBackends } from "../../../tests/fixtures/test-database";
import { seedDemoData } from "../../../db/seed";
import type { Services } from "~/lib/services.server";
import { action as changeReview } from "../changes/review";
import { loader as dataExport } from "../data-export";
import { action as logout } from "../logout";
import { action as premiumReview } from "../premium/review";
import { loader as residentHome } from "../resident-home";
import { action as start, loader as startPage } from "./start";

// Starting and ending a Servicepunt help session: who may, what must match, and that access
// really ends (idle, logout) without touching the resident's own sessions.
const FATIMA = { bsn: "999990019", "geboortedatum.dag": "12", "geboortedatum.maand": "4", "geboortedatum.jaar": "1988", idSoort: "paspoort", idGecontroleerd: "ja", toestemming: "ja" };

describe.each(testBackends())("Servicepunt help sessions (%s)", (backend) => {
  let database: TestDatabase;
  let services: Services;
  let fatimaId: string;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    services = createTestServices(database.db);
    await seedDemoData(database.db);
    fatimaId = (await createResident(services, "fatima")).id;
  });
  afterAll(() => database.close());

  const startAs = async (cookie: string, fields: Record<string, string>) => callRoute(services, start, formRequest("http://meedoen.test/medewerker/hulp", fields, cookie));
  const home = async (cookie: string) => (await callRoute(services, residentHome, new Request("http://meedoen.test/mijn", { headers: { Cookie: cookie } }))).result;
  const status = (r: unknown) => (r instanceof Response ? r.status : ((r as { init?: { status?: number } } | null)?.init?.status ?? 200));
  const helpSessions = () => database.db.selectFrom("help_sessions").select(["resident_id", "id_document_kind", "ended_at", "end_reason"]).orderBy("started_at").execute();

  it("only Servicepunt staff may start one", async () => {
    for (const key of ["km-lansingerland", "bh-lansingerland", "tl-lansingerland"]) {
      const { cookie } = await signInStaff(services, key);
      expect(status((await callRoute(services, startPage, new Request("http://meedoen.test/medewerker/hulp", { headers: { Cookie: cookie } }))).result), key).toBe(404);
      expect(status((await startAs(cookie, FATIMA)).result), key).toBe(404);
    }
    const resident = await signInResident(services, fatimaId);
    expect((await startAs(resident, FATIMA)).result).toMatchObject({ status: 302 });
    expect(((await startAs(resident, FATIMA)).result as Response).headers.get("Location")).toMatch(/^\/medewerker\/inloggen/);
    expect(await helpSessions()).toEqual([]);
  });

  it("refuses a wrong BSN, a missing ID check or consent, and a resident of another municipality, without sending the BSN back", async () => {
    const lansingerland = (await signInStaff(services, "sp-lansingerland")).cookie;
    const cases: Array<[Record<string, string>, string]> = [
      [{ ...FATIMA, bsn: "123456789" }, "errors.help.bsnInvalid"],
      [{ ...FATIMA, idGecontroleerd: "" }, "errors.help.idChecked"],
      [{ ...FATIMA, toestemming: "" }, "errors.help.consent"],
      [{ ...FATIMA, "geboortedatum.jaar": "1989" }, "errors.help.notFound"],
    ];
    for (const [fields, error] of cases) {
      const { result } = await startAs(lansingerland, fields);
      expect(status(result), error).toBe(400);
      const body = JSON.stringify(result);
      expect(body).toContain(error);
      expect(body).not.toContain(fields.bsn);
    }
    // Gooise Meren's Servicepunt does not help a Lansingerland resident, even with the right data.
    const gooiseMeren = (await signInStaff(services, "sp-gooise-meren")).cookie;
    expect(JSON.stringify((await startAs(gooiseMeren, FATIMA)).result)).toContain("errors.help.notFound");
    expect(await helpSessions()).toEqual([]);
  });

  it("starts with a new session id, and ends for good after 30 idle minutes", async () => {
    const before = (await signInStaff(services, "sp-lansingerland")).cookie;
    const started = await startAs(before, FATIMA);
    expect((started.result as Response).headers.get("Location")).toBe("/mijn");
    const during = await cookieAfterRotation(services, started.setCookie);
    expect(during).not.toBe(before);
    expect(await home(during)).toMatchObject({ givenName: "Fatima" });
    // The cookie from before the help session opens nothing.
    expect(((await home(before)) as Response).headers.get("Location")).toMatch(/^\/inloggen/);
    expect(await helpSessions()).toEqual([{ resident_id: fatimaId, id_document_kind: "paspoort", ended_at: null, end_reason: null }]);

    await sql`update sessions set data = jsonb_set(data, '{lastSeenAt}', to_jsonb(${Date.now() - 31 * 60_000}::bigint)) where data->>'helpSessionId' is not null`.execute(database.db);
    const afterIdle = await home(during);
    expect((afterIdle as Response).headers.get("Location")).toMatch(/^\/inloggen/);
    expect((await helpSessions())[0]).toMatchObject({ end_reason: "inactief" });
    expect((await helpSessions())[0]!.ended_at).not.toBeNull();
  });

  it("in a help session every declaration needs the resident's own tick, and the resident's data cannot be downloaded", async () => {
    const started = await startAs((await signInStaff(services, "sp-lansingerland")).cookie, FATIMA);
    const during = await cookieAfterRotation(services, started.setCookie);
    const reviews: Array<[string, (args: HandlerArgs) => unknown, string]> = [
      ["change report", changeReview as never, "http://meedoen.test/ar/mijn/wijziging/controleren"],
      ["premium", premiumReview as never, "http://meedoen.test/ar/mijn/uitstroompremie/controleren"],
    ];
    for (const [name, action, url] of reviews) {
      const { result } = await callRoute(services, action, formRequest(url, { verklaring: "ja" }, during));
      expect(status(result), name).toBe(400);
      expect(JSON.stringify(result), name).toContain("errors.help.residentConfirms");
    }
    expect(await home(during)).toMatchObject({ canExportData: false });
    expect(status((await callRoute(services, dataExport, new Request("http://meedoen.test/mijn/gegevens.json", { headers: { Cookie: during } }))).result)).toBe(404);
    // The resident on their own device may download it.
    const own = await signInResident(services, fatimaId);
    expect(await home(own)).toMatchObject({ canExportData: true });
    expect(status((await callRoute(services, dataExport, new Request("http://meedoen.test/mijn/gegevens.json", { headers: { Cookie: own } }))).result)).toBe(200);
  });

  it("the employee logging out ends the help session but not the resident's own sessions", async () => {
    const residentOwn = await signInResident(services, fatimaId);
    const started = await startAs((await signInStaff(services, "sp-lansingerland")).cookie, FATIMA);
    const during = await cookieAfterRotation(services, started.setCookie);
    await callRoute(services, logout, formRequest("http://meedoen.test/uitloggen", {}, during));
    expect(((await home(during)) as Response).headers.get("Location")).toMatch(/^\/inloggen/);
    expect((await helpSessions()).at(-1)).toMatchObject({ end_reason: "uitgelogd" });
    expect(await home(residentOwn)).toMatchObject({ givenName: "Fatima" });
  });
});
