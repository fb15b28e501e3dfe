import { expect, test } from "./fixtures";
import { escapeRegExp, localized, t } from "./support/locales";
import { answerRegistrationSteps } from "./support/registration-steps";
import { r } from "./support/registration-texts";
import { c } from "./support/changes-texts";

// A Servicepunt employee helps a resident who reads Arabic: the employee's pages and the bar
// stay Dutch, the resident's pages are Arabic, the resident confirms the declaration, the
// summary is printed, and ending the session takes all access away. One resident per project.
const PEOPLE: Record<string, { name: string; initials: string; bsn: string; birth: [string, string, string] }> = {
  js: { name: "Hanan Saleh", initials: "H.S.", bsn: "999995509", birth: ["18", "3", "1984"] },
  "no-js": { name: "Samir Haddad", initials: "S.H.", bsn: "999995510", birth: ["5", "9", "1977"] },
};
const SERVICEPUNT = "Youssef Haddou";
const KLANTMANAGER = "Karin Vermeulen";

// Journeys with several people and axe on every page at two widths: slower than the default 60 s
// on a busy 2-core CI machine.
test.describe.configure({ timeout: 300_000 });

test("a Servicepunt employee fills in a registration and a change report with a resident in Arabic, then ends the help session", async ({
  page,
  checkA11y,
  loginAsStaff,
  loginAsResident,
  secondDevice,
  consoleGuard,
}, testInfo) => {
  const person = PEOPLE[testInfo.project.name]!;
  const bar = page.getByRole("region", { name: new RegExp(`^${escapeRegExp(t("nl", "assist.bar", { initials: person.initials, time: "" }))}`) });

  await page.goto("/medewerker/inloggen");
  await loginAsStaff(page, SERVICEPUNT);
  await page.getByRole("link", { name: t("nl", "staffHome.helpLink") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("nl", "helpStart.title") })).toBeVisible();
  await checkA11y(page);

  await test.step("the employee identifies the resident; a wrong date of birth is refused without showing the BSN again", async () => {
    for (const path of ["/medewerker/hulp", "/medewerker/hulp.data"]) consoleGuard.expectErrorStatus(400, path);
    await page.getByRole("button", { name: t("nl", "helpStart.start") }).click();
    await expect(page.getByRole("alert").getByRole("link", { name: t("nl", "errors.help.bsnRequired") })).toBeVisible();
    await checkA11y(page);
    await page.getByRole("textbox", { name: t("nl", "helpStart.bsn") }).fill(person.bsn);
    const birth = page.getByRole("group", { name: t("nl", "helpStart.birthDate") });
    await birth.getByRole("textbox").nth(0).fill("1");
    await birth.getByRole("textbox").nth(1).fill("1");
    await birth.getByRole("textbox").nth(2).fill("1990");
    await page.getByRole("radio", { name: t("nl", "helpStart.idKinds.paspoort") }).check();
    await page.getByRole("checkbox", { name: t("nl", "helpStart.idChecked") }).check();
    await page.getByRole("checkbox", { name: t("nl", "helpStart.consent") }).check();
    await page.getByRole("button", { name: t("nl", "helpStart.start") }).click();
    await expect(page.getByRole("alert").getByRole("link", { name: t("nl", "errors.help.notFound") })).toBeVisible();
    // The server never writes the BSN back into a page; with JavaScript the box keeps what was typed.
    if (testInfo.project.name === "no-js") await expect(page.getByRole("textbox", { name: t("nl", "helpStart.bsn") })).toHaveValue("");

    await page.getByRole("textbox", { name: t("nl", "helpStart.bsn") }).fill(person.bsn);
    await birth.getByRole("textbox").nth(0).fill(person.birth[0]);
    await birth.getByRole("textbox").nth(1).fill(person.birth[1]);
    await birth.getByRole("textbox").nth(2).fill(person.birth[2]);
    await page.getByRole("radio", { name: t("nl", "helpStart.idKinds.paspoort") }).check();
    await page.getByRole("checkbox", { name: t("nl", "helpStart.idChecked") }).check();
    await page.getByRole("checkbox", { name: t("nl", "helpStart.consent") }).check();
    await page.getByRole("button", { name: t("nl", "helpStart.start") }).click();
    await expect(page).toHaveURL("/mijn");
    await expect(bar).toBeVisible();
    await checkA11y(page);
  });

  await test.step("the resident's pages in Arabic, the employee's bar in Dutch", async () => {
    await page.goto(localized("ar", "/mijn"));
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(bar).toHaveAttribute("lang", "nl");
    await expect(bar.getByRole("button", { name: t("nl", "assist.end") })).toBeVisible();
    await checkA11y(page);
  });

  let reference = "";
  await test.step("the resident confirms the answers themselves before the declaration", async () => {
    await answerRegistrationSteps(page, "ar");
    await page.goto(localized("ar", "/mijn/inschrijven/controleren"));
    await expect(page.getByRole("heading", { name: t("ar", "assist.confirmTitle") })).toBeVisible();
    await expect(page.getByText(t("ar", "assist.confirmText"))).toBeVisible();
    for (const path of ["/ar/mijn/inschrijven/controleren", "/ar/mijn/inschrijven/controleren.data"]) consoleGuard.expectErrorStatus(400, path);
    await page.getByRole("checkbox", { name: r("ar", "review.declaration") }).check();
    await page.getByRole("button", { name: r("ar", "review.submit") }).click();
    await expect(page.getByRole("alert").getByRole("link", { name: t("ar", "errors.help.residentConfirms") })).toBeVisible();
    await checkA11y(page);
    await page.getByRole("checkbox", { name: t("ar", "assist.confirmCheckbox") }).check();
    await page.getByRole("checkbox", { name: r("ar", "review.declaration") }).check();
    await page.getByRole("button", { name: r("ar", "review.submit") }).click();
    await expect(page.getByRole("heading", { level: 1, name: r("ar", "confirmation.title") })).toBeVisible();
    reference = (await page.getByText(/^MD-\d{4}-\d{6}$/).textContent())!;
  });

  let changeReference = "";
  await test.step("a change report in Arabic, which the resident confirms too", async () => {
    await page.goto(localized("ar", "/mijn"));
    await page.getByRole("link", { name: c("ar", "home.reportLink") }).click();
    await expect(page.getByRole("heading", { level: 1, name: c("ar", "start.title") })).toBeVisible();
    await expect(bar).toBeVisible();
    await checkA11y(page);
    await page.getByRole("checkbox", { name: new RegExp(`^${escapeRegExp(c("ar", "topics.health.label"))}`) }).check();
    await page.getByRole("button", { name: c("ar", "start.continue") }).click();
    await expect(page.getByRole("heading", { level: 1, name: c("ar", "topics.health.label") })).toBeVisible();
    await checkA11y(page);
    const since = page.getByRole("group", { name: c("ar", "topics.health.fields.datum.label") });
    const now = new Date();
    await since.getByRole("textbox", { name: t("ar", "dateParts.dag") }).fill(String(now.getDate()));
    await since.getByRole("textbox", { name: t("ar", "dateParts.maand") }).fill(String(now.getMonth() + 1));
    await since.getByRole("textbox", { name: t("ar", "dateParts.jaar") }).fill(String(now.getFullYear()));
    await page.getByRole("textbox", { name: c("ar", "topics.health.fields.toelichting.label") }).fill("لا أستطيع العمل أكثر من 20 ساعة في الأسبوع.");
    await page.getByRole("button", { name: c("ar", "topic.saveAndContinue") }).click();
    await expect(page.getByRole("heading", { level: 1, name: c("ar", "review.title") })).toBeVisible();
    await expect(page.getByRole("heading", { name: t("ar", "assist.confirmTitle") })).toBeVisible();
    await checkA11y(page);
    // The employee cannot declare for the resident: without the resident's own tick nothing is sent.
    for (const path of ["/ar/mijn/wijziging/controleren", "/ar/mijn/wijziging/controleren.data"]) consoleGuard.expectErrorStatus(400, path);
    await page.getByRole("checkbox", { name: c("ar", "review.declaration") }).check();
    await page.getByRole("button", { name: c("ar", "review.submit") }).click();
    await expect(page.getByRole("alert").getByRole("link", { name: t("ar", "errors.help.residentConfirms") })).toBeVisible();
    await checkA11y(page);
    await page.getByRole("checkbox", { name: t("ar", "assist.confirmCheckbox") }).check();
    await page.getByRole("checkbox", { name: c("ar", "review.declaration") }).check();
    await page.getByRole("button", { name: c("ar", "review.submit") }).click();
    await expect(page.getByRole("heading", { level: 1, name: c("ar", "confirmation.title") })).toBeVisible();
    await checkA11y(page);
    changeReference = (await page.getByText(/^MD-\d{4}-\d{6}$/).textContent())!;
  });

  await test.step("the summary, in Arabic beside the Dutch, to print", async () => {
    await bar.getByRole("link", { name: t("nl", "assist.summary") }).click();
    await expect(page.getByRole("heading", { level: 1, name: t("ar", "helpSummary.title") })).toBeVisible();
    await expect(page.locator('section[lang="ar"]').getByText(reference)).toBeVisible();
    await expect(page.locator('section[lang="nl"]').getByText(reference)).toBeVisible();
    await expect(page.locator('section[lang="ar"]').getByText(changeReference)).toBeVisible();
    await expect(page.locator('section[lang="nl"]').getByText(changeReference)).toBeVisible();
    await expect(page.locator('section[lang="nl"]').getByText(t("nl", "helpSummary.helper", { name: SERVICEPUNT, location: "" }).split(",")[0]!)).toBeVisible();
    if (testInfo.project.name === "js") await expect(page.getByRole("button", { name: t("ar", "helpSummary.print") })).toBeVisible();
    await checkA11y(page);
  });

  await test.step("ending the session takes the resident's pages away", async () => {
    await bar.getByRole("button", { name: t("nl", "assist.end") }).click();
    await expect(page).toHaveURL("/medewerker/hulp");
    await expect(page.getByRole("status").filter({ hasText: t("nl", "helpStart.ended") })).toBeVisible();
    await checkA11y(page);
    for (const path of ["/mijn", "/ar/mijn/hulp-samenvatting"]) {
      consoleGuard.expectErrorStatus(404, path);
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByText(person.name)).toHaveCount(0);
    }
  });

  await test.step("the resident sees who helped; the klantmanager sees it on the case", async () => {
    const resident = await secondDevice();
    await resident.goto("/inloggen");
    await loginAsResident(resident, person.name);
    const past = resident.getByRole("region", { name: t("nl", "assist.pastTitle") });
    await expect(past.getByText(new RegExp(escapeRegExp(SERVICEPUNT)))).toBeVisible();
    await expect(past.getByRole("link", { name: new RegExp(escapeRegExp(reference)) })).toBeVisible();
    await checkA11y(resident);

    const klantmanager = await secondDevice();
    await klantmanager.goto("/medewerker/inloggen");
    await loginAsStaff(klantmanager, KLANTMANAGER);
    await klantmanager.getByRole("link", { name: new RegExp(escapeRegExp(reference)) }).click();
    await expect(klantmanager.getByText(new RegExp(`${escapeRegExp(SERVICEPUNT)}$`))).toBeVisible();
    await klantmanager.goto("/medewerker/zaken");
    await klantmanager.getByRole("link", { name: new RegExp(escapeRegExp(changeReference)) }).click();
    await expect(klantmanager.getByText(new RegExp(`${escapeRegExp(SERVICEPUNT)}$`))).toBeVisible();
  });
});
