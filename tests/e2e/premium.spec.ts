import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { escapeRegExp, type Lang, localized, t } from "./support/locales";
import { p } from "./support/premium-texts";

// The uitstroompremie: the check, the application with uploads, the klantmanager's view, and a
// beheerder's new rule version. Each project has its own residents (db/seed/identities.ts), and
// each project changes the rules of a municipality no other journey applies in: Nijkerk (js) and
// Pijnacker-Nootdorp (no-js). Lansingerland and Gooise Meren keep their seeded rules.
const JOURNEY = {
  js: { lang: "nl", resident: "Priya Ramdin", klantmanager: "Karin Vermeulen", slug: "lansingerland" },
  "no-js": { lang: "uk", resident: "Oksana Melnyk", klantmanager: "Ruben Jansen", slug: "gooise-meren" },
} as const;
const NOT_ELIGIBLE = { js: "Thijs Vermeer", "no-js": "Rana Saleh" } as const; // both in Gooise Meren
const VERSIONING = {
  js: { beheerder: "Wouter Kok", resident: "Gerrit Hoekman", klantmanager: "Femke de Jong", slug: "nijkerk", before: 500_00, after: "600", afterCents: 600_00, budget: 15_000_00 },
  "no-js": { beheerder: "Hanneke Bos", resident: "Noah Pinas", klantmanager: "Ayoub El Idrissi", slug: "pijnacker-nootdorp", before: 750_00, after: "800", afterCents: 800_00, budget: null },
} as const;
type Project = keyof typeof JOURNEY;

// Every page of the journey is checked with axe at two widths: these journeys need time.
test.describe.configure({ timeout: 300_000 });

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
// The first bytes of a JPEG, as a phone camera makes it.
const PHOTO = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01]);
const PROGRAM = Buffer.from("MZ\x90\x00 this is not a pdf");

// Dates relative to today, on the 15th of a month so every run gives the same outcome.
function monthsAgo(months: number, day = 15): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, day)).toISOString().slice(0, 10);
}
// Formatted like the server does (app/lib/format-date.server.ts, features/premium/explain.server.ts).
const longDate = (lang: Lang, iso: string) => new Intl.DateTimeFormat(lang, { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" }).format(new Date(`${iso}T12:00:00Z`));
const euro = (lang: Lang, cents: number) => new Intl.NumberFormat(lang, { style: "currency", currency: "EUR", minimumFractionDigits: cents % 100 === 0 ? 0 : 2 }).format(cents / 100);

type Answers = {
  benefitStart: string;
  benefitEnd: string;
  workStart: string;
  reported?: string;
  continuous?: boolean;
};

async function fillDate(page: Page, lang: Lang, legendKey: string, iso: string) {
  const group = page.getByRole("group", { name: p(lang, legendKey), exact: true });
  const [year, month, day] = iso.split("-");
  await group.getByRole("textbox", { name: t(lang, "dateParts.dag") }).fill(String(Number(day)));
  await group.getByRole("textbox", { name: t(lang, "dateParts.maand") }).fill(String(Number(month)));
  await group.getByRole("textbox", { name: t(lang, "dateParts.jaar") }).fill(year!);
}

async function choose(page: Page, lang: Lang, legendKey: string, optionKey: string) {
  await page
    .getByRole("group", { name: p(lang, legendKey), exact: true })
    .getByRole("radio", { name: p(lang, optionKey), exact: true })
    .check();
}

/** The check: bijstand, stopped completely, employed for 32 hours, permanent contract, no subsidy. */
async function answerCheck(page: Page, lang: Lang, a: Answers) {
  await choose(page, lang, "check.benefitType", "check.benefitOptions.participatiewet");
  await fillDate(page, lang, "check.benefitStart", a.benefitStart);
  if (a.continuous) await choose(page, lang, "check.continuous", "yesNo.ja");
  await choose(page, lang, "check.exitType", "check.exitOptions.helemaal");
  await fillDate(page, lang, "check.benefitEnd", a.benefitEnd);
  await fillDate(page, lang, "check.workStart", a.workStart);
  await choose(page, lang, "check.workType", "check.workOptions.loondienst");
  await page.getByRole("textbox", { name: p(lang, "check.hours") }).fill("32");
  await choose(page, lang, "check.contract", "check.contractOptions.vast");
  await choose(page, lang, "check.subsidy", "check.subsidyOptions.nee");
  if (a.reported) await fillDate(page, lang, "check.reported", a.reported);
}

/** Work, evidence and account, valid the first time (the Dutch journey checks the problems). */
async function applyQuickly(page: Page, lang: Lang, checkA11y: (page: Page) => Promise<void>, evidence: Array<"contract" | "payslips" | "bank_account">) {
  await page.getByRole("link", { name: p(lang, "result.apply") }).click();
  await expect(page.getByRole("heading", { level: 1, name: p(lang, "work.title") })).toBeVisible();
  await page.getByRole("textbox", { name: p(lang, "work.employer.employed") }).fill("Bouwbedrijf De Wit");
  await page.getByRole("textbox", { name: p(lang, "work.jobTitle.employed") }).fill("Timmerman");
  await page.getByRole("button", { name: p(lang, "saveAndContinue"), exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: p(lang, "evidence.title") })).toBeVisible();
  for (const item of evidence) {
    const label = p(lang, `evidence.items.${item}.label`, { months: 6 });
    await page.getByLabel(label, { exact: true }).setInputFiles({ name: `${item}.pdf`, mimeType: "application/pdf", buffer: PDF });
  }
  await page.getByRole("button", { name: p(lang, "saveAndContinue"), exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: p(lang, "account.title") })).toBeVisible();
  await page.getByRole("textbox", { name: p(lang, "account.iban") }).fill("NL91ABNA0417164300");
  await page.getByRole("button", { name: p(lang, "saveAndContinue"), exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: p(lang, "review.title") })).toBeVisible();
  await checkA11y(page);
}

async function sendAndReadReference(page: Page, lang: Lang, checkA11y: (page: Page) => Promise<void>) {
  await page.getByRole("checkbox", { name: p(lang, "review.declaration") }).check();
  await page.getByRole("button", { name: p(lang, "review.submit") }).click();
  await expect(page.getByRole("heading", { level: 1, name: p(lang, "confirmation.title") })).toBeVisible();
  await expect(page).toHaveURL(localized(lang, "/mijn/uitstroompremie/bevestiging"));
  const reference = (await page.getByText(/^MD-\d{4}-\d{6}$/).textContent())!.trim();
  await checkA11y(page);
  const caseHref = await page.getByRole("link", { name: p(lang, "confirmation.caseLink") }).getAttribute("href");
  return { reference, caseId: caseHref!.split("/").pop()! };
}

// Dutch with JavaScript, Ukrainian without.
test("checks and applies with uploads; the klantmanager reads the same explanation in Dutch", async ({
  page,
  checkA11y,
  loginAsResident,
  loginAsStaff,
  secondDevice,
  consoleGuard,
  javaScriptEnabled,
}, testInfo) => {
  const { lang, resident, klantmanager, slug } = JOURNEY[testInfo.project.name as Project];
  const gooiseMeren = slug === "gooise-meren";
  // Gooise Meren: 27 or older, 6 months of benefit and of work, job reported in 4 weeks, apply within 9 months.
  const answers: Answers = gooiseMeren
    ? { benefitStart: monthsAgo(31), benefitEnd: monthsAgo(7), workStart: monthsAgo(7, 16), reported: monthsAgo(7, 20) }
    : { benefitStart: monthsAgo(30), benefitEnd: monthsAgo(12), workStart: monthsAgo(12, 16) };
  for (const path of ["vragen", "bewijs", "rekening", "controleren"]) {
    consoleGuard.expectErrorStatus(400, localized(lang, `/mijn/uitstroompremie/${path}`));
    consoleGuard.expectErrorStatus(400, localized(lang, `/mijn/uitstroompremie/${path}.data`));
  }

  await page.goto(localized(lang, "/inloggen"));
  await loginAsResident(page, resident);
  await expect(page).toHaveURL(localized(lang, "/mijn"));
  await page.getByRole("link", { name: t(lang, "residentHome.premiumLink") }).click();
  await expect(page.getByRole("heading", { level: 1, name: p(lang, "start.title") })).toBeVisible();
  await expect(page.getByText(p(lang, "rules.tier_full", { amount: euro(lang, gooiseMeren ? 750_00 : 500_00) }))).toBeVisible();
  await checkA11y(page);
  await page.getByRole("link", { name: p(lang, "start.begin") }).click();
  await expect(page.getByRole("heading", { level: 1, name: p(lang, "check.title") })).toBeVisible();
  // What the municipality knows is shown, not asked.
  await expect(page.getByText(p(lang, "known.title"))).toBeVisible();
  await checkA11y(page);

  await test.step("an impossible date order is explained, and what was typed stays", async () => {
    await answerCheck(page, lang, { ...answers, benefitEnd: monthsAgo(40) });
    await page.getByRole("button", { name: p(lang, "check.submit") }).click();
    await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(t(lang, "errors.titlePrefix"))} `));
    const summary = page.getByRole("alert");
    await expect(summary.getByRole("link", { name: t(lang, "errors.premium.benefitEnd.beforeStart") })).toBeVisible();
    if (javaScriptEnabled !== false) await expect(summary).toBeFocused();
    await expect(page.getByRole("group", { name: p(lang, "check.benefitEnd"), exact: true })).toHaveAccessibleDescription(new RegExp(escapeRegExp(t(lang, "errors.premium.benefitEnd.beforeStart"))));
    await expect(page.getByRole("textbox", { name: p(lang, "check.hours") })).toHaveValue("32");
    await checkA11y(page);
    await fillDate(page, lang, "check.benefitEnd", answers.benefitEnd);
    await page.getByRole("button", { name: p(lang, "check.submit") }).click();
  });

  await test.step("the result explains each condition, the amount and the dates", async () => {
    await expect(page.getByRole("heading", { level: 1, name: p(lang, "result.title") })).toBeVisible();
    await expect(page.getByText(p(lang, "outcome.eligible.title"))).toBeVisible();
    await expect(page.getByText(p(lang, "outcome.amount", { amount: euro(lang, gooiseMeren ? 750_00 : 500_00) }))).toBeVisible();
    await expect(page.getByText(p(lang, "status.met"), { exact: true })).toHaveCount(gooiseMeren ? 8 : 5);
    await expect(page.getByText(p(lang, "status.not_met"), { exact: true })).toHaveCount(0);
    if (gooiseMeren) {
      const window = { opensOn: longDate(lang, monthsAgo(7, 16)), closesOn: longDate(lang, monthsAgo(-2)) };
      await expect(page.getByRole("region", { name: p(lang, "result.outcomeTitle") }).getByText(p(lang, "outcome.window", window))).toBeVisible();
    }
    await checkA11y(page);
    await page.getByRole("link", { name: p(lang, "result.apply") }).click();
  });

  await test.step("work details", async () => {
    await expect(page.getByRole("heading", { level: 1, name: p(lang, "work.title") })).toBeVisible();
    await checkA11y(page);
    await page.getByRole("textbox", { name: p(lang, "work.employer.employed") }).fill("Kwekerij De Tuin");
    await page.getByRole("textbox", { name: p(lang, "work.jobTitle.employed") }).fill("Teler");
    await page.getByRole("button", { name: p(lang, "saveAndContinue"), exact: true }).click();
  });

  await test.step("evidence: a program is refused, a PDF and a phone photo are taken, several per item", async () => {
    await expect(page.getByRole("heading", { level: 1, name: p(lang, "evidence.title") })).toBeVisible();
    await checkA11y(page);
    const contract = page.getByLabel(p(lang, "evidence.items.contract.label"), { exact: true });
    const payslips = page.getByLabel(p(lang, "evidence.items.payslips.label", { months: 6 }), { exact: true });
    const bank = page.getByLabel(p(lang, "evidence.items.bank_account.label"), { exact: true });
    await contract.setInputFiles({ name: "contract.pdf", mimeType: "application/pdf", buffer: PROGRAM });
    await bank.setInputFiles({ name: "IMG_2041.jpg", mimeType: "image/jpeg", buffer: PHOTO });
    await page.getByRole("button", { name: p(lang, "evidence.upload") }).click();
    await expect(page.getByRole("alert").getByRole("link", { name: t(lang, "errors.upload.wrongType") })).toBeVisible();
    // The good photo in the same post was kept.
    await expect(page.getByText("IMG_2041.jpg")).toBeVisible();
    await checkA11y(page);

    await contract.setInputFiles({ name: "contract.pdf", mimeType: "application/pdf", buffer: PDF });
    await payslips.setInputFiles([
      { name: "loonstrook-1.pdf", mimeType: "application/pdf", buffer: PDF },
      { name: "loonstrook-2.jpg", mimeType: "image/jpeg", buffer: PHOTO },
    ]);
    await page.getByRole("button", { name: p(lang, "evidence.upload") }).click();
    await expect(page.getByRole("status").filter({ hasText: p(lang, "evidence.notices.premium-files-added") })).toBeVisible();
    for (const file of ["contract.pdf", "loonstrook-1.pdf", "loonstrook-2.jpg", "IMG_2041.jpg"]) await expect(page.getByText(file, { exact: true })).toBeVisible();
    await checkA11y(page);
    await page.getByRole("button", { name: p(lang, "saveAndContinue"), exact: true }).click();
  });

  await test.step("an IBAN with a wrong check digit is explained and kept", async () => {
    await expect(page.getByRole("heading", { level: 1, name: p(lang, "account.title") })).toBeVisible();
    const iban = page.getByRole("textbox", { name: p(lang, "account.iban") });
    await iban.fill("NL91 ABNA 0417 1643 01");
    await page.getByRole("button", { name: p(lang, "saveAndContinue"), exact: true }).click();
    await expect(page.getByRole("alert").getByRole("link", { name: t(lang, "errors.premium.iban.invalid") })).toBeVisible();
    await expect(iban).toHaveValue("NL91 ABNA 0417 1643 01");
    await checkA11y(page);
    await iban.fill("nl91 abna 0417 1643 00");
    await page.getByRole("button", { name: p(lang, "saveAndContinue"), exact: true }).click();
  });

  const { reference, caseId } = await test.step("check your answers, declare, send", async () => {
    await expect(page.getByRole("heading", { level: 1, name: p(lang, "review.title") })).toBeVisible();
    await expect(page.getByText("NL91 ABNA 0417 1643 00")).toBeVisible();
    await expect(page.getByText("loonstrook-1.pdf, loonstrook-2.jpg")).toBeVisible();
    await checkA11y(page);
    await page.getByRole("button", { name: p(lang, "review.submit") }).click();
    await expect(page.getByRole("alert").getByRole("link", { name: t(lang, "errors.premium.declaration.required") })).toBeVisible();
    await checkA11y(page);
    return sendAndReadReference(page, lang, checkA11y);
  });

  await test.step("sending again makes no second case", async () => {
    await page.goto(localized(lang, "/mijn/uitstroompremie/controleren"));
    await expect(page).toHaveURL(localized(lang, "/mijn/uitstroompremie/bevestiging"));
    await page.goto(localized(lang, "/mijn"));
    await expect(page.getByRole("link", { name: new RegExp(escapeRegExp(reference)) })).toHaveCount(1);
    await expect(page.getByRole("link", { name: t(lang, "residentHome.premiumLink") })).toHaveCount(0);
    await checkA11y(page);
  });

  await test.step("the klantmanager sees the evaluation, in Dutch, next to the evidence", async () => {
    const staff = await secondDevice();
    await staff.goto("/medewerker/inloggen");
    await loginAsStaff(staff, klantmanager);
    await staff.goto(`/medewerker/zaken/${caseId}`);
    const section = staff.getByRole("region", { name: p("nl", "staff.title") });
    await expect(section.getByText(p("nl", "outcome.eligible.title"))).toBeVisible();
    await expect(section.getByText(p("nl", "staff.evaluationIntro", { date: longDate("nl", new Date().toISOString().slice(0, 10)), version: "1" }))).toBeVisible();
    await expect(section.getByText(p("nl", "status.met"), { exact: true })).toHaveCount(gooiseMeren ? 8 : 5);
    await expect(section.getByRole("link", { name: "loonstrook-2.jpg" })).toBeVisible();
    await expect(section.getByText(p("nl", "staff.noBudget"))).toBeVisible();
    await expect(section.getByText("NL91 ABNA 0417 1643 00")).toBeVisible();
    await checkA11y(staff);
  });
});

test("a resident whose window has closed is told why, kindly, and still applies", async ({ page, checkA11y, loginAsResident, consoleGuard }, testInfo) => {
  const resident = NOT_ELIGIBLE[testInfo.project.name as Project];
  consoleGuard.expectErrorStatus(400, "/mijn/uitstroompremie/controleren");
  consoleGuard.expectErrorStatus(400, "/mijn/uitstroompremie/controleren.data");
  // Gooise Meren: apply within 9 months after the benefit stopped; this benefit stopped 11 months ago.
  const answers: Answers = { benefitStart: monthsAgo(35), benefitEnd: monthsAgo(11), workStart: monthsAgo(11, 16), reported: monthsAgo(11, 20) };
  const closesOn = longDate("nl", monthsAgo(2));

  await page.goto("/inloggen");
  await loginAsResident(page, resident);
  await page.goto("/mijn/uitstroompremie/vragen");
  await expect(page.getByRole("heading", { level: 1, name: p("nl", "check.title") })).toBeVisible();
  await answerCheck(page, "nl", answers);
  await page.getByRole("button", { name: p("nl", "check.submit") }).click();

  await expect(page.getByText(p("nl", "outcome.not_eligible.title"))).toBeVisible();
  const window = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: p("nl", "conditions.application_window.title") }) });
  await expect(window.getByText(p("nl", "status.not_met"), { exact: true })).toBeVisible();
  await expect(window.getByText(p("nl", "conditions.application_window.late", { closesOn }))).toBeVisible();
  await expect(page.getByText(p("nl", "result.nextAnyway"))).toBeVisible();
  await checkA11y(page);

  await applyQuickly(page, "nl", checkA11y, ["contract", "payslips", "bank_account"]);
  await expect(page.getByText(p("nl", "review.windowClosed", { date: closesOn }))).toBeVisible();
  await page.getByRole("checkbox", { name: p("nl", "review.declaration") }).check();
  await page.getByRole("button", { name: p("nl", "review.submit") }).click();
  // Sending anyway is a choice the resident makes knowingly.
  await expect(page.getByRole("alert").getByRole("link", { name: t("nl", "errors.premium.windowClosed") })).toBeVisible();
  await checkA11y(page);
  await page.getByRole("checkbox", { name: p("nl", "review.applyAnyway") }).check();
  await sendAndReadReference(page, "nl", checkA11y);
});

test("a beheerder changes an amount; a new application uses the new version", async ({ page, checkA11y, loginAsResident, loginAsStaff, secondDevice, consoleGuard }, testInfo) => {
  const run = VERSIONING[testInfo.project.name as Project];
  consoleGuard.expectErrorStatus(400, "/medewerker/instellingen/uitstroompremie");
  consoleGuard.expectErrorStatus(400, "/medewerker/instellingen/uitstroompremie.data");

  await test.step("the beheerder reads the rules and saves a new amount as version 2", async () => {
    await page.goto("/medewerker/inloggen");
    await loginAsStaff(page, run.beheerder);
    await page.goto("/medewerker/instellingen");
    await page.getByRole("link", { name: t("nl", "settings.premiumLink") }).click();
    await expect(page.getByRole("heading", { level: 1, name: p("nl", "admin.title") })).toBeVisible();
    await expect(page.getByRole("heading", { name: p("nl", "admin.currentTitle", { version: 1 }) })).toBeVisible();
    await expect(page.getByText(p("nl", "rules.tier_full", { amount: euro("nl", run.before) }))).toBeVisible();
    await checkA11y(page);
    const amount = page.getByRole("textbox", { name: p("nl", "admin.tierFull", { key: "uitstroompremie" }) });
    await amount.fill("zeshonderd");
    await page.getByRole("button", { name: p("nl", "admin.save") }).click();
    await expect(page.getByRole("alert").getByRole("link", { name: t("nl", "errors.premium.rules.amount") })).toBeVisible();
    await checkA11y(page);
    await amount.fill(run.after);
    await page.getByRole("button", { name: p("nl", "admin.save") }).click();
    await expect(page.getByRole("status").filter({ hasText: p("nl", "admin.saved", { version: 2 }) })).toBeVisible();
    await expect(page.getByRole("heading", { name: p("nl", "admin.currentTitle", { version: 2 }) })).toBeVisible();
    await expect(page.getByText(p("nl", "rules.tier_full", { amount: euro("nl", run.afterCents) }))).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: run.beheerder })).toHaveCount(1);
    await checkA11y(page);
  });

  const { caseId } = await test.step("a resident checks and applies with the new amount", async () => {
    const resident = await secondDevice();
    await resident.goto("/inloggen");
    await loginAsResident(resident, run.resident);
    await resident.goto("/mijn/uitstroompremie");
    await expect(resident.getByText(p("nl", "rules.tier_full", { amount: euro("nl", run.afterCents) }))).toBeVisible();
    await resident.getByRole("link", { name: p("nl", "start.begin") }).click();
    // Nijkerk: apply 6 to 12 months after the benefit; Pijnacker-Nootdorp: 12 months of continuous benefit.
    await answerCheck(resident, "nl", { benefitStart: monthsAgo(30), benefitEnd: monthsAgo(8), workStart: monthsAgo(8, 16), continuous: run.slug === "pijnacker-nootdorp" });
    await resident.getByRole("button", { name: p("nl", "check.submit") }).click();
    await expect(resident.getByText(p("nl", "outcome.eligible.title"))).toBeVisible();
    await expect(resident.getByText(p("nl", "outcome.amount", { amount: euro("nl", run.afterCents) }))).toBeVisible();
    await checkA11y(resident);
    await applyQuickly(resident, "nl", checkA11y, run.slug === "nijkerk" ? ["contract", "payslips", "bank_account"] : ["contract", "bank_account"]);
    return sendAndReadReference(resident, "nl", checkA11y);
  });

  await test.step("the klantmanager sees the version and the amount the case was checked with", async () => {
    const staff = await secondDevice();
    await staff.goto("/medewerker/inloggen");
    await loginAsStaff(staff, run.klantmanager);
    await staff.goto(`/medewerker/zaken/${caseId}`);
    const section = staff.getByRole("region", { name: p("nl", "staff.title") });
    await expect(section.getByText(new RegExp(escapeRegExp(p("nl", "staff.evaluationIntro", { date: "§", version: 2 }).split("§")[1]!)))).toBeVisible();
    await expect(section.getByText(p("nl", "outcome.amount", { amount: euro("nl", run.afterCents) }))).toBeVisible();
    if (run.budget) {
      // Nothing granted yet this year: the whole budget is left (shown as the budget and as what is left).
      await expect(section.getByText(euro("nl", run.budget), { exact: true })).toHaveCount(2);
      await expect(section.getByText(euro("nl", 0), { exact: true })).toBeVisible();
    }
    await checkA11y(staff);
  });
});
