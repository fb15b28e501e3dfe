import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../db/seed";
import { createResident } from "../../tests/fixtures/residents";
import { callRoute, cookieFrom, createTestServices, formRequest, type HandlerArgs, signInResident, TEST_CSRF_TOKEN } from "../../tests/fixtures/route-harness";
import { createTestDatabase, type TestDatabase, testBackends } from "../../tests/fixtures/test-database";
import { action as contactDetailsAction } from "~/routes/contact-details";
import { action as keepAliveAction } from "~/routes/session-keepalive";
import { readFormData } from "./form-data";
import { getRequestState } from "./request-context.server";
import { loadRootData } from "./root-loader.server";
import type { Services } from "./services.server";

// Every state-changing request must come from one of our own pages: the Origin (when sent) is
// ours and the session's token comes along. The contact details form stands in for every action:
// the check runs in the root middleware, before any action.
const URL_NL = "http://meedoen.test/mijn/contactgegevens";
const URL_AR = "http://meedoen.test/ar/mijn/contactgegevens";
const valid = { email: "csrf@voorbeeld.nl", reminderChannel: "email", preferredLanguage: "nl" };

describe.each(testBackends())("CSRF protection (%s)", (backend) => {
  let database: TestDatabase;
  let services: Services;
  let residentId: string;
  let cookie: string;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    services = createTestServices(database.db);
    await seedDemoData(database.db);
    residentId = (await createResident(services, "fatima")).id;
    cookie = await signInResident(services, residentId);
  });
  afterAll(() => database.close());

  const storedEmail = async () => (await database.db.selectFrom("residents").select("email").where("id", "=", residentId).executeTakeFirstOrThrow()).email;
  const post = (url: string, fields: Record<string, string>, headers: Record<string, string> = {}) => {
    const request = formRequest(url, fields, cookie);
    for (const [name, value] of Object.entries(headers)) request.headers.set(name, value);
    return callRoute(services, contactDetailsAction, request);
  };

  it("refuses a cross-site form post even with the right token, in the page's language, and changes nothing", async () => {
    const { response, result } = await post(URL_AR, { ...valid, csrf: TEST_CSRF_TOKEN }, { Origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect(result).toBeUndefined(); // the action never ran
    const page = await response.text();
    expect(page).toContain('lang="ar" dir="rtl"');
    expect(page).toContain("/ar/mijn/contactgegevens");
    expect(await storedEmail()).toBeNull();
  });

  it("refuses a same-origin post without the token, and one with another session's token", async () => {
    for (const csrf of ["", "x".repeat(43), "test-csrf-tokem"]) {
      const { response, result } = await post(URL_NL, { ...valid, csrf });
      expect(response.status, `token ${JSON.stringify(csrf)}`).toBe(403);
      expect(result).toBeUndefined();
    }
    const { response } = await callRoute(services, contactDetailsAction, new Request(URL_NL, { method: "POST", body: new URLSearchParams(valid), headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" } }));
    expect(response.status).toBe(403);
    expect(await storedEmail()).toBeNull();
  });

  it("accepts the token from a url-encoded form, a multipart form and the fetch header", async () => {
    expect((await post(URL_NL, valid)).response.status).toBe(302);
    expect(await storedEmail()).toBe("csrf@voorbeeld.nl");

    const multipart = new FormData();
    for (const [name, value] of Object.entries({ ...valid, email: "multipart@voorbeeld.nl", csrf: TEST_CSRF_TOKEN })) multipart.set(name, value);
    const sent = await callRoute(services, contactDetailsAction, new Request(URL_NL, { method: "POST", body: multipart, headers: { Cookie: cookie } }));
    expect(sent.response.status).toBe(302);
    expect(await storedEmail()).toBe("multipart@voorbeeld.nl");

    const keepAlive = (headers: Record<string, string>) => callRoute(services, keepAliveAction as never, new Request("http://meedoen.test/sessie/verlengen", { method: "POST", headers: { Cookie: cookie, ...headers } }));
    expect((await keepAlive({ "X-CSRF-Token": TEST_CSRF_TOKEN })).response.status).toBe(204);
    expect((await keepAlive({})).response.status).toBe(403);
  });

  it("gives a signed-in page a token, and makes no session for an anonymous visitor", async () => {
    const signedIn = await callRoute(services, async ({ request, context }: HandlerArgs) => loadRootData(request, context, {}), new Request(URL_NL, { headers: { Cookie: cookie } }));
    expect((signedIn.result as { csrfToken: string }).csrfToken).toBe(TEST_CSRF_TOKEN);

    const anonymous = await callRoute(services, async ({ request, context }: HandlerArgs) => loadRootData(request, context, {}), new Request("http://meedoen.test/lansingerland"));
    expect((anonymous.result as { csrfToken: string | null }).csrfToken).toBeNull();
    expect(anonymous.setCookie).toBeNull();
  });

  it("lets an anonymous post through to the action, which sends it to the login page", async () => {
    const { response } = await callRoute(services, contactDetailsAction, new Request(URL_NL, { method: "POST", body: new URLSearchParams(valid), headers: { "Content-Type": "application/x-www-form-urlencoded" } }));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toContain("/inloggen");
  });

  it("gives a rotated session (login, help session) a new token; the old one no longer works", async () => {
    const other = await signInResident(services, residentId);
    const rotated = await callRoute(
      services,
      async ({ context }: HandlerArgs) => {
        await getRequestState(context).rotateSession();
        return null;
      },
      new Request(URL_NL, { headers: { Cookie: other } }),
    );
    const newCookie = cookieFrom(rotated.setCookie);
    expect(newCookie).not.toBe(other);
    const page = await callRoute(services, async ({ request, context }: HandlerArgs) => loadRootData(request, context, {}), new Request(URL_NL, { headers: { Cookie: newCookie } }));
    const token = (page.result as { csrfToken: string }).csrfToken;
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(token).not.toBe(TEST_CSRF_TOKEN);
    const withNewCookie = (csrf: string) => callRoute(services, contactDetailsAction, formRequest(URL_NL, { ...valid, csrf }, cookieFrom(page.setCookie ?? rotated.setCookie)));
    expect((await withNewCookie(TEST_CSRF_TOKEN)).response.status).toBe(403);
    expect((await withNewCookie(token)).response.status).toBe(302);
  });

  it("keeps the token out of what the action reads, so it never lands in a draft", async () => {
    const formData = await readFormData(formRequest(URL_NL, { naam: "Fatima" }, cookie));
    expect([...formData.keys()]).toEqual(["naam"]);
  });
});
