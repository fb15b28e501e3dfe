import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testBackends } from "../../../tests/fixtures/test-database";
import { bucketFor, rateLimits } from "./rate-limits";

describe("which requests are limited", () => {
  it("login, help-session start, uploads and check-your-answers; never a GET", () => {
    expect(bucketFor("POST", "/inloggen", "application/x-www-form-urlencoded")).toBe("login");
    expect(bucketFor("POST", "/ar/inloggen", undefined)).toBe("login");
    expect(bucketFor("POST", "/medewerker/hulp", undefined)).toBe("login");
    // A TOTP code is guessable like a password.
    expect(bucketFor("POST", "/en/medewerker/tweestapsverificatie", "application/x-www-form-urlencoded")).toBe("login");
    expect(bucketFor("POST", "/medewerker/tweestapsverificatie/instellen.data", undefined)).toBe("login");
    expect(bucketFor("POST", "/mijn/wijziging/werk", "multipart/form-data; boundary=x")).toBe("upload");
    expect(bucketFor("POST", "/mijn/inschrijven/controleren", "application/x-www-form-urlencoded")).toBe("submit");
    expect(bucketFor("POST", "/en/mijn/uitstroompremie/controleren.data", undefined)).toBe("submit");
    expect(bucketFor("GET", "/inloggen", undefined)).toBeNull();
    expect(bucketFor("POST", "/mijn/inschrijven/over-u", "application/x-www-form-urlencoded")).toBeNull();
  });
});

describe.each(testBackends())("rate limits per session and per address (%s)", (backend) => {
  let database: TestDatabase;
  let base: string;
  let close: () => void;
  let handled = 0;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    const app = express();
    // factor 0.5: 5 submits per session, 100 per address in ten minutes.
    app.use(rateLimits(database.db, { factor: 0.5, sessionCookie: "meedoen" }));
    app.use((_req, res) => {
      handled++;
      res.send("handled");
    });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(async () => {
    close();
    await database.close();
  });

  const submit = (path: string, session: string) => fetch(`${base}${path}`, { method: "POST", headers: { Cookie: `meedoen=${session}` }, body: new URLSearchParams({ verklaring: "ja" }) });

  it("the sixth submit of one session within ten minutes gets a calm page, in the page's language", async () => {
    for (let i = 0; i < 5; i++) expect((await submit("/mijn/inschrijven/controleren", "session-a")).status).toBe(200);
    const before = handled;
    const refused = await submit("/ar/mijn/inschrijven/controleren", "session-a");
    expect(refused.status).toBe(429);
    expect(handled).toBe(before); // the form was not handled
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(500);
    const html = await refused.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain("انتظر بضع دقائق");
    expect(html).toContain('href="/ar/mijn/inschrijven/controleren"');
  });

  it("another session on the same address is not held back by it, and pages still open", async () => {
    expect((await submit("/mijn/inschrijven/controleren", "session-b")).status).toBe(200);
    expect((await fetch(`${base}/mijn/inschrijven/controleren`, { headers: { Cookie: "meedoen=session-a" } })).status).toBe(200);
  });

  it("changing the session cookie does not get round the limit per address", async () => {
    // Login: 50 per address (factor 0.5), whatever the cookie says.
    const statuses: number[] = [];
    for (let i = 0; i < 52; i++) statuses.push((await fetch(`${base}/inloggen`, { method: "POST", headers: { Cookie: `meedoen=fresh-${i}` } })).status);
    expect(statuses.slice(0, 50).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(50)).toEqual([429, 429]);
  });

  it("keeps no address or session id in the clear", async () => {
    const keys = await database.db.selectFrom("rate_limits").select("key").execute();
    expect(keys.length).toBeGreaterThan(0);
    for (const { key } of keys) {
      expect(key).not.toContain("127.0.0.1");
      expect(key).not.toContain("session-");
    }
  });
});
