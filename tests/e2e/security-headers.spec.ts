import { expect, test } from "./fixtures";
import { klantmanager } from "./support/people";

// Every page carries a nonce-based Content-Security-Policy; everything else the strictest one.
// Each e2e journey also proves the policy lets the portal itself work: a script the policy
// refused would show up as a console error, which fails any test (fixtures.ts).

test("a page's policy allows only its own scripts, and an injected inline script does not run", async ({ page, consoleGuard }) => {
  const response = await page.goto("/lansingerland/rechten-en-plichten");
  const headers = response!.headers();
  const policy = headers["content-security-policy"]!;
  const scriptSrc = policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src"))!;
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
  expect(nonce, "script-src has a nonce").toBeTruthy();
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(scriptSrc).not.toContain("unsafe-eval");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");

  // A second visit gets another nonce: a nonce that can be guessed protects nothing.
  const again = await page.request.get("/lansingerland/rechten-en-plichten");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce!);

  await page.addScriptTag({ content: "window.injected = true;" }).catch(() => undefined);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  const refused = consoleGuard.take();
  if (test.info().project.name === "js") expect(refused.join("\n")).toContain("Content Security Policy");
});

test("every inline script of a hydrated page carries the response's nonce", async ({ page, loginAsStaff }) => {
  // Resident pages send no scripts at all; the klantmanager's start page is hydrated.
  await loginAsStaff(page, klantmanager.name);
  const response = await page.goto("/medewerker");
  const nonce = /'nonce-([^']+)'/.exec(response!.headers()["content-security-policy"]!)![1];
  const html = await response!.text();
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)].map((m) => m[0]);
  expect(inline.length).toBeGreaterThan(0);
  for (const tag of inline) expect(tag).toContain(`nonce="${nonce}"`);
});

test("files, data and downloads get the strictest policy", async ({ request }) => {
  for (const path of ["/favicon.svg", "/read-aloud.js", "/healthz"]) {
    const response = await request.get(path);
    expect(response.headers()["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
  }
});

test("security.txt says where to report a vulnerability, and until when that holds", async ({ request }) => {
  const response = await request.get("/.well-known/security.txt");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/plain");
  const text = await response.text();
  expect(text).toMatch(/^Contact: (mailto:|https:\/\/)\S+$/m);
  const expires = new Date(/^Expires: (.+)$/m.exec(text)![1]!);
  const days = (expires.getTime() - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(30);
  expect(days).toBeLessThan(366);
});

test("a form posted from another site is refused, and a form of our own still works", async ({ page, loginAsResident, consoleGuard, baseURL }, testInfo) => {
  // Saves contact details, so a person of its own in each project (see support/people.ts).
  await loginAsResident(page, testInfo.project.name === "js" ? "Gerrit Hoekman" : "Lotte Meijer");
  const target = new URL("/mijn/contactgegevens", baseURL).href;
  // A page on another site with a form aimed at Meedoen, as an attacker would host it. It even
  // copies a token, as if one had leaked: the Origin check still refuses it.
  const token = (await (await page.request.get(target)).text()).match(/name="csrf" value="([\w-]+)"/)?.[1] ?? "";
  await page.route("https://evil.example/**", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><title>Win a prize</title><form method="post" action="${target}"><input type="hidden" name="email" value="aanvaller@evil.example"><input type="hidden" name="reminderChannel" value="email"><input type="hidden" name="preferredLanguage" value="nl"><input type="hidden" name="csrf" value="${token}"><button>Claim</button></form></html>`,
    }),
  );
  await page.goto("https://evil.example/prize");
  consoleGuard.expectErrorStatus(403, "/mijn/contactgegevens");
  const [response] = await Promise.all([page.waitForResponse(target), page.getByRole("button", { name: "Claim" }).click()]);
  // SameSite=Lax keeps the session cookie off a cross-site POST, and the Origin check refuses it
  // before any action runs.
  expect(response.status()).toBe(403);
  consoleGuard.take();

  const form = await page.request.get(target);
  expect(await form.text()).not.toContain("aanvaller@evil.example");
  // A post without the page's token, from our own origin, is refused as well.
  const tokenless = await page.request.post(target, { form: { email: "zonder-token@voorbeeld.nl", reminderChannel: "email", preferredLanguage: "nl" }, headers: { Origin: new URL(target).origin }, maxRedirects: 0 });
  expect(tokenless.status()).toBe(403);
  const withToken = await page.request.post(target, { form: { email: "met-token@voorbeeld.nl", reminderChannel: "email", preferredLanguage: "nl", csrf: token }, headers: { Origin: new URL(target).origin }, maxRedirects: 0 });
  expect(withToken.status()).toBe(302);
  expect(await (await page.request.get(target)).text()).toContain("met-token@voorbeeld.nl");
});
