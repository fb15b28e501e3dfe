import { expect, test } from "./fixtures";
import { escapeRegExp, type Lang, localized, t } from "./support/locales";

// The klantmanager's day: the queue, pick up a registration, ask the resident, the resident
// answers, decide, the resident reads the decision. Each project has its own seeded resident
// with a submitted registration (db/seed/demo-cases.ts); the resident reads the decision in
// Dutch (js) or Arabic (no-js).
const PEOPLE: Record<string, { resident: string; residentLang: Lang }> = {
  js: { resident: "Bas Willems", residentLang: "nl" },
  "no-js": { resident: "Iris Koster", residentLang: "ar" },
};
const KLANTMANAGER = "Karin Vermeulen";
const OTHER_MUNICIPALITY_KLANTMANAGER = "Ruben Jansen";

// Journeys with several people and axe on every page at two widths: slower than the default 60 s
// on a busy 2-core CI machine.
test.describe.configure({ timeout: 180_000 });

test("a klantmanager picks up a registration, asks, and decides; the resident answers and reads the decision", async ({
  page,
  checkA11y,
  loginAsResident,
  loginAsStaff,
  secondDevice,
  consoleGuard,
}, testInfo) => {
  const { resident, residentLang: lang } = PEOPLE[testInfo.project.name]!;
  await page.goto("/medewerker/inloggen");
  await loginAsStaff(page, KLANTMANAGER);
  await page.getByRole("link", { name: t("nl", "staffHome.queueLink") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("nl", "queue.title") })).toBeVisible();
  await checkA11y(page);

  await test.step("filter the queue to cases nobody has picked up", async () => {
    await page.getByLabel(t("nl", "queue.filters.assignee")).selectOption("niemand");
    await page.getByRole("button", { name: t("nl", "queue.filters.apply") }).click();
    await expect(page).toHaveURL(/behandelaar=niemand/);
    await checkA11y(page);
  });

  const row = page.getByRole("row").filter({ hasText: resident });
  const reference = (await row.getByRole("link").textContent())!.trim();
  expect(reference).toMatch(/^MD-\d{4}-\d{6}$/);
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(reference);
  const caseUrl = new URL(page.url()).pathname;
  await checkA11y(page);

  await test.step("pick it up", async () => {
    await page.getByRole("button", { name: t("nl", "staffCase.pickUp") }).click();
    await expect(page.getByRole("status").filter({ hasText: t("nl", "staffCase.notices.staff-oppakken") })).toBeVisible();
    await expect(page.getByRole("button", { name: t("nl", "staffCase.pickUp") })).toHaveCount(0);
  });

  await test.step("an empty question is refused, then the question is sent", async () => {
    for (const path of [caseUrl, `${caseUrl}.data`]) consoleGuard.expectErrorStatus(400, path);
    await page.getByRole("button", { name: t("nl", "staffCase.askButton") }).click();
    const summary = page.getByRole("alert").filter({ hasText: t("nl", "errors.summaryTitle") });
    await expect(summary.getByRole("link", { name: t("nl", "errors.message.required") })).toBeVisible();
    if (testInfo.project.name === "js") await expect(summary).toBeFocused();
    await checkA11y(page);
    await page.getByRole("textbox", { name: t("nl", "staffCase.askLabel") }).fill("Wilt u uw diploma sturen?");
    await page.getByRole("button", { name: t("nl", "staffCase.askButton") }).click();
    await expect(page.getByRole("status").filter({ hasText: t("nl", "staffCase.notices.staff-aanvulling") })).toBeVisible();
    await checkA11y(page);
  });

  const residentPage = await secondDevice();
  await test.step("the resident answers", async () => {
    await residentPage.goto(localized(lang, "/inloggen"));
    await loginAsResident(residentPage, resident);
    await residentPage.getByRole("link", { name: t(lang, "residentHome.taskAnswerLink", { type: t(lang, "cases.types.registratie_werkzoekende"), reference }) }).click();
    await residentPage.getByRole("textbox", { name: t(lang, "cases.message.answerLabel") }).fill("Mijn diploma komt morgen.");
    await residentPage.getByRole("button", { name: t(lang, "cases.message.sendAnswer") }).click();
    await expect(residentPage.getByRole("status").filter({ hasText: t(lang, "cases.notice.answer-sent") })).toBeVisible();
  });

  await test.step("the klantmanager sees the answer and decides with a template", async () => {
    await page.goto(caseUrl);
    await expect(page.getByText("Mijn diploma komt morgen.")).toBeVisible();
    await expect(page.getByText(t("nl", "queue.statuses.in_behandeling"), { exact: true })).toBeVisible();
    await page.getByRole("radio", { name: `${t("nl", "queue.statuses.toegekend")}: ${t("nl", "decisions.templateNames.voldoet")}` }).check();
    await page.getByRole("button", { name: t("nl", "staffCase.decideUseTemplate") }).click();
    const text = page.getByRole("textbox", { name: t("nl", "staffCase.decideText") });
    await expect(text).toHaveValue(t("nl", "decisions.templates.voldoet"));
    await checkA11y(page);
    await text.fill(`${t("nl", "decisions.templates.voldoet")} Uw klantmanager belt u deze week.`);
    await page.getByRole("button", { name: t("nl", "staffCase.decideButton") }).click();
    await expect(page.getByRole("status").filter({ hasText: t("nl", "staffCase.notices.staff-besluit") })).toBeVisible();
    await checkA11y(page);
  });

  await test.step("the resident reads the decision in their language, with the Dutch text beside it", async () => {
    await residentPage.reload();
    const decision = residentPage.getByRole("region", { name: t(lang, "decisions.title") });
    await expect(decision.getByText(t(lang, "cases.statuses.toegekend"))).toBeVisible();
    await expect(decision.locator('[lang="nl"]')).toContainText("Uw klantmanager belt u deze week.");
    if (lang !== "nl") await expect(decision.getByText(t(lang, "decisions.templates.voldoet"))).toBeVisible();
    await expect(decision.getByText(t(lang, "decisions.objection"))).toBeVisible();
    await checkA11y(residentPage);
  });

  await test.step("a klantmanager of another municipality cannot open the case by its URL", async () => {
    const other = await secondDevice();
    await other.goto("/medewerker/inloggen");
    await loginAsStaff(other, OTHER_MUNICIPALITY_KLANTMANAGER);
    consoleGuard.expectErrorStatus(404, caseUrl);
    const response = await other.goto(caseUrl);
    expect(response?.status()).toBe(404);
    await expect(other.getByText(reference)).toHaveCount(0);
  });
});

test("the queue reads well in Arabic and Ukrainian", async ({ page, checkA11y, loginAsStaff }) => {
  await page.goto("/medewerker/inloggen");
  await loginAsStaff(page, KLANTMANAGER);
  for (const lang of ["ar", "uk"] as const) {
    await page.goto(localized(lang, "/medewerker/zaken"));
    await expect(page.getByRole("heading", { level: 1, name: t(lang, "queue.title") })).toBeVisible();
    await expect(page.getByRole("table", { name: new RegExp(escapeRegExp(t(lang, "queue.caption"))) })).toBeVisible();
    await checkA11y(page);
  }
});
