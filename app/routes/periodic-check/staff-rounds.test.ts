import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../../db/seed";
import { createResident } from "../../../tests/fixtures/residents";
import { callRoute, createTestServices, formRequest, signInStaff } from "../../../tests/fixtures/route-harness";
import { createTestDatabase, type TestDatabase, testBackends } from "../../../tests/fixtures/test-database";
import { createOutboxEmail, createOutboxSms } from "~/features/notifications/transports.server";
import { deliverPendingNotifications } from "~/features/notifications/deliver.server";
import type { Services } from "~/lib/services.server";
import { loader as outboxLoader } from "./dev-outbox";
import { action, loader } from "./staff-rounds";

const BASE = "http://meedoen.test";

describe.each(testBackends())("the periodic check for staff (%s)", (backend) => {
  let database: TestDatabase;
  let services: Services;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    services = createTestServices(database.db);
    await seedDemoData(database.db);
    const kees = await createResident(services, "kees"); // no reminder channel chosen: a letter
    await database.db.insertInto("benefits").values({ resident_id: kees.id, municipality_id: kees.municipality_id!, kind: "participatiewet", started_on: "2025-01-01" }).execute();
  });
  afterAll(() => database.close());

  it("lets a beheerder open a round now, shows the figures, and the letters to print", async () => {
    const { cookie } = await signInStaff(services, "bh-de-ronde-venen");
    const opened = await callRoute(services, action, formRequest(`${BASE}/medewerker/controle`, { intent: "open-round" }, cookie));
    expect((opened.result as Response).headers.get("Location")).toBe("/medewerker/controle");
    await deliverPendingNotifications(database.db, { transports: { email: createOutboxEmail(database.db), sms: createOutboxSms(database.db) }, publicUrl: BASE });

    const { cookie: km } = await signInStaff(services, "km-de-ronde-venen");
    const page = (await callRoute(services, loader, new Request(`${BASE}/medewerker/controle`, { headers: { Cookie: km } }))).result as {
      canOpen: boolean;
      rounds: Array<{ invited: number; answered: number; notAnswered: number }>;
      letters: Array<{ id: string; name: string }>;
    };
    expect(page.canOpen).toBe(false);
    expect(page.rounds).toEqual([expect.objectContaining({ invited: 1, answered: 0, notAnswered: 1 })]);
    expect(page.letters.map((l) => l.name)).toEqual(["Kees Dekker"]);

    // A klantmanager may not open rounds; marking a letter sent is allowed.
    const refused = await callRoute(services, action, formRequest(`${BASE}/medewerker/controle`, { intent: "open-round" }, km));
    expect((refused.result as Response).status).toBe(404);
    await callRoute(services, action, formRequest(`${BASE}/medewerker/controle`, { intent: `letter-sent:${page.letters[0]!.id}` }, km));
    const after = (await callRoute(services, loader, new Request(`${BASE}/medewerker/controle`, { headers: { Cookie: km } }))).result as { letters: unknown[] };
    expect(after.letters).toEqual([]);

    // Another municipality's staff see neither the round nor the letter.
    const { cookie: other } = await signInStaff(services, "km-lansingerland");
    const elsewhere = (await callRoute(services, loader, new Request(`${BASE}/medewerker/controle`, { headers: { Cookie: other } }))).result as { rounds: unknown[]; letters: unknown[] };
    expect(elsewhere).toMatchObject({ rounds: [], letters: [] });
  });

  it("keeps the developer's outbox away in production", async () => {
    const production = createTestServices(database.db, { NODE_ENV: "production", DATABASE_URL: "postgres://x@127.0.0.1/x", PUBLIC_URL: BASE, SESSION_SECRET: "x".repeat(40), BSN_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64"), DIGID_OIDC_ISSUER: BASE, DIGID_OIDC_CLIENT_ID: "x", DIGID_OIDC_CLIENT_SECRET: "x", STAFF_OIDC_ISSUER: BASE, STAFF_OIDC_CLIENT_ID: "x", STAFF_OIDC_CLIENT_SECRET: "x" });
    const { result } = await callRoute(production, outboxLoader, new Request(`${BASE}/dev/outbox`));
    expect((result as Response).status).toBe(404);
    const dev = await callRoute(services, outboxLoader, new Request(`${BASE}/dev/outbox`));
    expect((dev.result as { messages: unknown[] }).messages).toEqual([]);
  });
});
