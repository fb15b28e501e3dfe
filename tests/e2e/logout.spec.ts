import { expect, test } from "./fixtures";
import { t } from "./support/locales";
import { peopleFor } from "./support/people";

const nl = (key: string) => t("nl", key);

test("logging out ends the session on this device and on every other one", async ({ page, secondDevice, checkA11y, loginAsResident }, testInfo) => {
  const { leaver } = peopleFor(testInfo.project.name);

  await loginAsResident(page, leaver.name);
  await expect(page).toHaveURL("/mijn");
  await checkA11y(page);

  // The same person, signed in on another device (a browser context with its own cookies).
  const phone = await secondDevice();
  await loginAsResident(phone, leaver.name);
  await expect(phone).toHaveURL("/mijn");
  await expect(phone.getByRole("heading", { level: 1, name: t("nl", "residentHome.greeting", { name: leaver.givenName }) })).toBeVisible();
  await checkA11y(phone);

  await page.getByRole("button", { name: nl("layout.logout") }).click();
  await expect(page).toHaveURL("/uitgelogd");
  await expect(page.getByRole("heading", { level: 1, name: nl("logout.title") })).toBeVisible();
  await expect(page.getByRole("button", { name: nl("layout.logout") })).toHaveCount(0);
  await checkA11y(page);

  await page.goto("/mijn");
  await expect(page).toHaveURL("/inloggen?returnTo=%2Fmijn");
  await expect(page.getByRole("heading", { level: 1, name: nl("login.resident.title") })).toBeVisible();
  await checkA11y(page);

  // The other device finds out at its next step.
  await phone.getByRole("link", { name: nl("residentHome.contactLink") }).click();
  await expect(phone).toHaveURL("/inloggen?returnTo=%2Fmijn%2Fcontactgegevens");
  await expect(phone.getByRole("button", { name: nl("layout.logout") })).toHaveCount(0);
  await checkA11y(phone);
});

test("logging out is a POST: opening /uitloggen logs nobody out", async ({ page, checkA11y, loginAsResident }, testInfo) => {
  const { visitor } = peopleFor(testInfo.project.name);
  await loginAsResident(page, visitor.name);
  await page.goto("/uitloggen");
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("button", { name: nl("layout.logout") })).toBeVisible();
  await checkA11y(page);
  await page.goto("/mijn");
  await expect(page).toHaveURL("/mijn");
});
