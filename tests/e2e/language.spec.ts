import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { exactly, type Lang, LANGUAGES, localized, t } from "./support/locales";
import { peopleFor } from "./support/people";

type Language = (typeof LANGUAGES)[number];
const language = (code: Lang) => LANGUAGES.find((l) => l.code === code)!;

/** The page is wholly in `lang`: URL, <html lang dir>, its heading, and the language switch. */
async function expectPageIn(page: Page, { code, name, dir }: Language, path: string, heading: string) {
  await expect(page).toHaveURL(localized(code, path));
  await expect(page.locator("html")).toHaveAttribute("lang", code);
  await expect(page.locator("html")).toHaveAttribute("dir", dir);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  const languageSwitch = page.getByRole("navigation", { name: t(code, "layout.languageSwitch") });
  // The current language is marked, not linked; every other language is a link in its own script.
  await expect(languageSwitch.locator('[aria-current="true"]')).toHaveText(name);
  await expect(languageSwitch.getByRole("link")).toHaveCount(LANGUAGES.length - 1);
  for (const other of LANGUAGES.filter((l) => l.code !== code)) {
    await expect(languageSwitch.getByRole("link", { name: exactly(other.name) })).toHaveAttribute("lang", other.code);
  }
}

async function switchTo(page: Page, from: Lang, to: Language) {
  await page.getByRole("navigation", { name: t(from, "layout.languageSwitch") }).getByRole("link", { name: exactly(to.name) }).click();
}

// Every language once, and back to Dutch (which has no prefix) at the end.
const tour = (start: Lang) => [...LANGUAGES.filter((l) => l.code !== start), language(start)];

test.describe("language", () => {
  test("the landing page in all six languages, Arabic right to left", async ({ page, checkA11y }) => {
    const landingTitle = (code: Lang) => t(code, "landing.title", { municipality: "Lansingerland" });
    await page.goto("/lansingerland");
    await expectPageIn(page, language("nl"), "/lansingerland", landingTitle("nl"));
    await checkA11y(page);

    let current: Lang = "nl";
    for (const next of tour("nl")) {
      await switchTo(page, current, next);
      await expectPageIn(page, next, "/lansingerland", landingTitle(next.code));
      await expect(page.getByRole("link", { name: t(next.code, "landing.loginButton") })).toHaveAttribute("href", localized(next.code, "/inloggen"));
      await checkA11y(page);
      current = next.code;
    }
  });

  test("the chosen language is kept through login, and /mijn speaks all six", async ({ page, checkA11y, loginAsResident }, testInfo) => {
    const { traveller } = peopleFor(testInfo.project.name);
    const greeting = (code: Lang) => t(code, "residentHome.greeting", { name: traveller.givenName });

    await page.goto("/lansingerland");
    await checkA11y(page);
    await switchTo(page, "nl", language("en"));
    await expectPageIn(page, language("en"), "/lansingerland", t("en", "landing.title", { municipality: "Lansingerland" }));
    await checkA11y(page);

    await page.getByRole("link", { name: t("en", "landing.loginButton") }).click();
    await expect(page).toHaveURL("/en/inloggen");
    // The identity provider's page has no language in its URL; loginAsResident checks that it
    // is shown in English all the same.
    await loginAsResident(page, traveller.name);
    await expectPageIn(page, language("en"), "/mijn", greeting("en"));
    await checkA11y(page);

    let current: Lang = "en";
    for (const next of tour("en")) {
      await switchTo(page, current, next);
      await expectPageIn(page, next, "/mijn", greeting(next.code));
      // Still signed in, whatever the language.
      await expect(page.getByRole("button", { name: t(next.code, "layout.logout") })).toBeVisible();
      await checkA11y(page);
      current = next.code;
    }
  });
});
