import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testBackends } from "../../tests/fixtures/test-database";
import { callRoute, createTestServices, formRequest, signInResident } from "../../tests/fixtures/route-harness";
import { createResident } from "../../tests/fixtures/residents";
import { seedDemoData } from "../../db/seed";
import type { Services } from "~/lib/services.server";
import { action, loader } from "./contact-details";

const URL_NL = "http://meedoen.test/mijn/contactgegevens";

describe.each(testBackends())("contact details (%s)", (backend) => {
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

  const stored = () => database.db.selectFrom("residents").select(["email", "mobile", "reminder_channel", "preferred_language"]).where("id", "=", residentId).executeTakeFirstOrThrow();

  it("sends a visitor who is not logged in to the login page, remembering where they were", async () => {
    const { result } = await callRoute(services, loader, new Request(URL_NL));
    expect(result).toBeInstanceOf(Response);
    expect((result as Response).status).toBe(302);
    expect((result as Response).headers.get("Location")).toBe("/inloggen?returnTo=%2Fmijn%2Fcontactgegevens");
  });

  it("returns field errors with 400 and saves nothing when the input is wrong", async () => {
    const { result } = await callRoute(services, action, formRequest(URL_NL, { email: "<script>alert(1)</script>", mobile: "12345", reminderChannel: "sms", preferredLanguage: "nl" }, cookie));
    const { data, init } = result as { data: { error: Record<string, string[]>; initialValue: Record<string, string> }; init: { status: number } };
    expect(init.status).toBe(400);
    expect(data.error.email).toEqual(["errors.email.invalid"]);
    expect(data.error.mobile).toEqual(["errors.mobile.invalid"]);
    // What the resident typed comes back, so nothing is lost.
    expect(data.initialValue.email).toBe("<script>alert(1)</script>");
    expect((await stored()).email).toBeNull();
  });

  it("saves valid details, redirects (POST → redirect → GET) and shows them back with a notice", async () => {
    const { result, setCookie } = await callRoute(services, action, formRequest(URL_NL, { email: "fatima@voorbeeld.nl", mobile: "06-1234 5678", reminderChannel: "sms", preferredLanguage: "ar" }, cookie));
    expect((result as Response).status).toBe(302);
    expect((result as Response).headers.get("Location")).toBe("/mijn/contactgegevens");
    expect(await stored()).toEqual({ email: "fatima@voorbeeld.nl", mobile: "+31612345678", reminder_channel: "sms", preferred_language: "ar" });
    expect(setCookie).toBeTruthy();

    const first = await callRoute(services, loader, new Request(URL_NL, { headers: { Cookie: cookie } }));
    expect(first.result).toMatchObject({ saved: true, defaults: { email: "fatima@voorbeeld.nl", mobile: "06 1234 5678", reminderChannel: "sms", preferredLanguage: "ar" } });
    // A flash message shows once.
    const second = await callRoute(services, loader, new Request(URL_NL, { headers: { Cookie: cookie } }));
    expect(second.result).toMatchObject({ saved: false });
  });

  it("keeps the language of the page in the redirect", async () => {
    const { result } = await callRoute(services, action, formRequest("http://meedoen.test/en/mijn/contactgegevens", { reminderChannel: "post", preferredLanguage: "en" }, cookie));
    expect((result as Response).headers.get("Location")).toBe("/en/mijn/contactgegevens");
  });

  it("refuses a form posted from another site", async () => {
    const request = formRequest(URL_NL, { email: "aanvaller@evil.example", reminderChannel: "email", preferredLanguage: "nl" }, cookie);
    request.headers.set("Origin", "https://evil.example");
    const { response } = await callRoute(services, action, request);
    expect(response.status).toBe(403);
    expect((await stored()).email).not.toBe("aanvaller@evil.example");
  });
});
