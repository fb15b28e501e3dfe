import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../db/seed";
import { createResident } from "../../tests/fixtures/residents";
import { callRoute, createTestServices, signInResident } from "../../tests/fixtures/route-harness";
import { createTestDatabase, type TestDatabase, testBackends } from "../../tests/fixtures/test-database";
import { createCase } from "~/features/cases/cases.server";
import { addInternalNote } from "~/features/cases/staff-actions.server";
import { getMunicipalityBySlug } from "~/features/municipalities/municipalities.server";
import { withMunicipalityScope } from "~/lib/municipality-scope.server";
import type { Services } from "~/lib/services.server";
import { loader } from "./data-export";

// AVG inzage: a resident downloads what Meedoen keeps about them, and only that.
describe.each(testBackends())("downloading your own data (%s)", (backend) => {
  let database: TestDatabase;
  let services: Services;
  let a: { id: string; cookie: string; reference: string };
  let b: { reference: string };

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    services = createTestServices(database.db);
    await seedDemoData(database.db);
    const municipality = (await getMunicipalityBySlug(database.db, "lansingerland"))!;
    const make = async (key: string) => {
      const resident = await createResident(services, key);
      const created = await createCase(database.db, { municipality, residentId: resident.id, type: "wijziging", submission: { note: `van ${key}` }, formVersion: "t/1", language: "nl", tags: [], actor: { type: "resident", id: resident.id } });
      return { id: resident.id, caseId: created.id, reference: created.reference, cookie: await signInResident(services, resident.id) };
    };
    const madeA = await make("fatima");
    a = madeA;
    b = await make("daan");
    const klantmanager = (await database.db.selectFrom("staff").selectAll().where("municipality_id", "=", municipality.id).where("role", "=", "klantmanager").executeTakeFirstOrThrow());
    await withMunicipalityScope(database.db, municipality.id, (db) => addInternalNote(db, klantmanager, { caseId: madeA.caseId, text: "Intern: alleen voor collega's" }));
  });
  afterAll(() => database.close());

  it("gives the resident a file with their details and their cases, without internal notes or anyone else's", async () => {
    const { result } = await callRoute(services, loader, new Request("http://meedoen.test/mijn/gegevens.json", { headers: { Cookie: a.cookie } }));
    const response = result as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="meedoen-mijn-gegevens.json"');
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const text = await response.text();
    const data = JSON.parse(text);
    expect(data.you).toMatchObject({ givenName: "Fatima", bsn: "999990019" });
    expect(data.cases.map((c: { reference: string }) => c.reference)).toEqual([a.reference]);
    expect(data.cases[0].submission).toEqual({ note: "van fatima" });
    expect(data.cases[0].events.map((e: { type: string }) => e.type)).toContain("ingediend");
    expect(text).not.toContain("Intern: alleen voor collega's");
    expect(text).not.toContain(b.reference);
    expect(text).not.toContain("Daan");

    const audited = await database.db.selectFrom("audit_log").select(["action", "actor_id"]).where("action", "=", "data_exported").execute();
    expect(audited).toEqual([{ action: "data_exported", actor_id: a.id }]);
  });

  it("sends someone who is not logged in to the login page", async () => {
    const { result } = await callRoute(services, loader, new Request("http://meedoen.test/mijn/gegevens.json"));
    expect((result as Response).status).toBe(302);
    expect((result as Response).headers.get("Location")).toMatch(/^\/inloggen\?returnTo=/);
  });
});
