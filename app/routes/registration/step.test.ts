import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testBackends } from "../../../tests/fixtures/test-database";
import { callRoute, createTestServices, formRequest, type HandlerArgs, signInResident } from "../../../tests/fixtures/route-harness";
import { createResident } from "../../../tests/fixtures/residents";
import { seedDemoData } from "../../../db/seed";
import { getRegistrationDraft } from "~/features/registration/registration.server";
import { getRequestState } from "~/lib/request-context.server";
import type { Services } from "~/lib/services.server";
import { action, loader } from "./step";

const STEP_URL = "http://meedoen.test/mijn/inschrijven/opleiding";

describe.each(testBackends())("registration step pages (%s)", (backend) => {
  let database: TestDatabase;
  let services: Services;
  let residentId: string;
  beforeAll(async () => {
    database = await createTestDatabase(backend);
    services = createTestServices(database.db);
    await seedDemoData(database.db);
    residentId = (await createResident(services, "sanne")).id;
  });
  afterAll(() => database.close());

  it("answers 404 for a step that does not exist", async () => {
    const cookie = await signInResident(services, residentId);
    const { result } = await callRoute(services, loader, new Request("http://meedoen.test/mijn/inschrijven/bestaat-niet", { headers: { Cookie: cookie } }), { step: "bestaat-niet" });
    expect((result as Response).status).toBe(404);
  });

  it("goes to the next step after a valid answer, and stays with errors after an invalid one", async () => {
    const cookie = await signInResident(services, residentId);
    const ok = await callRoute(services, action, formRequest(STEP_URL, { intent: "next", niveau: "hbo", diploma: "ja", buitenlandsDiploma: "ja" }, cookie), { step: "opleiding" });
    expect((ok.result as Response).headers.get("Location")).toBe("/mijn/inschrijven/werkervaring");
    const bad = await callRoute(services, action, formRequest(STEP_URL, { intent: "next", niveau: "doctor" }, cookie), { step: "opleiding" });
    expect(bad.result).toMatchObject({ init: { status: 400 } });
  });

  it("loses nothing when the session expired before pressing save: the answers are saved after logging in again", async () => {
    const cookie = await signInResident(services, residentId, { lastSeenAt: Date.now() - 20 * 60_000 });
    const { result } = await callRoute(services, action, formRequest(STEP_URL, { intent: "next", niveau: "wo", diploma: "nee", buitenlandsDiploma: "ja" }, cookie), { step: "opleiding" });
    const location = new URL((result as Response).headers.get("Location")!, "http://x");
    expect(location.pathname).toBe("/inloggen");
    expect(location.searchParams.get("returnTo")).toBe("/mijn/inschrijven/opleiding");
    // Nothing was saved while signed out.
    expect((await getRegistrationDraft(database.db, residentId))?.answers.opleiding).not.toMatchObject({ niveau: "wo" });

    // Logging in again (same browser, same cookie) and landing back on the step.
    await callRoute(services, ({ context }: HandlerArgs) => {
      const state = getRequestState(context);
      state.session.set("residentId", residentId);
      state.session.set("lastSeenAt", Date.now());
      return null;
    }, new Request("http://meedoen.test/auth/callback", { headers: { Cookie: cookie } }));
    const page = await callRoute(services, loader, new Request(STEP_URL, { headers: { Cookie: cookie } }), { step: "opleiding" });
    expect(page.result).toMatchObject({ defaults: { niveau: "wo", diploma: "nee", buitenlandsDiploma: "ja" } });
  });
});
