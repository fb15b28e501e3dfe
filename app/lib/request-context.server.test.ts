import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testBackends } from "../../tests/fixtures/test-database";
import { callRoute, cookieFrom, createTestServices, formRequest, type HandlerArgs, signInResident } from "../../tests/fixtures/route-harness";
import { createResident } from "../../tests/fixtures/residents";
import { seedDemoData } from "../../db/seed";
import { action as logoutAction } from "~/routes/logout";
import { loader as residentHomeLoader } from "~/routes/resident-home";
import { auditStaffRead } from "./audit.server";
import { loadRootData } from "./root-loader.server";
import type { Services } from "./services.server";

describe.each(testBackends())("sessions and identity (%s)", (backend) => {
  let database: TestDatabase;
  let services: Services;
  let residentId: string;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    services = createTestServices(database.db);
    await seedDemoData(database.db);
    residentId = (await createResident(services, "olena")).id;
  });
  afterAll(() => database.close());

  const home = (cookie?: string, path = "/mijn") => callRoute(services, residentHomeLoader, new Request(`http://meedoen.test${path}`, { headers: cookie ? { Cookie: cookie } : {} }));

  it("answers a calm 503 in the page's language when the session cannot be read, instead of treating a signed-in resident as signed out", async () => {
    const cookie = await signInResident(services, residentId);
    // A database that no longer answers (down, or its pool exhausted under overload).
    const unreachable = new Proxy(database.db, {
      get: (target, property) => (property === "selectFrom" ? () => { throw new Error("timeout exceeded when trying to connect"); } : Reflect.get(target, property)),
    });
    const down = createTestServices(unreachable as typeof database.db);
    const signedIn = await callRoute(down, residentHomeLoader, new Request("http://meedoen.test/ar/mijn", { headers: { Cookie: cookie } }));
    expect(signedIn.result).toBeUndefined(); // the loader never ran, so no redirect to the login page
    expect(signedIn.response.status).toBe(503);
    const page = await signedIn.response.text();
    expect(page).toContain('lang="ar" dir="rtl"');
    expect(page).toContain("/ar/mijn");
    // Without a session cookie the page itself decides (here: to the login page).
    const anonymous = await callRoute(down, residentHomeLoader, new Request("http://meedoen.test/mijn"));
    expect((anonymous.result as Response).status).toBe(302);
  });

  it("lets a signed-in resident in", async () => {
    const cookie = await signInResident(services, residentId);
    expect((await home(cookie)).result).toMatchObject({ givenName: "Olena" });
  });

  it("treats a tampered cookie as a fresh, anonymous session", async () => {
    const cookie = await signInResident(services, residentId);
    const [name, value] = cookie.split("=") as [string, string];
    // Change one character of the signed value to a different one (never the same by chance).
    const at = value.length - 3;
    const tampered = `${name}=${value.slice(0, at)}${value[at] === "a" ? "b" : "a"}${value.slice(at + 1)}`;
    expect(tampered).not.toBe(cookie);
    const { result } = await home(tampered);
    expect((result as Response).status).toBe(302);
    expect((result as Response).headers.get("Location")).toMatch(/^\/inloggen\?/);
  });

  it("ends a resident session after 15 idle minutes and returns them to the same page after login", async () => {
    const cookie = await signInResident(services, residentId, { lastSeenAt: Date.now() - 16 * 60_000 });
    const { result } = await home(cookie, "/en/mijn");
    const location = new URL((result as Response).headers.get("Location")!, "http://x");
    expect(location.pathname).toBe("/en/inloggen");
    expect(location.searchParams.get("returnTo")).toBe("/en/mijn");
    expect(location.searchParams.get("reden")).toBe("verlopen");
    // And the session really is signed out now, not only this one request.
    expect(((await home(cookie)).result as Response).status).toBe(302);
  });

  it("keeps a session that was active 14 minutes ago", async () => {
    const cookie = await signInResident(services, residentId, { lastSeenAt: Date.now() - 14 * 60_000 });
    expect((await home(cookie)).result).toMatchObject({ givenName: "Olena" });
  });

  it("logs out everywhere: every session of that resident ends, and it is audited", async () => {
    const phone = await signInResident(services, residentId);
    const laptop = await signInResident(services, residentId);
    const { result } = await callRoute(services, logoutAction, formRequest("http://meedoen.test/uitloggen", {}, phone));
    expect((result as Response).headers.get("Location")).toBe("/uitgelogd");
    expect(((await home(laptop)).result as Response).status).toBe(302);
    const sessions = await database.db.selectFrom("sessions").select("id").where("resident_id", "=", residentId).execute();
    expect(sessions).toEqual([]);
    const audit = await database.db.selectFrom("audit_log").select("action").where("actor_id", "=", residentId).execute();
    expect(audit.map((a) => a.action)).toContain("logout_everywhere");
  });

  it("keeps the chosen language for the session", async () => {
    const { setCookie } = await callRoute(services, ({ request, context }: HandlerArgs) => loadRootData(request, context, {}), new Request("http://meedoen.test/tr/lansingerland"));
    const cookie = cookieFrom(setCookie);
    // A page without a language in its URL (the login callback, the identity provider) uses it.
    const { result } = await callRoute(services, ({ request, context }: HandlerArgs) => loadRootData(request, context, {}), new Request("http://meedoen.test/dev-idp/authorize", { headers: { Cookie: cookie } }));
    expect(result).toMatchObject({ lang: "tr", dir: "ltr" });
  });

  it("stores the BSN only encrypted, with a keyed hash for look-ups", async () => {
    const row = await database.db.selectFrom("residents").selectAll().where("id", "=", residentId).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain("999990159");
    expect(services.bsnCrypto.decrypt(row.bsn_encrypted)).toBe("999990159");
    expect(row.bsn_hash).toBe(services.bsnCrypto.lookupHash("999990159"));
  });

  it("writes an audit entry when staff read resident data", async () => {
    const staff = await database.db.selectFrom("staff").selectAll().where("subject", "=", "dev-idp:km-gooise-meren").executeTakeFirstOrThrow();
    await auditStaffRead(database.db, staff, { residentId, what: "contact details", why: "case 2026-001" });
    const entry = await database.db.selectFrom("audit_log").selectAll().where("action", "=", "resident_data_viewed").executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor_type: "staff", actor_id: staff.id, subject_id: residentId, reason: "case 2026-001", municipality_id: staff.municipality_id });
  });
});
