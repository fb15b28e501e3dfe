import { expect, test } from "./fixtures";
import { t } from "./support/locales";
import { klantmanager } from "./support/people";

test("a klantmanager logs in and sees the staff start page", async ({ page, checkA11y, loginAsStaff }) => {
  await page.goto("/medewerker");
  await expect(page).toHaveURL("/medewerker/inloggen?returnTo=%2Fmedewerker");
  await loginAsStaff(page, klantmanager.name);

  await expect(page).toHaveURL("/medewerker");
  await expect(page.getByRole("heading", { level: 1, name: t("nl", "staffHome.title") })).toBeVisible();
  await expect(
    page.getByText(t("nl", "staffHome.signedIn", { name: klantmanager.name, role: t("nl", `roles.${klantmanager.role}`), municipality: klantmanager.municipality })),
  ).toBeVisible();
  await checkA11y(page);
});
