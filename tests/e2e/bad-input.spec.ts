import { expect, test } from "./fixtures";
import { type Lang, localized, t } from "./support/locales";
import { peopleFor } from "./support/people";

test.describe("bad input", () => {
  for (const lang of ["nl", "en"] as const satisfies Lang[]) {
    test(`an unknown municipality gives the page-not-found page (${lang})`, async ({ page, checkA11y, consoleGuard }) => {
      const path = localized(lang, "/onbekend");
      consoleGuard.expectErrorStatus(404, path);

      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t(lang, "errorPage.notFound.title"));
      await expect(page).toHaveTitle(`${t(lang, "errorPage.notFound.title")} – Meedoen`);
      await expect(page.getByRole("link", { name: t(lang, "errorPage.home") })).toHaveAttribute("href", localized(lang, "/"));
      await checkA11y(page);
    });
  }

  test("a tampered session cookie counts as no session at all, not as an error", async ({ page, context, checkA11y, loginAsResident }, testInfo) => {
    const { visitor } = peopleFor(testInfo.project.name);
    await loginAsResident(page, visitor.name);
    await expect(page).toHaveURL("/mijn");

    const session = (await context.cookies()).find((cookie) => cookie.name === "meedoen");
    expect(session, "the session cookie").toBeDefined();
    const original = session!;
    // Change one character in the middle of the signed value.
    const middle = Math.floor(original.value.length / 2);
    const index = [...original.value].findIndex((char, i) => i >= middle && /[A-Za-z0-9]/.test(char));
    const replacement = original.value[index] === "A" ? "B" : "A";
    const tampered = original.value.slice(0, index) + replacement + original.value.slice(index + 1);
    await context.addCookies([{ ...original, value: tampered }]);

    const serverErrors: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 500) serverErrors.push(`${response.status()} ${response.url()}`);
    });
    await page.goto("/mijn");
    await expect(page).toHaveURL("/inloggen?returnTo=%2Fmijn");
    await expect(page.getByRole("heading", { level: 1, name: t("nl", "login.resident.title") })).toBeVisible();
    await expect(page.getByRole("button", { name: t("nl", "layout.logout") })).toHaveCount(0);
    expect(serverErrors).toEqual([]);
    await checkA11y(page);

    // Control: the untouched cookie still works, so it was the tampering that was refused.
    await context.addCookies([original]);
    await page.goto("/mijn");
    await expect(page).toHaveURL("/mijn");
  });

  test("a cookie that was never ours is ignored", async ({ playwright, baseURL }) => {
    const stranger = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: "meedoen=eyJub25zZW5zZSI6dHJ1ZX0%3D.bm90LXNpZ25lZA" } });
    expect((await stranger.get("/")).status()).toBe(200);
    const mine = await stranger.get("/mijn", { maxRedirects: 0 });
    expect(mine.status()).toBe(302);
    expect(mine.headers().location).toBe("/inloggen?returnTo=%2Fmijn");
    await stranger.dispose();
  });

  test("a POST body over 1 MB is refused with 413", async ({ request }) => {
    const tooLarge = `returnTo=%2Fmijn&pad=${"x".repeat(1_100_000)}`;
    for (const path of ["/", "/inloggen", "/mijn/contactgegevens", "/en/lansingerland", "/onbekend"]) {
      const response = await request.post(path, { data: tooLarge, headers: { "Content-Type": "application/x-www-form-urlencoded" }, maxRedirects: 0 });
      expect(response.status(), `POST ${path}`).toBe(413);
    }
    // Control: just under the limit the login form still does its work (a redirect to the identity provider).
    const justUnder = `returnTo=%2Fmijn&pad=${"x".repeat(900_000)}`;
    const response = await request.post("/inloggen", { data: justUnder, headers: { "Content-Type": "application/x-www-form-urlencoded" }, maxRedirects: 0 });
    expect(response.status()).toBe(302);
    expect(response.headers().location).toContain("/dev-idp/authorize?");
  });

  test("health and readiness checks answer", async ({ request }) => {
    const health = await request.get("/healthz");
    expect(health.status()).toBe(200);
    expect(await health.text()).toBe("ok");

    const ready = await request.get("/readyz");
    expect(ready.status()).toBe(200);
    expect(ready.headers()["content-type"]).toContain("application/json");
    expect(await ready.json()).toEqual({ status: "ready" });
  });
});
