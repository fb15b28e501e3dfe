import type { Page } from "@playwright/test";
import * as OTPAuth from "otpauth";
import { expect, test } from "./fixtures";
import { escapeRegExp, type Lang, localized, t, textsOf } from "./support/locales";

// Staff whose identity provider does no MFA (the development provider says only "pwd" for them)
// set up an authenticator app at their first login and type its code at every login after.
// Setting up happens once per person, so each Playwright project has its own teamleider.
const PEOPLE = { js: "Sara Lindeman", "no-js": "Joris van Leeuwen" } as const;
const tf = textsOf("staff-two-factor");
const PERIOD_MS = 30_000;

const codeAt = (secret: string, step: number) => OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(secret), timestamp: step * PERIOD_MS });
const currentStep = () => Math.floor(Date.now() / PERIOD_MS);

/** From the staff login page through the development identity provider, checking both pages. */
async function loginAtProvider(page: Page, lang: Lang, name: string, checkA11y: (page: Page) => Promise<void>) {
  await page.goto(localized(lang, "/medewerker/inloggen"));
  await expect(page.getByRole("heading", { level: 1, name: t(lang, "login.staff.title") })).toBeVisible();
  await checkA11y(page);
  await page.getByRole("button", { name: t(lang, "login.staff.button"), exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: t(lang, "devIdp.staffTitle") })).toBeVisible();
  await page.getByRole("button", { name: new RegExp(`^${escapeRegExp(name)}(\\s|$)`) }).click();
}

test("a teamleider without MFA at the provider sets up the app, then logs in with its code", async ({ page, checkA11y, consoleGuard, javaScriptEnabled }, testInfo) => {
  const javaScript = javaScriptEnabled !== false;
  const name = PEOPLE[testInfo.project.name as keyof typeof PEOPLE];
  const enrolPath = "/medewerker/tweestapsverificatie/instellen";
  // A wrong code is answered with 400, which Chromium logs (the page without JavaScript, the data request with).
  consoleGuard.expectErrorStatus(400, enrolPath);
  consoleGuard.expectErrorStatus(400, `${enrolPath}.data`);
  let secret = "";
  let usedStep = 0;

  await test.step("Dutch: the provider's login leads to setting up the second step, not into Meedoen", async () => {
    await loginAtProvider(page, "nl", name, checkA11y);
    await expect(page).toHaveURL(enrolPath);
    await expect(page.getByRole("heading", { level: 1, name: tf("nl", "enrol.title") })).toBeVisible();
    await expect(page).toHaveTitle(`${tf("nl", "enrol.title")} – Meedoen`);
    // Not signed in yet: no name in the banner, no staff page.
    await expect(page.getByRole("button", { name: t("nl", "layout.logout") })).toHaveCount(0);
    await expect(page.getByRole("img", { name: tf("nl", "enrol.qrLabel") }).locator("svg")).toBeVisible();
    secret = ((await page.locator(".meedoen-secret code").textContent()) ?? "").replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const code = page.getByRole("textbox", { name: tf("nl", "code.label") });
    await expect(code).toHaveAttribute("inputmode", "numeric");
    await expect(code).toHaveAttribute("autocomplete", "one-time-code");
    await checkA11y(page);
  });

  await test.step("a wrong code is explained in the error summary and at the field", async () => {
    const valid = new Set([-1, 0, 1].map((d) => codeAt(secret, currentStep() + d)));
    const wrong = ["000000", "111111", "222222", "333333"].find((c) => !valid.has(c))!;
    await page.getByRole("textbox", { name: tf("nl", "code.label") }).fill(wrong);
    await page.getByRole("button", { name: tf("nl", "enrol.button") }).click();
    await expect(page).toHaveTitle(`${t("nl", "errors.titlePrefix")} ${tf("nl", "enrol.title")} – Meedoen`);
    const summary = page.getByRole("alert", { name: t("nl", "errors.summaryTitle") });
    await expect(summary.getByRole("link", { name: tf("nl", "errors.code.wrong"), exact: true })).toBeVisible();
    if (javaScript) await expect(summary).toBeFocused();
    await expect(page.getByRole("textbox", { name: tf("nl", "code.label") })).toHaveAccessibleDescription(
      new RegExp(`${escapeRegExp(t("nl", "errors.fieldPrefix"))}\\s*${escapeRegExp(tf("nl", "errors.code.wrong"))}`),
    );
    await checkA11y(page);
  });

  await test.step("the app's code sets it up and signs in", async () => {
    usedStep = currentStep();
    await page.getByRole("textbox", { name: tf("nl", "code.label") }).fill(codeAt(secret, usedStep));
    await page.getByRole("button", { name: tf("nl", "enrol.button") }).click();
    await expect(page).toHaveURL("/medewerker");
    await expect(page.getByRole("heading", { level: 1, name: t("nl", "staffHome.title") })).toBeVisible();
    await expect(page.getByRole("banner").getByText(t("nl", "layout.signedInAs", { name }), { exact: true })).toBeVisible();
    await checkA11y(page);
    await page.getByRole("button", { name: t("nl", "layout.logout") }).click();
    await expect(page).toHaveURL("/uitgelogd");
  });

  await test.step("English, the next login: only the code is asked", async () => {
    await loginAtProvider(page, "en", name, checkA11y);
    await expect(page).toHaveURL("/en/medewerker/tweestapsverificatie");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: tf("en", "verify.title") })).toBeVisible();
    await expect(page.getByRole("img", { name: tf("en", "enrol.qrLabel") })).toHaveCount(0);
    await checkA11y(page);
    // The code used to set up cannot be used again; the app's next one (one step of clock drift is allowed) can.
    await page.getByRole("textbox", { name: tf("en", "code.label") }).fill(codeAt(secret, Math.max(usedStep + 1, currentStep())));
    await page.getByRole("button", { name: tf("en", "verify.button") }).click();
    await expect(page).toHaveURL("/en/medewerker");
    await expect(page.getByRole("banner").getByText(t("en", "layout.signedInAs", { name }), { exact: true })).toBeVisible();
    await checkA11y(page);
  });
});

test("a beheerder finds which colleagues use the app, on the page where it can be reset", async ({ page, checkA11y, loginAsStaff }) => {
  // Petra Smit only looks: resetting would end a colleague's sessions in a journey running beside this one.
  await page.goto("/medewerker/inloggen");
  await loginAsStaff(page, "Petra Smit");
  await page.getByRole("link", { name: tf("nl", "admin.link") }).click();
  await expect(page).toHaveURL("/medewerker/instellingen/tweestapsverificatie");
  await expect(page.getByRole("heading", { level: 1, name: tf("nl", "admin.title") })).toBeVisible();
  await expect(page.getByText(tf("nl", "admin.self"))).toBeVisible();
  await checkA11y(page);
});
