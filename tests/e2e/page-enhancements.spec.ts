import { expect, test } from "./fixtures";
import { t } from "./support/locales";
import { klantmanager } from "./support/people";

// Resident pages and the queue are plain HTML (issue 10: no framework JavaScript on a first
// visit); public/page-enhancements.js adds what JavaScript can. These check both halves.

test("resident pages and the queue send no framework JavaScript", async ({ page, loginAsResident, loginAsStaff, secondDevice }) => {
  await loginAsResident(page, "Finn de Groot");
  const choose = await page.request.post("/mijn/wijziging", { form: { onderwerpen: "werk", csrf: (await (await page.request.get("/mijn")).text()).match(/name="csrf" value="([\w-]+)"/)![1]! }, maxRedirects: 0 });
  expect(choose.status()).toBe(302);
  for (const path of ["/mijn", "/mijn/inschrijven/over-u", "/mijn/wijziging/werk", "/mijn/contactgegevens", "/mijn/uitstroompremie"]) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    await expect(page.locator('script[type="module"], link[rel="modulepreload"]'), path).toHaveCount(0);
    await expect(page.locator("script:not([src])"), path).toHaveCount(0);
  }
  const staff = await secondDevice();
  await loginAsStaff(staff, klantmanager.name);
  await staff.goto("/medewerker/zaken");
  await expect(staff.locator('script[type="module"], link[rel="modulepreload"]')).toHaveCount(0);
});

test("the idle warning comes two minutes before the timeout, and 'stay' keeps the session", async ({ page, loginAsResident }, testInfo) => {
  test.skip(testInfo.project.name === "no-js", "the warning needs JavaScript; without it the server alone ends the session");
  await loginAsResident(page, "Ingrid Smits");
  await page.clock.install();
  await page.goto("/mijn/contactgegevens");
  const warning = page.getByRole("dialog", { name: t("nl", "session.warning.title") });
  await expect(warning).toBeHidden();
  // The resident idle timeout is 15 minutes: nothing at 12, the warning at 13.
  await page.clock.fastForward("12:00");
  await expect(warning).toBeHidden();
  await page.clock.fastForward("01:05");
  await expect(warning).toBeVisible();
  const [keepAlive] = await Promise.all([page.waitForResponse("**/sessie/verlengen"), warning.getByRole("button", { name: t("nl", "session.warning.stay") }).click()]);
  // The request carries the session's CSRF token in its header, or the server would refuse it.
  expect(keepAlive.status()).toBe(204);
  await expect(warning).toBeHidden();
  // The clock starts again: still no warning twelve minutes later.
  await page.clock.fastForward("12:00");
  await expect(warning).toBeHidden();
});

test("a refused form puts the focus on its list of problems, also on a page without React", async ({ page, loginAsResident, consoleGuard }, testInfo) => {
  test.skip(testInfo.project.name === "no-js", "moving focus needs JavaScript; without it the list is the first thing in the main content");
  await loginAsResident(page, "Bas Willems");
  await page.goto("/mijn/contactgegevens");
  consoleGuard.expectErrorStatus(400, "/mijn/contactgegevens");
  await page.getByRole("button", { name: t("nl", "contact.save") }).click();
  await expect(page.getByRole("alert", { name: t("nl", "errors.summaryTitle") })).toBeFocused();
});
