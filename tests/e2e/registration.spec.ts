import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { escapeRegExp, type Lang, localized, t } from "./support/locales";
import { r } from "./support/registration-texts";

// Each registration needs a resident who has not registered yet; both projects run at once.
const PEOPLE = {
  js: { dutch: "Youssef Benali", arabic: "Noor Haddad", resume: "Emma Jansen" },
  "no-js": { dutch: "Mila Petrenko", arabic: "Julia Nowak", resume: "Finn de Groot" },
} as const;

type Project = keyof typeof PEOPLE;

// A whole registration is some twenty pages, each checked with axe at two widths: on two cores
// that takes most of a minute, so these journeys get more time than the default.
test.describe.configure({ timeout: 180_000 });

function stepHeading(page: Page, lang: Lang, key: string) {
  return page.getByRole("heading", { level: 1, name: r(lang, `steps.${key}`) });
}

async function next(page: Page, lang: Lang) {
  await page.getByRole("button", { name: r(lang, "saveAndContinue") }).click();
}

/** Answers steps 1 to `until` (inclusive) with valid answers, checking each page. */
async function answerSteps(page: Page, lang: Lang, checkA11y: (page: Page) => Promise<void>, until = 8) {
  const group = (key: string) => page.getByRole("group", { name: r(lang, key) });
  const steps: Array<[string, () => Promise<void>]> = [
    ["aboutYou", async () => {}],
    ["situation", async () => {
      await group("situation.question").getByRole("radio", { name: r(lang, "situation.options.geen_werk") }).check();
      await group("situation.bijstand").getByRole("radio", { name: r(lang, "situation.bijstandOptions.ja") }).check();
    }],
    ["education", async () => {
      await group("education.level").getByRole("radio", { name: r(lang, "education.levels.mbo") }).check();
      await group("education.diploma").getByRole("radio", { name: r(lang, "yesNo.ja") }).check();
      await group("education.foreignDiploma").getByRole("radio", { name: r(lang, "yesNo.nee") }).check();
    }],
    ["experience", async () => {
      await page.getByRole("textbox", { name: r(lang, "experience.occupation") }).fill("Afwasser <script>alert(1)</script>");
      await group("experience.from").getByRole("textbox", { name: t(lang, "dateParts.maand") }).fill("6");
      await group("experience.from").getByRole("textbox", { name: t(lang, "dateParts.jaar") }).fill("2022");
      await page.getByRole("checkbox", { name: r(lang, "experience.current") }).check();
      await page.getByRole("button", { name: r(lang, "experience.add") }).click();
      await expect(page.getByText("Afwasser <script>alert(1)</script>", { exact: true })).toBeVisible();
      await checkA11y(page);
    }],
    ["wantedWork", async () => {
      await page.getByRole("combobox", { name: r(lang, "wantedWork.occupationLabel", { number: 1 }) }).fill("schoonmaker");
      await page.getByRole("textbox", { name: r(lang, "wantedWork.hours") }).fill("24");
      await group("wantedWork.days").getByRole("checkbox", { name: r(lang, "wantedWork.weekdays.ma") }).check();
      await group("wantedWork.days").getByRole("checkbox", { name: r(lang, "wantedWork.weekdays.di") }).check();
      await group("wantedWork.travel").getByRole("radio", { name: r(lang, "wantedWork.distances.10") }).check();
      await group("wantedWork.transport").getByRole("checkbox", { name: r(lang, "wantedWork.transports.fiets") }).check();
    }],
    ["languages", async () => {
      for (const skill of ["spreken", "luisteren", "lezen", "schrijven"]) {
        await group(`languages.skills.${skill}`).getByRole("radio", { name: r(lang, "languages.levels.redelijk") }).check();
      }
      await group("languages.other").getByRole("checkbox", { name: r(lang, "languages.names.ar") }).check();
    }],
    ["obstacles", async () => {}],
    ["consent", async () => {
      await group("consent.question").getByRole("radio", { name: r(lang, "consent.options.ja") }).check();
    }],
  ];
  for (const [index, [key, answer]] of steps.slice(0, until).entries()) {
    await expect(stepHeading(page, lang, key)).toBeVisible();
    await expect(page.getByText(r(lang, "progress", { number: index + 1, total: 8 }), { exact: true })).toBeVisible();
    await checkA11y(page);
    await answer();
    await next(page, lang);
  }
}

async function startFromHome(page: Page, lang: Lang, checkA11y: (page: Page) => Promise<void>) {
  await expect(page).toHaveURL(localized(lang, "/mijn"));
  await page.getByRole("link", { name: t(lang, "residentHome.registrationStart") }).click();
  await expect(page.getByRole("heading", { level: 1, name: r(lang, "start.title") })).toBeVisible();
  await checkA11y(page);
  await page.getByRole("link", { name: r(lang, "start.begin") }).click();
}

test("registers as werkzoekende in Dutch: problems explained, answers checked, one case, proof", async ({ page, checkA11y, loginAsResident, consoleGuard, javaScriptEnabled }, testInfo) => {
  const person = PEOPLE[testInfo.project.name as Project].dutch;
  // The no-JavaScript run is also the 320 px run; with JavaScript the server still answers invalid forms with 400.
  if (javaScriptEnabled === false) await page.setViewportSize({ width: 320, height: 640 });
  // An invalid form is answered with 400; Chromium logs that for the page (no JavaScript) or for its data request (JavaScript).
  for (const path of ["situatie", "werkervaring", "gewenst-werk", "controleren"]) {
    consoleGuard.expectErrorStatus(400, `/mijn/inschrijven/${path}`);
    consoleGuard.expectErrorStatus(400, `/mijn/inschrijven/${path}.data`);
  }

  await page.goto("/inloggen");
  await loginAsResident(page, person);
  await startFromHome(page, "nl", checkA11y);

  await test.step("an empty answer is explained", async () => {
    await expect(stepHeading(page, "nl", "aboutYou")).toBeVisible();
    await next(page, "nl");
    await expect(stepHeading(page, "nl", "situation")).toBeVisible();
    await next(page, "nl");
    await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(t("nl", "errors.titlePrefix"))} `));
    const summary = page.getByRole("alert");
    await expect(summary.getByRole("link", { name: t("nl", "errors.registration.situation.required") })).toBeVisible();
    await expect(page.getByRole("group", { name: r("nl", "situation.question") })).toHaveAccessibleDescription(new RegExp(escapeRegExp(t("nl", "errors.registration.situation.required"))));
    if (javaScriptEnabled !== false) await expect(summary).toBeFocused();
    await checkA11y(page);
    await page.getByRole("link", { name: r("nl", "back") }).click();
  });

  await answerSteps(page, "nl", checkA11y, 3);

  await test.step("work experience that ends before it starts is explained, nothing typed is lost", async () => {
    await expect(stepHeading(page, "nl", "experience")).toBeVisible();
    const from = page.getByRole("group", { name: r("nl", "experience.from") });
    const to = page.getByRole("group", { name: r("nl", "experience.to") });
    await page.getByRole("textbox", { name: r("nl", "experience.occupation") }).fill("Kok");
    await from.getByRole("textbox", { name: "Maand" }).fill("5");
    await from.getByRole("textbox", { name: "Jaar" }).fill("2023");
    await to.getByRole("textbox", { name: "Maand" }).fill("1");
    await to.getByRole("textbox", { name: "Jaar" }).fill("2020");
    await page.getByRole("button", { name: r("nl", "experience.add") }).click();
    await expect(page.getByRole("alert").getByRole("link", { name: t("nl", "errors.registration.experience.endBeforeStart") })).toBeVisible();
    await expect(page.getByRole("textbox", { name: r("nl", "experience.occupation") })).toHaveValue("Kok");
    await checkA11y(page);
    await to.getByRole("textbox", { name: "Jaar" }).fill("2024");
    await page.getByRole("button", { name: r("nl", "experience.add") }).click();
    await expect(page.getByText("Kok", { exact: true })).toBeVisible();
    await next(page, "nl");
  });

  await test.step("an occupation we do not know gets suggestions", async () => {
    await expect(stepHeading(page, "nl", "wantedWork")).toBeVisible();
    await page.getByRole("combobox", { name: r("nl", "wantedWork.occupationLabel", { number: 1 }) }).fill("schoonmaakhulp");
    await page.getByRole("textbox", { name: r("nl", "wantedWork.hours") }).fill("24");
    await page.getByRole("checkbox", { name: r("nl", "wantedWork.weekdays.ma") }).check();
    await page.getByRole("radio", { name: r("nl", "wantedWork.distances.10") }).check();
    await next(page, "nl");
    await expect(page.getByRole("alert").getByRole("link", { name: t("nl", "errors.registration.occupation.unknown") })).toBeVisible();
    await expect(page.getByText(r("nl", "wantedWork.didYouMean"))).toContainText("Medewerker schoonmaak");
    await checkA11y(page);
    await page.getByRole("combobox", { name: r("nl", "wantedWork.occupationLabel", { number: 1 }) }).fill("Medewerker schoonmaak");
    await next(page, "nl");
  });

  await answerSteps(page, "nl", checkA11y, 0);
  for (const [key, answer] of [
    ["languages", async () => {
      for (const skill of ["spreken", "luisteren", "lezen", "schrijven"]) await page.getByRole("group", { name: r("nl", `languages.skills.${skill}`) }).getByRole("radio", { name: r("nl", "languages.levels.goed") }).check();
    }],
    ["obstacles", async () => {}],
    ["consent", async () => page.getByRole("radio", { name: r("nl", "consent.options.nee") }).check()],
  ] as const) {
    await expect(stepHeading(page, "nl", key)).toBeVisible();
    await checkA11y(page);
    await answer();
    await next(page, "nl");
  }

  await test.step("check your answers, change one, declare, submit once", async () => {
    await expect(page.getByRole("heading", { level: 1, name: r("nl", "review.title") })).toBeVisible();
    await checkA11y(page);
    await expect(page.getByText("Medewerker schoonmaak")).toBeVisible();
    await page.getByRole("link", { name: `${r("nl", "summary.change")} ${r("nl", "steps.education")}` }).click();
    await expect(stepHeading(page, "nl", "education")).toBeVisible();
    await page.getByRole("radio", { name: r("nl", "education.levels.hbo") }).check();
    await next(page, "nl");
    await expect(page.getByRole("heading", { level: 1, name: r("nl", "review.title") })).toBeVisible();
    await expect(page.getByText(r("nl", "education.levels.hbo"), { exact: true })).toBeVisible();

    await page.getByRole("button", { name: r("nl", "review.submit") }).click();
    await expect(page.getByRole("alert").getByRole("link", { name: t("nl", "errors.registration.declaration.required") })).toBeVisible();
    await page.getByRole("checkbox", { name: r("nl", "review.declaration") }).check();
    await page.getByRole("button", { name: r("nl", "review.submit") }).click();
  });

  await test.step("confirmation with a reference; the back button does not submit again", async () => {
    await expect(page.getByRole("heading", { level: 1, name: r("nl", "confirmation.title") })).toBeVisible();
    await expect(page.getByText(/^MD-\d{4}-\d{6}$/)).toBeVisible();
    const reference = await page.getByText(/^MD-\d{4}-\d{6}$/).textContent();
    await checkA11y(page);
    await page.goBack();
    // Resident pages are plain HTML (no client-side routing), so the page before is the browser's
    // stored answer to the first, refused post (the missing declaration). Sending it again must
    // not make a second case.
    await expect(page.getByRole("heading", { level: 1, name: r("nl", "review.title") })).toBeVisible();
    await page.getByRole("checkbox", { name: r("nl", "review.declaration") }).check();
    await page.getByRole("button", { name: r("nl", "review.submit") }).click();
    await expect(page.getByRole("heading", { level: 1, name: r("nl", "confirmation.title") })).toBeVisible();
    await expect(page.getByText(reference!)).toBeVisible();
    await page.getByRole("link", { name: r("nl", "confirmation.proofLink") }).click();
    await expect(page.getByRole("heading", { level: 1, name: r("nl", "proof.title") })).toBeVisible();
    await expect(page.getByText(reference!)).toBeVisible();
    await checkA11y(page);
  });

  await test.step("registering twice is not possible: the start page leads to the profile", async () => {
    await page.goto("/mijn/inschrijven");
    await expect(page.getByRole("heading", { level: 1, name: r("nl", "profile.title") })).toBeVisible();
    await expect(page.getByText(r("nl", "profile.version", { version: 1, date: "" }).trim(), { exact: false })).toBeVisible();
    await checkA11y(page);
  });
});

const KLANTMANAGER_OF_ARABIC_RESIDENT = { js: "Karin Vermeulen", "no-js": "Ruben Jansen" } as const;

test("registers in Arabic, right to left; staff read it in Dutch with script tags as text", async ({ page, checkA11y, loginAsResident, loginAsStaff, secondDevice }, testInfo) => {
  const person = PEOPLE[testInfo.project.name as Project].arabic;
  await page.goto("/ar/inloggen");
  await loginAsResident(page, person);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await startFromHome(page, "ar", checkA11y);
  await answerSteps(page, "ar", checkA11y);
  await expect(page.getByRole("heading", { level: 1, name: r("ar", "review.title") })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await checkA11y(page);
  await page.getByRole("checkbox", { name: r("ar", "review.declaration") }).check();
  await page.getByRole("button", { name: r("ar", "review.submit") }).click();
  await expect(page.getByRole("heading", { level: 1, name: r("ar", "confirmation.title") })).toBeVisible();
  // Noor and Julia are under 27: the 4-week search period applies.
  await expect(page.getByRole("heading", { name: r("ar", "confirmation.searchTitle") })).toBeVisible();
  await checkA11y(page);
  const reference = (await page.getByText(/^MD-\d{4}-\d{6}$/).textContent())!;

  await test.step("the klantmanager reads it in Dutch, and what was typed stays text", async () => {
    const staff = await secondDevice();
    await staff.goto("/medewerker/inloggen");
    await loginAsStaff(staff, KLANTMANAGER_OF_ARABIC_RESIDENT[testInfo.project.name as Project]);
    await staff.getByRole("link", { name: new RegExp(escapeRegExp(reference)) }).click();
    await expect(staff.locator("html")).toHaveAttribute("lang", "nl");
    await expect(staff.getByText(r("nl", "education.levels.mbo"), { exact: true })).toBeVisible();
    await expect(staff.getByText("Afwasser <script>alert(1)</script>", { exact: false })).toBeVisible();
    expect(await staff.evaluate(() => document.querySelectorAll("main script").length)).toBe(0);
    await checkA11y(staff);
  });
  await page.getByRole("link", { name: r("ar", "confirmation.proofLink") }).click();
  // The proof shows the Arabic text beside the binding Dutch text.
  await expect(page.locator('section[lang="ar"]')).toBeVisible();
  await expect(page.locator('section[lang="nl"]').getByRole("heading", { name: r("nl", "proof.heading") })).toBeVisible();
  await checkA11y(page);
});

test("stops halfway, logs out, and continues where it left off", async ({ page, checkA11y, loginAsResident }, testInfo) => {
  const person = PEOPLE[testInfo.project.name as Project].resume;
  await page.goto("/inloggen");
  await loginAsResident(page, person);
  await startFromHome(page, "nl", checkA11y);
  await answerSteps(page, "nl", checkA11y, 3);
  await expect(stepHeading(page, "nl", "experience")).toBeVisible();
  await page.getByRole("button", { name: t("nl", "layout.logout") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("nl", "logout.title") })).toBeVisible();

  await page.goto("/inloggen");
  await loginAsResident(page, person);
  await expect(page.getByText(new RegExp(escapeRegExp(t("nl", "residentHome.registrationDraft", { date: "" }).split(" ").slice(0, 4).join(" "))))).toBeVisible();
  await checkA11y(page);
  await page.getByRole("link", { name: t("nl", "residentHome.registrationContinue") }).click();
  await page.getByRole("link", { name: r("nl", "start.continue") }).click();
  await expect(stepHeading(page, "nl", "experience")).toBeVisible();
  await page.getByRole("link", { name: r("nl", "back") }).click();
  await expect(stepHeading(page, "nl", "education")).toBeVisible();
  await expect(page.getByRole("radio", { name: r("nl", "education.levels.mbo") })).toBeChecked();
  await checkA11y(page);
});
