import * as OTPAuth from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testBackends } from "../../../tests/fixtures/test-database";
import { callRoute, cookieFrom, createTestServices, formRequest, type HandlerArgs, signInStaff, TEST_CSRF_TOKEN } from "../../../tests/fixtures/route-harness";
import { seedDemoData } from "../../../db/seed";
import { claimsFor } from "~/features/dev-idp/provider.server";
import { continueStaffLogin, providerDidMultiFactor } from "~/features/staff-two-factor/staff-login.server";
import { totpCrypto } from "~/features/staff-two-factor/totp.server";
import type { Staff } from "~/lib/db-schema";
import { getRequestState } from "~/lib/request-context.server";
import type { Services } from "~/lib/services.server";
import { loader as queueLoader } from "../cases/queue";
import { loader as staffHomeLoader } from "../staff-home";
import { action as adminAction, loader as adminLoader } from "./admin";
import { action as enrolAction, loader as enrolLoader } from "./enrol";
import { action as verifyAction, loader as verifyLoader } from "./verify";

const BASE = "http://meedoen.test";
const VERIFY = `${BASE}/medewerker/tweestapsverificatie`;
const ENROL = `${BASE}/medewerker/tweestapsverificatie/instellen`;
const ADMIN = `${BASE}/medewerker/instellingen/tweestapsverificatie`;

type DataResult = { data: { error?: Record<string, string[]> }; init: { status: number } };
const codeAt = (secret: string, timestamp: number) => OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(secret), timestamp });
const get = (url: string, cookie: string) => new Request(url, { headers: { Cookie: cookie } });

describe("providerDidMultiFactor", () => {
  it("trusts amr methods that are a second factor, and acr values the municipality configured", () => {
    expect(providerDidMultiFactor({ amr: ["pwd", "otp"] }, [])).toBe(true);
    expect(providerDidMultiFactor({ amr: ["pwd", "mfa"] }, [])).toBe(true);
    expect(providerDidMultiFactor({ amr: ["hwk"] }, [])).toBe(true);
    expect(providerDidMultiFactor({ amr: ["pwd"] }, [])).toBe(false);
    expect(providerDidMultiFactor({ amr: "otp" }, [])).toBe(false);
    expect(providerDidMultiFactor({}, [])).toBe(false);
    expect(providerDidMultiFactor({ amr: ["pwd"], acr: "urn:example:loa:mfa" }, ["urn:example:loa:mfa"])).toBe(true);
    expect(providerDidMultiFactor({ amr: ["pwd"], acr: "urn:example:loa:low" }, ["urn:example:loa:mfa"])).toBe(false);
  });

  it("is what the development identity provider says: MFA for most test staff, not for the TOTP test people", () => {
    expect(providerDidMultiFactor(claimsFor("staff", "km-lansingerland"), [])).toBe(true);
    expect(providerDidMultiFactor(claimsFor("staff", "tl2-lansingerland"), [])).toBe(false);
    expect(providerDidMultiFactor(claimsFor("staff", "tl3-lansingerland"), [])).toBe(false);
  });
});

describe.each(testBackends())("staff two-factor login (%s)", (backend) => {
  let database: TestDatabase;
  let services: Services;
  const staffByKey = async (key: string) => database.db.selectFrom("staff").selectAll().where("subject", "=", `dev-idp:${key}`).executeTakeFirstOrThrow();

  /** The state right after the provider's login (completeLogin has rotated the session): what continueStaffLogin makes of it. */
  async function afterProviderLogin(staff: Staff, claims: { amr?: unknown; acr?: unknown }, options: { services?: Services; startedAt?: number } = {}) {
    let next = "";
    const { setCookie } = await callRoute(
      options.services ?? services,
      async ({ context }: HandlerArgs) => {
        const state = getRequestState(context);
        state.session.set("csrf", TEST_CSRF_TOKEN);
        next = await continueStaffLogin(state, staff, claims, "/medewerker");
        const pending = state.session.get("pendingStaffLogin");
        if (pending && options.startedAt) state.session.set("pendingStaffLogin", { ...pending, startedAt: options.startedAt });
        return null;
      },
      new Request(`${BASE}/auth/callback`),
    );
    return { next, cookie: cookieFrom(setCookie) };
  }

  // The cookie holds the signed session id: base64 of its JSON, a dot, the signature.
  const sessionExists = async (cookie: string) => {
    const signed = decodeURIComponent(cookie.slice(cookie.indexOf("=") + 1));
    const id = JSON.parse(atob(signed.slice(0, signed.lastIndexOf(".")))) as string;
    return Boolean(await database.db.selectFrom("sessions").select("id").where("id", "=", id).executeTakeFirst());
  };

  let sara: Staff;
  let joris: Staff;
  let secret = "";
  let enrolledAt = 0;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    services = createTestServices(database.db);
    await seedDemoData(database.db);
    sara = await staffByKey("tl2-lansingerland");
    joris = await staffByKey("tl3-lansingerland");
  });
  afterAll(() => database.close());

  it("holds a login without MFA before the code: no staff page answers, only the set-up page", async () => {
    const { next, cookie } = await afterProviderLogin(sara, claimsFor("staff", "tl2-lansingerland"));
    expect(next).toBe("/medewerker/tweestapsverificatie/instellen");

    for (const { result } of [await callRoute(services, queueLoader, get(`${BASE}/medewerker/zaken`, cookie)), await callRoute(services, staffHomeLoader, get(`${BASE}/medewerker`, cookie))]) {
      expect((result as Response).status).toBe(302);
      expect((result as Response).headers.get("Location")).toMatch(/^\/medewerker\/inloggen\?returnTo=/);
    }
    // The login step without a code set up sends on to setting it up.
    const { result } = await callRoute(services, verifyLoader, get(VERIFY, cookie));
    expect((result as Response).headers.get("Location")).toBe("/medewerker/tweestapsverificatie/instellen");
  });

  it("sets up the app: a QR code and the secret, a wrong code refused, a right one signs in on a new session id", async () => {
    const { cookie } = await afterProviderLogin(sara, claimsFor("staff", "tl2-lansingerland"));
    const page = await callRoute(services, enrolLoader, get(ENROL, cookie));
    const view = page.result as { qrSvg: string; secretGroups: string[] };
    expect(view.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(view.qrSvg).not.toMatch(/<script|href=/);
    expect(view.secretGroups.every((group) => /^[A-Z2-7]{4}$/.test(group))).toBe(true);
    secret = view.secretGroups.join("");
    expect(secret).toHaveLength(32);
    // A reload shows the same secret (an already scanned QR code stays good).
    const again = await callRoute(services, enrolLoader, get(ENROL, cookie));
    expect((again.result as { secretGroups: string[] }).secretGroups.join("")).toBe(secret);
    // Nothing is stored before a right code.
    expect(await database.db.selectFrom("staff_totp").selectAll().where("staff_id", "=", sara.id).executeTakeFirst()).toBeUndefined();

    const now = Date.now();
    const wrong = codeAt(secret, now) === "000000" ? "111111" : "000000";
    const refused = await callRoute(services, enrolAction, formRequest(ENROL, { code: wrong }, cookie));
    expect((refused.result as DataResult).init.status).toBe(400);
    expect((refused.result as DataResult).data.error).toEqual({ code: ["staff-two-factor:errors.code.wrong"] });

    const malformed = await callRoute(services, enrolAction, formRequest(ENROL, { code: "12a" }, cookie));
    expect((malformed.result as DataResult).data.error).toEqual({ code: ["staff-two-factor:errors.code.format"] });

    // As typed from an app that shows "123 456".
    const code = codeAt(secret, now);
    const { result, setCookie } = await callRoute(services, enrolAction, formRequest(ENROL, { code: `${code.slice(0, 3)} ${code.slice(3)}` }, cookie));
    enrolledAt = now;
    expect((result as Response).status).toBe(302);
    expect((result as Response).headers.get("Location")).toBe("/medewerker");
    const signedIn = cookieFrom(setCookie);
    expect(signedIn).not.toBe(cookie);
    // The session from before the code is gone; the new one is Sara's.
    expect(await sessionExists(cookie)).toBe(false);
    expect(await sessionExists(signedIn)).toBe(true);
    expect((await callRoute(services, staffHomeLoader, get(`${BASE}/medewerker`, cookie))).result).toBeInstanceOf(Response);
    expect((await callRoute(services, staffHomeLoader, get(`${BASE}/medewerker`, signedIn))).result).toMatchObject({ name: "Sara Lindeman", role: "teamleider" });

    const audit = await database.db.selectFrom("audit_log").select(["action", "details"]).where("actor_id", "=", sara.id).orderBy("chain_seq").execute();
    expect(audit.map((a) => a.action)).toEqual(["staff_totp_enrolled", "login"]);
    expect(audit[1]!.details).toEqual({ secondFactor: "totp" });
  });

  it("stores the secret encrypted, bound to the staff member, never as its base32 text", async () => {
    const row = await database.db.selectFrom("staff_totp").selectAll().where("staff_id", "=", sara.id).executeTakeFirstOrThrow();
    expect(row.secret_encrypted).not.toContain(secret);
    expect(row.secret_encrypted).toMatch(/^v1\./);
    const crypto = totpCrypto(services.env.BSN_ENCRYPTION_KEY);
    expect(crypto.decrypt(row.secret_encrypted, sara.id)).toBe(secret);
    expect(() => crypto.decrypt(row.secret_encrypted, joris.id)).toThrow();
  });

  it("asks for the code at the next login, and never accepts the same code twice", async () => {
    const { next, cookie } = await afterProviderLogin(sara, claimsFor("staff", "tl2-lansingerland"));
    expect(next).toBe("/medewerker/tweestapsverificatie");
    expect((await callRoute(services, verifyLoader, get(VERIFY, cookie))).result).toMatchObject({ locked: false });
    // Set up already: the set-up page does not show a (new) secret.
    expect(((await callRoute(services, enrolLoader, get(ENROL, cookie))).result as Response).headers.get("Location")).toBe("/medewerker/tweestapsverificatie");

    // The code used to set up the app was seen once: it does not open a second login.
    const reused = await callRoute(services, verifyAction, formRequest(VERIFY, { code: codeAt(secret, enrolledAt) }, cookie));
    expect((reused.result as DataResult).data.error).toEqual({ code: ["staff-two-factor:errors.code.reused"] });

    // The next time step's code (the window allows one step of clock drift) does.
    const nextCode = codeAt(secret, enrolledAt + 30_000);
    const accepted = await callRoute(services, verifyAction, formRequest(VERIFY, { code: nextCode }, cookie));
    expect((accepted.result as Response).headers.get("Location")).toBe("/medewerker");
    expect(cookieFrom(accepted.setCookie)).not.toBe(cookie);

    // Seen over a shoulder and typed into another login a moment later: refused.
    const other = await afterProviderLogin(sara, claimsFor("staff", "tl2-lansingerland"));
    const replay = await callRoute(services, verifyAction, formRequest(VERIFY, { code: nextCode }, other.cookie));
    expect((replay.result as DataResult).init.status).toBe(400);
    expect((replay.result as DataResult).data.error).toEqual({ code: ["staff-two-factor:errors.code.reused"] });
  });

  it("ends the login after five wrong codes and says so once", async () => {
    const { cookie } = await afterProviderLogin(sara, claimsFor("staff", "tl2-lansingerland"));
    const valid = new Set([-1, 0, 1].map((step) => codeAt(secret, Date.now() + step * 30_000)));
    const wrong = ["000000", "111111", "222222", "333333", "444444", "555555"].find((c) => !valid.has(c))!;
    for (let attempt = 1; attempt <= 4; attempt++) {
      const { result } = await callRoute(services, verifyAction, formRequest(VERIFY, { code: wrong }, cookie));
      expect((result as DataResult).data.error).toEqual({ code: ["staff-two-factor:errors.code.wrong"] });
    }
    const fifth = await callRoute(services, verifyAction, formRequest(VERIFY, { code: wrong }, cookie));
    expect((fifth.result as Response).headers.get("Location")).toBe("/medewerker/tweestapsverificatie");
    expect((await callRoute(services, verifyLoader, get(VERIFY, cookie))).result).toMatchObject({ locked: true });

    // The login is gone: even the right code now leads to the login page, not into Meedoen.
    const late = await callRoute(services, verifyAction, formRequest(VERIFY, { code: codeAt(secret, Date.now() + 60_000) }, cookie));
    expect((late.result as Response).headers.get("Location")).toBe("/medewerker/inloggen");
    expect(((await callRoute(services, staffHomeLoader, get(`${BASE}/medewerker`, cookie))).result as Response).status).toBe(302);
    const refused = await database.db.selectFrom("audit_log").select(["action", "reason"]).where("actor_id", "=", sara.id).where("action", "=", "login_refused").execute();
    expect(refused).toEqual([{ action: "login_refused", reason: "too many wrong codes" }]);
  });

  it("forgets a login that waited too long for its code", async () => {
    const { cookie } = await afterProviderLogin(sara, claimsFor("staff", "tl2-lansingerland"), { startedAt: Date.now() - 11 * 60_000 });
    const { result } = await callRoute(services, verifyLoader, get(VERIFY, cookie));
    expect((result as Response).headers.get("Location")).toBe("/medewerker/inloggen?reden=verlopen");
  });

  it("skips the step when the provider did MFA (amr), or gave an acr the municipality trusts", async () => {
    const karin = await staffByKey("km-lansingerland");
    const viaAmr = await afterProviderLogin(karin, claimsFor("staff", "km-lansingerland"));
    expect(viaAmr.next).toBe("/medewerker");
    expect((await callRoute(services, staffHomeLoader, get(`${BASE}/medewerker`, viaAmr.cookie))).result).toMatchObject({ name: karin.name });

    const trusting = createTestServices(database.db, { STAFF_OIDC_MFA_ACR: "urn:example:loa:mfa, urn:example:loa:high" });
    const viaAcr = await afterProviderLogin(joris, { amr: ["pwd"], acr: "urn:example:loa:high" }, { services: trusting });
    expect(viaAcr.next).toBe("/medewerker");
    // The same token without that acr goes to the TOTP step.
    expect((await afterProviderLogin(joris, { amr: ["pwd"], acr: "urn:example:loa:low" }, { services: trusting })).next).toBe("/medewerker/tweestapsverificatie/instellen");
    const logins = await database.db.selectFrom("audit_log").select("details").where("actor_id", "=", karin.id).where("action", "=", "login").execute();
    expect(logins.at(-1)!.details).toEqual({ secondFactor: "identity-provider" });
  });

  it("lets a beheerder reset a colleague's app in the own municipality only", async () => {
    const admin = await signInStaff(services, "bh-lansingerland");
    const page = await callRoute(services, adminLoader, get(ADMIN, admin.cookie));
    const colleagues = (page.result as { colleagues: Array<{ id: string; confirmedOn: string | null; self: boolean }> }).colleagues;
    expect(colleagues.find((c) => c.id === sara.id)?.confirmedOn).toBeTruthy();
    expect(colleagues.find((c) => c.id === admin.staff.id)?.self).toBe(true);
    // Only Lansingerland's staff are listed.
    const others = await database.db.selectFrom("staff").select("id").where("municipality_id", "!=", admin.staff.municipality_id).execute();
    expect(colleagues.some((c) => others.some((o) => o.id === c.id))).toBe(false);

    // Another municipality's beheerder cannot, and neither can a klantmanager or the beheerder for themself.
    const elsewhere = await signInStaff(services, "bh-gooise-meren");
    expect(((await callRoute(services, adminAction, formRequest(ADMIN, { staffId: sara.id }, elsewhere.cookie))).result as Response).status).toBe(404);
    const klantmanager = await signInStaff(services, "km-lansingerland");
    expect(((await callRoute(services, adminAction, formRequest(ADMIN, { staffId: sara.id }, klantmanager.cookie))).result as Response).status).toBe(404);
    expect(((await callRoute(services, adminAction, formRequest(ADMIN, { staffId: admin.staff.id }, admin.cookie))).result as Response).status).toBe(404);
    expect(await database.db.selectFrom("staff_totp").select("staff_id").where("staff_id", "=", sara.id).executeTakeFirst()).toBeDefined();

    // A colleague without the app (their provider does MFA): nothing to reset, nobody logged out.
    const { result: nothing } = await callRoute(services, adminAction, formRequest(ADMIN, { staffId: klantmanager.staff.id }, admin.cookie));
    expect((nothing as Response).status).toBe(302);
    expect((await callRoute(services, staffHomeLoader, get(`${BASE}/medewerker`, klantmanager.cookie))).result).toMatchObject({ name: klantmanager.staff.name });
    expect((await callRoute(services, adminLoader, get(ADMIN, admin.cookie))).result).toMatchObject({ reset: false });

    const saraSignedIn = await signInStaff(services, "tl2-lansingerland");
    const { result } = await callRoute(services, adminAction, formRequest(ADMIN, { staffId: sara.id }, admin.cookie));
    expect((result as Response).headers.get("Location")).toBe("/medewerker/instellingen/tweestapsverificatie");
    expect(await database.db.selectFrom("staff_totp").select("staff_id").where("staff_id", "=", sara.id).executeTakeFirst()).toBeUndefined();
    expect((await callRoute(services, adminLoader, get(ADMIN, admin.cookie))).result).toMatchObject({ reset: true });
    // Sara is logged out everywhere and sets up the app again at her next login.
    expect(((await callRoute(services, staffHomeLoader, get(`${BASE}/medewerker`, saraSignedIn.cookie))).result as Response).status).toBe(302);
    expect((await afterProviderLogin(sara, claimsFor("staff", "tl2-lansingerland"))).next).toBe("/medewerker/tweestapsverificatie/instellen");
    const audit = await database.db.selectFrom("audit_log").select(["actor_id", "subject_id"]).where("action", "=", "staff_totp_reset").execute();
    expect(audit).toEqual([{ actor_id: admin.staff.id, subject_id: sara.id }]);
  });
});
