import { expect, test } from "./fixtures";
import { t } from "./support/locales";
import { peopleFor } from "./support/people";

test.describe("resident login", () => {
  test("a page of your own asks you to log in and brings you back to it", async ({ page, checkA11y, loginAsResident }, testInfo) => {
    const { visitor } = peopleFor(testInfo.project.name);

    await page.goto("/mijn/contactgegevens");
    await expect(page).toHaveURL("/inloggen?returnTo=%2Fmijn%2Fcontactgegevens");
    // loginAsResident checks the login page and the identity provider's page.
    await loginAsResident(page, visitor.name);

    await expect(page).toHaveURL("/mijn/contactgegevens");
    await expect(page.getByRole("heading", { level: 1, name: t("nl", "contact.title") })).toBeVisible();
    await expect(page.getByRole("button", { name: t("nl", "layout.logout") })).toBeVisible();
    await checkA11y(page);
  });

  test("from the home page through a municipality to your own page", async ({ page, checkA11y, loginAsResident }, testInfo) => {
    const { visitor } = peopleFor(testInfo.project.name);

    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: t("nl", "home.title") })).toBeVisible();
    for (const name of ["Lansingerland", "Gooise Meren", "De Ronde Venen"]) {
      await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole("link", { name: t("nl", "home.loginButton") })).toHaveAttribute("href", "/inloggen");
    await checkA11y(page);

    await page.getByRole("link", { name: "Lansingerland", exact: true }).click();
    await expect(page).toHaveURL("/lansingerland");
    await expect(page.getByRole("heading", { level: 1, name: t("nl", "landing.title", { municipality: "Lansingerland" }) })).toBeVisible();
    const help = page.getByRole("region", { name: t("nl", "landing.helpTitle") });
    await expect(help.getByRole("link", { name: "14 010" })).toHaveAttribute("href", "tel:14010");
    await expect(help.getByRole("heading", { name: t("nl", "landing.openingHours") })).toBeVisible();
    // The municipality's theme is a stylesheet of its own.
    await expect(page.locator('link[rel="stylesheet"][href="/thema/lansingerland.css"]')).toHaveCount(1);
    await checkA11y(page);

    await page.getByRole("link", { name: t("nl", "landing.loginButton") }).click();
    await expect(page).toHaveURL("/inloggen");
    await loginAsResident(page, visitor.name);

    await expect(page).toHaveURL("/mijn");
    await expect(page.getByRole("heading", { level: 1, name: t("nl", "residentHome.greeting", { name: visitor.givenName }) })).toBeVisible();
    await checkA11y(page);

    await page.getByRole("link", { name: t("nl", "residentHome.contactLink") }).click();
    await expect(page).toHaveURL("/mijn/contactgegevens");
    await expect(page.getByRole("heading", { level: 1, name: t("nl", "contact.title") })).toBeVisible();
    await checkA11y(page);
  });
});
