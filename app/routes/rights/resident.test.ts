import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testBackends } from "../../../tests/fixtures/test-database";
import { callRoute, createTestServices, formRequest, signInResident } from "../../../tests/fixtures/route-harness";
import { createResident } from "../../../tests/fixtures/residents";
import { seedDemoData } from "../../../db/seed";
import { demoMunicipalities } from "../../../db/seed/municipalities";
import { upsertMunicipality } from "~/features/municipalities/municipalities.server";
import { listAcknowledgements } from "~/features/rights/rights.server";
import type { Services } from "~/lib/services.server";
import { action, loader } from "./resident";

const URL_TR = "http://meedoen.test/tr/mijn/rechten-en-plichten";

describe.each(testBackends())("rechten en plichten: read and acknowledged (%s)", (backend) => {
  let database: TestDatabase;
  let services: Services;
  let residentId: string;
  let cookie: string;
  beforeAll(async () => {
    database = await createTestDatabase(backend);
    services = createTestServices(database.db);
    await seedDemoData(database.db);
    residentId = (await createResident(services, "daan")).id; // 23, Lansingerland
    cookie = await signInResident(services, residentId);
  });
  afterAll(() => database.close());

  const view = async () => (await callRoute(services, loader, new Request(URL_TR, { headers: { Cookie: cookie } }))).result as { acknowledged: string | null; changedSinceRead: boolean; data: { duties: string[]; dutch: Record<string, unknown> | null } };

  it("is personalised: the search period for an under-27, the tegenprestatie where the municipality uses it, and the binding Dutch text beside a translation", async () => {
    const page = await view();
    expect(page.data.duties).toEqual(expect.arrayContaining(["inlichtingenplicht", "zoektermijn", "tegenprestatie", "maatregelen"]));
    expect(Object.keys(page.data.dutch ?? {})).toContain("bezwaar");
  });

  it("records who read which version in which language, and asks again when the text changes", async () => {
    expect(await view()).toMatchObject({ acknowledged: null, changedSinceRead: false });
    await callRoute(services, action, formRequest(URL_TR, {}, cookie));
    const [first] = await listAcknowledgements(database.db, residentId);
    expect(first).toMatchObject({ text_key: "rechten-en-plichten", language: "tr" });
    expect((await view()).acknowledged).toBeTruthy();

    // The municipality changes its phone number: the text shown is a new version.
    const lansingerland = demoMunicipalities.find((m) => m.slug === "lansingerland")!;
    await upsertMunicipality(database.db, { ...lansingerland, settings: { ...lansingerland.settings, servicepunt: { ...lansingerland.settings.servicepunt, phoneDisplay: "010 123 45 67", phone: "0101234567" } } });
    expect(await view()).toMatchObject({ acknowledged: null, changedSinceRead: true });
    await callRoute(services, action, formRequest(URL_TR, {}, cookie));
    const all = await listAcknowledgements(database.db, residentId);
    expect(all).toHaveLength(2);
    expect(all[0]!.text_version).not.toBe(all[1]!.text_version);
  });
});
