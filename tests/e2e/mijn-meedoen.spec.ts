import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { escapeRegExp, type Lang, localized, t } from "./support/locales";
import { csrfTokenOf } from "./support/csrf";
import { answerRegistrationSteps } from "./support/registration-steps";
import { rt } from "./support/rights-texts";

// Per project and language: a resident who has not registered yet, and a klantmanager of the
// same municipality. Nobody here reads De Ronde Venen's texts: one test changes its settings.
const PEOPLE: Record<string, Record<"nl" | "tr", { resident: string; klantmanager: string }>> = {
  js: {
    nl: { resident: "Lucas Visser", klantmanager: "Karin Vermeulen" },
    tr: { resident: "Ahmed Yusuf", klantmanager: "Ruben Jansen" },
  },
  "no-js": {
    nl: { resident: "Fatima El Amrani", klantmanager: "Karin Vermeulen" },
    tr: { resident: "Mehmet Yılmaz", klantmanager: "Ruben Jansen" },
  },
};

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

/** Registers quickly through the same forms (the registration journeys check those pages). */
async function registerQuickly(page: Page) {
  const origin = new URL(page.url()).origin;
  await answerRegistrationSteps(page);
  const submit = await page.request.post("/mijn/inschrijven/controleren", { form: { verklaring: "ja", csrf: await csrfTokenOf(page) }, headers: { Origin: origin }, maxRedirects: 0 });
  expect(submit.status()).toBe(302);
}

for (const lang of ["nl", "tr"] as const) {
  test(`Mijn Meedoen in ${lang}: rights read, a question answered with a file`, async ({ page, checkA11y, loginAsResident, loginAsStaff, secondDevice, consoleGuard }, testInfo) => {
    test.setTimeout(180_000);
    const who = PEOPLE[testInfo.project.name]![lang];
    const home = localized(lang, "/mijn");

    await page.goto(localized(lang, "/inloggen"));
    await loginAsResident(page, who.resident);
    await expect(page).toHaveURL(home);
    await expect(page.getByText(t(lang, "residentHome.noTasks"))).toBeVisible();
    await checkA11y(page);

    await test.step("read the rights and obligations and say so", async () => {
      await page.getByRole("link", { name: t(lang, "residentHome.rightsLink") }).click();
      await expect(page.getByRole("heading", { level: 1, name: rt(lang, "title") })).toBeVisible();
      await expect(page.getByRole("heading", { level: 3, name: rt(lang, "sections.bezwaar.title") })).toBeVisible();
      if (lang !== "nl") {
        // The binding Dutch text is there beside the translation.
        await expect(page.getByText(rt(lang, "bindingNote"))).toBeVisible();
        await expect(page.locator('[lang="nl"]').getByText(rt("nl", "sections.bezwaar.summary"))).toBeAttached();
      }
      await checkA11y(page);
      await page.getByRole("button", { name: rt(lang, "acknowledge.button") }).click();
      await expect(page.getByRole("status").filter({ hasText: new RegExp(escapeRegExp(rt(lang, "acknowledge.done").split("{{")[0]!.trim())) })).toBeVisible();
      await checkA11y(page);
    });

    await registerQuickly(page);
    await page.goto(home);
    const reference = (await page.getByText(/^MD-\d{4}-\d{6}$/).first().textContent())!;

    await test.step("the klantmanager asks for a payslip", async () => {
      const staff = await secondDevice();
      await staff.goto("/medewerker/inloggen");
      await loginAsStaff(staff, who.klantmanager);
      await staff.getByRole("link", { name: new RegExp(escapeRegExp(reference)) }).click();
      await expect(staff.getByText(who.resident).first()).toBeVisible();
      await checkA11y(staff);
      await staff.getByRole("textbox", { name: t("nl", "staffCase.askLabel") }).fill("Wilt u uw laatste loonstrook sturen?");
      await staff.getByRole("button", { name: t("nl", "staffCase.askButton") }).click();
      await expect(staff.getByText(t("nl", "staffCase.notices.staff-aanvulling"))).toBeVisible();
    });

    await test.step("the resident sees the task and answers with a file", async () => {
      await page.reload();
      await expect(page.getByText(t(lang, "residentHome.taskAnswer"))).toBeVisible();
      await checkA11y(page);
      await page.getByRole("link", { name: t(lang, "residentHome.taskAnswerLink", { type: t(lang, "cases.types.registratie_werkzoekende"), reference }) }).click();
      await expect(page.getByRole("region", { name: t(lang, "cases.request.title") }).getByText("Wilt u uw laatste loonstrook sturen?")).toBeVisible();
      await expect(page.getByText(t(lang, "cases.statuses.aanvulling_gevraagd"))).toBeVisible();
      await checkA11y(page);

      // A program renamed to .pdf is refused; the typed answer stays.
      for (const path of [page.url(), `${page.url()}.data`]) consoleGuard.expectErrorStatus(400, new URL(path).pathname);
      const answer = page.getByRole("textbox", { name: t(lang, "cases.message.answerLabel") });
      await answer.fill("Hierbij mijn loonstrook.");
      await page.getByLabel(t(lang, "cases.message.fileLabel")).setInputFiles({ name: "loonstrook.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\x90\x00 not a pdf") });
      await page.getByRole("button", { name: t(lang, "cases.message.sendAnswer") }).click();
      await expect(page.getByRole("alert").getByRole("link", { name: t(lang, "errors.upload.wrongType") })).toBeVisible();
      await expect(answer).toHaveValue("Hierbij mijn loonstrook.");
      await checkA11y(page);

      await page.getByLabel(t(lang, "cases.message.fileLabel")).setInputFiles({ name: "loonstrook.pdf", mimeType: "application/pdf", buffer: PDF });
      await page.getByRole("button", { name: t(lang, "cases.message.sendAnswer") }).click();
      await expect(page.getByRole("status").filter({ hasText: t(lang, "cases.notice.answer-sent") })).toBeVisible();
      await expect(page.getByText(t(lang, "cases.statuses.in_behandeling"))).toBeVisible();
      await expect(page.getByRole("link", { name: "loonstrook.pdf" })).toBeVisible();
      await checkA11y(page);
    });

    await test.step("the task is gone; a short question about how it went", async () => {
      const feedback = page.getByRole("region", { name: t(lang, "feedback.title") });
      await feedback.getByRole("radio", { name: t(lang, "feedback.answers.makkelijk") }).check();
      await feedback.getByRole("button", { name: t(lang, "feedback.send"), exact: true }).click();
      await expect(page).toHaveURL(home);
      await expect(page.getByText(t(lang, "feedback.thanks"))).toBeVisible();
      await expect(page.getByText(t(lang, "residentHome.noTasks"))).toBeVisible();
      await checkA11y(page);
    });
  });
}

// Each project changes the settings of a municipality that no other journey reads, so the
// runs cannot disturb each other: De Ronde Venen without JavaScript (Dutch), Nijkerk with (Turkish).
const VERSION_CHANGE = {
  "no-js": { lang: "nl", resident: "Taras Shevchenko", beheerder: "Linda Hendriks", phoneDisplay: "0297 29 10 00", phone: "0297291000" },
  js: { lang: "tr", resident: "Sophie van Dijk", beheerder: "Wouter Kok", phoneDisplay: "033 247 20 00", phone: "0332472000" },
} as const;

test("when the text changes, the resident is asked to read it again", async ({ page, checkA11y, loginAsResident, loginAsStaff, secondDevice }, testInfo) => {
  test.setTimeout(120_000);
  const run = VERSION_CHANGE[testInfo.project.name as keyof typeof VERSION_CHANGE];
  const lang: Lang = run.lang;
  const rightsPage = localized(lang, "/mijn/rechten-en-plichten");
  await page.goto(localized(lang, "/inloggen"));
  await loginAsResident(page, run.resident);
  await page.goto(rightsPage);
  await page.getByRole("button", { name: rt(lang, "acknowledge.button") }).click();
  await expect(page.getByRole("button", { name: rt(lang, "acknowledge.button") })).toHaveCount(0);

  const beheerder = await secondDevice();
  await beheerder.goto("/medewerker/inloggen");
  await loginAsStaff(beheerder, run.beheerder);
  await beheerder.getByRole("link", { name: t("nl", "staffHome.settingsLink") }).click();
  await checkA11y(beheerder);
  await beheerder.getByRole("textbox", { name: t("nl", "settings.phoneDisplay") }).fill(run.phoneDisplay);
  await beheerder.getByRole("textbox", { name: t("nl", "settings.phone") }).fill(run.phone);
  await beheerder.getByRole("button", { name: t("nl", "settings.save") }).click();
  await expect(beheerder.getByText(t("nl", "settings.saved"))).toBeVisible();

  await page.goto(rightsPage);
  await expect(page.getByText(rt(lang, "acknowledge.changed"))).toBeVisible();
  await expect(page.getByText(run.phoneDisplay).first()).toBeVisible();
  await checkA11y(page);
  await page.getByRole("button", { name: rt(lang, "acknowledge.button") }).click();
  await expect(page.getByRole("button", { name: rt(lang, "acknowledge.button") })).toHaveCount(0);
});
