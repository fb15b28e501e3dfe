import { expect, test } from "./fixtures";
import { localized, t, textsOf } from "./support/locales";

const at = textsOf("accessibility");

// The toegankelijkheidsverklaring: a content page (no React, no page data) that passes axe in
// both text directions, and that a keyboard user reaches from the footer of any page.
test("the accessibility statement is a content page that passes axe, left to right and right to left", async ({ page, checkA11y }) => {
  for (const lang of ["nl", "ar"] as const) {
    await page.goto(localized(lang, "/toegankelijkheid"));
    await expect(page.getByRole("heading", { level: 1, name: at(lang, "title") })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
    await expect(page.getByText(at(lang, "status.value"), { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: at(lang, "report.title") })).toBeVisible();
    await expect(page.locator('script[type="module"], link[rel="modulepreload"]')).toHaveCount(0);
    await expect(page.locator("script:not([src])")).toHaveCount(0);
    await checkA11y(page);
  }
});

test("a keyboard user reaches the statement from the footer; it names the municipality's Servicepunt", async ({ page, checkA11y }) => {
  await page.goto("/lansingerland");
  const link = page.getByRole("contentinfo").getByRole("link", { name: t("nl", "layout.accessibilityLink") });
  // Tab through the page as a keyboard user does, until the footer link has focus.
  for (let presses = 0; presses < 60 && !(await link.evaluate((el) => el === document.activeElement)); presses++) await page.keyboard.press("Tab");
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/toegankelijkheid?gemeente=lansingerland");
  await expect(page.getByRole("heading", { level: 1, name: at("nl", "title") })).toBeVisible();
  const report = page.getByRole("main");
  await expect(report.getByText(at("nl", "report.servicepunt", { name: "Servicepunt Werk en Inkomen" }))).toBeVisible();
  await expect(report.getByRole("link", { name: "14 010" })).toHaveAttribute("href", "tel:14010");
  await checkA11y(page);
});
