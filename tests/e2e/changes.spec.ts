import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { c } from "./support/changes-texts";
import { escapeRegExp, type Lang, localized, t } from "./support/locales";

// Reporting changes (inlichtingenplicht) and the twice-yearly check. Each journey changes data,
// so each Playwright project has its own person. Kees, Nadia, Joost and Yara receive a benefit
// in the demo data (db/seed/checks.ts), which opens a check round in De Ronde Venen at start.
const PEOPLE = {
  js: { dutch: "Ingrid Smits", corrector: "Ruud Hoekstra", nothingChanged: "Kees Dekker", oneChange: "Joost Brouwer" },
  "no-js": { polish: "Piotr Zieliński", corrector: "Mirjam de Wit", nothingChanged: "Nadia Amrani", oneChange: "Yara Mansour" },
} as const;
const KLANTMANAGER = "Esther Mulder"; // De Ronde Venen; only looks

// Eleven topics in the check, each page checked with axe at two widths.
test.describe.configure({ timeout: 240_000 });

const TOPICS = ["work", "household", "children", "moving", "money", "study", "abroad", "health", "detention", "otherBenefit", "other"] as const;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

function today() {
  const now = new Date();
  return { dag: String(now.getDate()), maand: String(now.getMonth() + 1), jaar: String(now.getFullYear()) };
}

async function fillDate(page: Page, lang: Lang, legend: string, date: { dag: string; maand: string; jaar: string }) {
  const group = page.getByRole("group", { name: legend });
  await group.getByRole("textbox", { name: t(lang, "dateParts.dag") }).fill(date.dag);
  await group.getByRole("textbox", { name: t(lang, "dateParts.maand") }).fill(date.maand);
  await group.getByRole("textbox", { name: t(lang, "dateParts.jaar") }).fill(date.jaar);
}

function topicCheckbox(page: Page, lang: Lang, key: string) {
  return page.getByRole("checkbox", { name: new RegExp(`^${escapeRegExp(c(lang, `topics.${key}.label`))}`) });
}

async function declareAndSend(page: Page, lang: Lang, button: string) {
  await page.getByRole("checkbox", { name: c(lang, "review.declaration") }).check();
  await page.getByRole("button", { name: button }).click();
}

test("a change in Dutch with a payslip upload, a date out of bounds on the way", async ({ page, checkA11y, loginAsResident, consoleGuard }, testInfo) => {
  test.skip(testInfo.project.name !== "js", "the Dutch upload journey runs with JavaScript; the Polish one without");
  const lang: Lang = "nl";
  // The browser checks these forms before sending; should the server answer instead, it says 400.
  for (const path of ["/mijn/wijziging", "/mijn/wijziging.data", "/mijn/wijziging/werk", "/mijn/wijziging/werk.data"]) consoleGuard.expectErrorStatus(400, path);
  await loginAsResident(page, PEOPLE.js.dutch);
  await page.getByRole("link", { name: c(lang, "home.reportLink") }).click();
  await expect(page.getByRole("heading", { level: 1, name: c(lang, "start.title") })).toBeVisible();
  await checkA11y(page);

  // Nothing chosen: the problem is named and the page says so in its title.
  await page.getByRole("button", { name: c(lang, "start.continue") }).click();
  await expect(page.getByRole("alert").getByRole("link", { name: c(lang, "errors.topics.required") })).toBeVisible();
  await checkA11y(page);
  await topicCheckbox(page, lang, "work").check();
  await page.getByRole("button", { name: c(lang, "start.continue") }).click();

  await expect(page.getByRole("heading", { level: 1, name: c(lang, "topics.work.label") })).toBeVisible();
  await expect(page.getByText(c(lang, "workNote.badge"))).toBeVisible();
  await checkA11y(page);
  await page.getByRole("group", { name: c(lang, "field.soort.label") }).getByRole("radio", { name: c(lang, "topics.work.options.loonstrook") }).check();
  await fillDate(page, lang, c(lang, "topics.work.fields.datum.label"), { dag: "1", maand: "1", jaar: "2015" });
  await page.getByRole("textbox", { name: c(lang, "topics.work.fields.bedrag.label") }).fill("1.234,56");
  await page.getByLabel(c(lang, "topics.work.upload")).setInputFiles({ name: "loonstrook januari.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: c(lang, "topic.saveAndContinue") }).click();
  await expect(page.getByRole("alert").getByRole("link", { name: c(lang, "errors.date.tooLongAgo") })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(t(lang, "errors.titlePrefix"))}`));
  await checkA11y(page);

  // The amount stays as typed; the date is put right.
  await expect(page.getByRole("textbox", { name: c(lang, "topics.work.fields.bedrag.label") })).toHaveValue("1.234,56");
  await fillDate(page, lang, c(lang, "topics.work.fields.datum.label"), today());
  await page.getByLabel(c(lang, "topics.work.upload")).setInputFiles({ name: "loonstrook januari.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: c(lang, "topic.saveAndContinue") }).click();

  await expect(page.getByRole("heading", { level: 1, name: c(lang, "review.title") })).toBeVisible();
  await expect(page.getByText(/€\s1\.234,56/)).toBeVisible();
  await expect(page.getByText("loonstrook januari.pdf")).toBeVisible();
  await checkA11y(page);
  await declareAndSend(page, lang, c(lang, "review.submit"));

  await expect(page.getByRole("heading", { level: 1, name: c(lang, "confirmation.title") })).toBeVisible();
  await expect(page.getByText(/MD-\d{4}-\d{6}/)).toBeVisible();
  await expect(page.getByText(c(lang, "workNote.badge"))).toBeVisible();
  await checkA11y(page);
  await page.getByRole("link", { name: c(lang, "confirmation.caseLink") }).click();
  await expect(page.getByRole("heading", { level: 2, name: c(lang, "versions.title") })).toBeVisible();
  await expect(page.getByRole("link", { name: "loonstrook januari.pdf" }).first()).toBeVisible();
  await checkA11y(page);
});

test("a change in Polish without JavaScript", async ({ page, checkA11y, loginAsResident, consoleGuard }, testInfo) => {
  test.skip(testInfo.project.name !== "no-js", "the Polish journey is the one without JavaScript");
  const lang: Lang = "pl";
  consoleGuard.expectErrorStatus(400, "/pl/mijn/wijziging/verhuizen");
  await page.goto(localized(lang, "/inloggen"));
  await loginAsResident(page, PEOPLE["no-js"].polish);
  await expect(page).toHaveURL(localized(lang, "/mijn"));
  await page.getByRole("link", { name: c(lang, "home.reportLink") }).click();
  await expect(page.getByRole("heading", { level: 1, name: c(lang, "start.title") })).toBeVisible();
  await checkA11y(page);
  await topicCheckbox(page, lang, "moving").check();
  await page.getByRole("button", { name: c(lang, "start.continue") }).click();

  await expect(page.getByRole("heading", { level: 1, name: c(lang, "topics.moving.label") })).toBeVisible();
  await checkA11y(page);
  await fillDate(page, lang, c(lang, "topics.moving.fields.datum.label"), today());
  await page.getByRole("textbox", { name: c(lang, "field.adres.label") }).fill("Dorpsstraat 12");
  await page.getByRole("textbox", { name: c(lang, "field.postcode.label") }).fill("3641ab");
  await page.getByRole("textbox", { name: c(lang, "field.plaats.label") }).fill("Mijdrecht");
  await page.getByRole("textbox", { name: c(lang, "topics.moving.fields.bedrag.label") }).fill("65O");
  await page.getByRole("button", { name: c(lang, "topic.saveAndContinue") }).click();
  // A letter O instead of a zero: said plainly, in Polish, with the rest kept.
  await expect(page.getByRole("link", { name: c(lang, "errors.bedrag.invalid") })).toBeVisible();
  await expect(page.getByRole("textbox", { name: c(lang, "field.adres.label") })).toHaveValue("Dorpsstraat 12");
  await checkA11y(page);
  await page.getByRole("textbox", { name: c(lang, "topics.moving.fields.bedrag.label") }).fill("650,00");
  await page.getByRole("button", { name: c(lang, "topic.saveAndContinue") }).click();

  await expect(page.getByRole("heading", { level: 1, name: c(lang, "review.title") })).toBeVisible();
  await expect(page.getByText("3641 AB")).toBeVisible();
  await checkA11y(page);
  await declareAndSend(page, lang, c(lang, "review.submit"));
  await expect(page.getByRole("heading", { level: 1, name: c(lang, "confirmation.title") })).toBeVisible();
  await checkA11y(page);
});

test("a correction before a klantmanager picks the change up, seen by both sides", async ({ page, checkA11y, loginAsResident, loginAsStaff, secondDevice }, testInfo) => {
  const project = testInfo.project.name as keyof typeof PEOPLE;
  const lang: Lang = "nl";
  await loginAsResident(page, PEOPLE[project].corrector);
  await page.goto("/mijn/wijziging");
  await topicCheckbox(page, lang, "other").check();
  await page.getByRole("button", { name: c(lang, "start.continue") }).click();
  await page.getByRole("textbox", { name: c(lang, "topics.other.fields.toelichting.label") }).fill("Mijn zoon woont een maand bij mij.");
  await page.getByRole("button", { name: c(lang, "topic.saveAndContinue") }).click();
  await declareAndSend(page, lang, c(lang, "review.submit"));
  await page.getByRole("link", { name: c(lang, "confirmation.caseLink") }).click();

  await expect(page.getByRole("heading", { level: 2, name: c(lang, "case.correctTitle") })).toBeVisible();
  await checkA11y(page);
  const caseUrl = page.url();
  await page.getByRole("link", { name: c(lang, "case.correctLink") }).click();
  await expect(page.getByRole("heading", { level: 1, name: c(lang, "start.correctionTitle") })).toBeVisible();
  await expect(topicCheckbox(page, lang, "other")).toBeChecked();
  await checkA11y(page);
  await page.getByRole("button", { name: c(lang, "start.continue") }).click();
  const text = page.getByRole("textbox", { name: c(lang, "topics.other.fields.toelichting.label") });
  await expect(text).toHaveValue("Mijn zoon woont een maand bij mij.");
  await checkA11y(page);
  await text.fill("Mijn zoon woont twee maanden bij mij.");
  await page.getByRole("button", { name: c(lang, "topic.saveAndContinue") }).click();
  await expect(page.getByRole("heading", { level: 1, name: c(lang, "review.title") })).toBeVisible();
  await checkA11y(page);
  await declareAndSend(page, lang, c(lang, "review.correctionSubmit"));

  await expect(page).toHaveURL(caseUrl);
  await expect(page.getByRole("status").filter({ hasText: c(lang, "case.corrected") })).toBeVisible();
  await expect(page.getByText(`${c(lang, "versions.version", { number: 2, date: "" }).trim()}`, { exact: false })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: t(lang, "cases.events.gecorrigeerd") })).toBeVisible();
  await checkA11y(page);

  if (project === "js") {
    const staff = await secondDevice();
    await staff.goto("/medewerker/inloggen");
    await loginAsStaff(staff, KLANTMANAGER);
    await staff.goto(`/medewerker/zaken/${caseUrl.split("/").pop()}`);
    await expect(staff.getByRole("heading", { level: 2, name: c(lang, "versions.staffTitle") })).toBeVisible();
    await expect(staff.getByText("Mijn zoon woont twee maanden bij mij.")).toBeVisible();
    await checkA11y(staff);
  }
});

async function startCheck(page: Page, lang: Lang, checkA11y: (page: Page) => Promise<void>) {
  await expect(page.getByText(new RegExp(escapeRegExp(c(lang, "home.checkTask", { date: "" }).split(".")[0]!)))).toBeVisible();
  await page.getByRole("link", { name: c(lang, "home.checkLink") }).click();
  await expect(page.getByRole("heading", { level: 1, name: c(lang, "check.title") })).toBeVisible();
  await checkA11y(page);
  await page.getByRole("link", { name: c(lang, "check.start") }).click();
}

async function answerCheckTopic(page: Page, lang: Lang, key: string, number: number, answer: "nothing" | "changed", checkA11y: (page: Page) => Promise<void>) {
  await expect(page.getByRole("heading", { level: 1, name: c(lang, `topics.${key}.label`) })).toBeVisible();
  await expect(page.getByText(c(lang, "check.progress", { number, total: TOPICS.length }), { exact: true })).toBeVisible();
  await checkA11y(page);
  await page.getByRole("button", { name: c(lang, `check.${answer}`) }).click();
}

test("a periodic check answered 'niets veranderd' on every topic", async ({ page, checkA11y, loginAsResident }, testInfo) => {
  const project = testInfo.project.name as keyof typeof PEOPLE;
  const lang: Lang = "nl";
  await loginAsResident(page, PEOPLE[project].nothingChanged);
  await startCheck(page, lang, checkA11y);
  for (const [index, key] of TOPICS.entries()) {
    if (key === "moving") {
      // What the municipality knows is shown to compare with.
      await expect(page.getByRole("heading", { name: c(lang, "check.known") })).toBeVisible();
    }
    await answerCheckTopic(page, lang, key, index + 1, "nothing", checkA11y);
  }
  await expect(page.getByRole("heading", { level: 1, name: c(lang, "check.reviewTitle") })).toBeVisible();
  await expect(page.getByText(c(lang, "check.answers.niets"), { exact: true })).toHaveCount(TOPICS.length);
  await checkA11y(page);
  await declareAndSend(page, lang, c(lang, "check.submit"));
  await expect(page.getByRole("heading", { level: 1, name: c(lang, "check.thanksTitle") })).toBeVisible();
  await expect(page.getByText(c(lang, "check.thanksNothing"))).toBeVisible();
  await checkA11y(page);

  // The task is gone; the check is listed as done.
  await page.goto("/mijn");
  await expect(page.getByRole("link", { name: c(lang, "home.checkLink") })).toHaveCount(0);
  await expect(page.getByRole("link", { name: new RegExp(`^${escapeRegExp(t(lang, "cases.types.periodieke_check"))}`) })).toBeVisible();
  await expect(page.getByText(t(lang, "cases.statuses.afgehandeld"), { exact: true })).toBeVisible();
  await checkA11y(page);
});

test("a periodic check with one change", async ({ page, checkA11y, loginAsResident }, testInfo) => {
  const project = testInfo.project.name as keyof typeof PEOPLE;
  const lang: Lang = "nl";
  await loginAsResident(page, PEOPLE[project].oneChange);
  await startCheck(page, lang, checkA11y);
  await answerCheckTopic(page, lang, "work", 1, "changed", checkA11y);

  // "Wel veranderd" leads into the change form for that topic.
  await expect(page.getByRole("heading", { level: 1, name: c(lang, "topics.work.label") })).toBeVisible();
  await checkA11y(page);
  await page.getByRole("group", { name: c(lang, "field.soort.label") }).getByRole("radio", { name: c(lang, "topics.work.options.nieuw_werk") }).check();
  await fillDate(page, lang, c(lang, "topics.work.fields.datum.label"), today());
  await page.getByRole("textbox", { name: c(lang, "field.werkgever.label") }).fill("Kwekerij De Kas");
  await page.getByRole("textbox", { name: c(lang, "field.uren.label") }).fill("20");
  await page.getByRole("button", { name: c(lang, "topic.saveAndContinue") }).click();

  for (const [index, key] of TOPICS.entries()) {
    if (index === 0) continue;
    await answerCheckTopic(page, lang, key, index + 1, "nothing", checkA11y);
  }
  await expect(page.getByRole("heading", { level: 1, name: c(lang, "check.reviewTitle") })).toBeVisible();
  await expect(page.getByText(c(lang, "check.answers.wel"), { exact: true })).toHaveCount(1);
  await expect(page.getByText("Kwekerij De Kas")).toBeVisible();
  await checkA11y(page);
  await declareAndSend(page, lang, c(lang, "check.submit"));

  await expect(page.getByRole("heading", { level: 1, name: c(lang, "check.thanksTitle") })).toBeVisible();
  await checkA11y(page);
  await page.getByRole("link", { name: new RegExp(`^${escapeRegExp(c(lang, "confirmation.caseLink"))}`) }).click();
  await expect(page.getByRole("heading", { level: 1, name: t(lang, "cases.types.wijziging") })).toBeVisible();
  await expect(page.getByText("Kwekerij De Kas")).toBeVisible();
  await checkA11y(page);
});
