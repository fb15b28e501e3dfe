import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { escapeRegExp, t } from "./support/locales";
import { peopleFor } from "./support/people";

const PATH = "/mijn/contactgegevens";
const nl = (key: string) => t("nl", key);

function form(page: Page) {
  return {
    email: page.getByRole("textbox", { name: nl("contact.email.label") }),
    mobile: page.getByRole("textbox", { name: nl("contact.mobile.label") }),
    reminders: page.getByRole("group", { name: nl("contact.reminderChannel.legend") }),
    language: page.getByRole("group", { name: nl("contact.preferredLanguage.legend") }),
    save: page.getByRole("button", { name: nl("contact.save") }),
  };
}

/**
 * What a resident must get after a failed submit: "Fout:" before the page title, a summary
 * that lists each problem as a link to its field, and each message tied to its field, so a
 * screen reader reads it when the field gets focus.
 */
async function expectErrors(page: Page, javaScript: boolean, problems: Array<{ field: Locator; message: string }>) {
  await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(nl("errors.titlePrefix"))} ${escapeRegExp(nl("contact.title"))}`));
  const summary = page.getByRole("alert", { name: nl("errors.summaryTitle") });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link")).toHaveCount(problems.length);
  for (const { field, message } of problems) {
    const link = summary.getByRole("link", { name: message, exact: true });
    await expect(link).toBeVisible();
    // The link leads to the field itself (or, for a group of radio buttons, to its first option).
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toMatch(/^#./);
    const leadsToField = await field.evaluate((el, id) => el.id === id || el.querySelector(`[id="${CSS.escape(id)}"]`) !== null, href.slice(1));
    expect(leadsToField, `the summary link "${message}" leads to its field`).toBe(true);
    await expect(field).toHaveAccessibleDescription(new RegExp(`${escapeRegExp(nl("errors.fieldPrefix"))}\\s*${escapeRegExp(message)}`));
  }
  // Moving focus needs JavaScript; without it the summary is simply the first thing in the main content.
  if (javaScript) await expect(summary).toBeFocused();
}

test("contact details: problems are explained, then the details are saved and shown back", async ({ page, checkA11y, loginAsResident, consoleGuard, javaScriptEnabled }, testInfo) => {
  const javaScript = javaScriptEnabled !== false;
  const { contact } = peopleFor(testInfo.project.name);
  // Without JavaScript the server answers an invalid form with 400, which Chromium logs.
  consoleGuard.expectErrorStatus(400, PATH);

  await page.goto(PATH);
  await loginAsResident(page, contact.name);
  await expect(page).toHaveURL(PATH);
  const fields = form(page);
  await expect(page).toHaveTitle(`${nl("contact.title")} – Meedoen`);
  await expect(fields.email).toHaveValue("");
  await expect(page.getByRole("radio", { name: "Nederlands" })).toBeChecked();
  await checkA11y(page);

  await test.step("nothing chosen", async () => {
    await fields.save.click();
    await expectErrors(page, javaScript, [{ field: fields.reminders, message: nl("errors.reminderChannel.required") }]);
    await checkA11y(page);
  });

  await test.step("an e-mail address and a mobile number that are not right", async () => {
    // Typed key by key, as a person does: live checks while typing must not move focus away.
    await fields.email.pressSequentially("niet-een-mail");
    await expect(fields.email).toBeFocused();
    await fields.mobile.pressSequentially("12345");
    await expect(fields.mobile).toBeFocused();
    await fields.reminders.getByRole("radio", { name: nl("contact.reminderChannel.sms") }).check();
    await fields.save.click();
    await expectErrors(page, javaScript, [
      { field: fields.email, message: nl("errors.email.invalid") },
      { field: fields.mobile, message: nl("errors.mobile.invalid") },
    ]);
    // Nothing typed is lost.
    await expect(fields.email).toHaveValue("niet-een-mail");
    await expect(fields.mobile).toHaveValue("12345");
    await expect(fields.reminders.getByRole("radio", { name: nl("contact.reminderChannel.sms") })).toBeChecked();
    await checkA11y(page);
  });

  await test.step("reminders by sms without a mobile number", async () => {
    await fields.email.fill("bewoner@example.nl");
    await fields.mobile.fill("");
    await fields.save.click();
    await expectErrors(page, javaScript, [{ field: fields.mobile, message: nl("errors.mobile.requiredForReminders") }]);
    await expect(fields.email).toHaveValue("bewoner@example.nl");
    await checkA11y(page);
  });

  await test.step("everything right: saved and shown back", async () => {
    await fields.mobile.fill("0612345678");
    await fields.language.getByRole("radio", { name: "Polski" }).check();
    await fields.save.click();

    await expect(page.getByRole("status").filter({ hasText: nl("contact.saved") })).toBeVisible();
    await expect(page).toHaveURL(PATH);
    await expect(page).toHaveTitle(`${nl("contact.title")} – Meedoen`);
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expect(fields.email).toHaveValue("bewoner@example.nl");
    await expect(fields.mobile).toHaveValue("06 1234 5678");
    await expect(fields.reminders.getByRole("radio", { name: nl("contact.reminderChannel.sms") })).toBeChecked();
    await expect(fields.language.getByRole("radio", { name: "Polski" })).toBeChecked();
    await expect(fields.email).not.toHaveAttribute("aria-invalid", "true");
    await checkA11y(page);
  });

  await test.step("still there on the next visit; the message was for once", async () => {
    await page.reload();
    await expect(fields.email).toHaveValue("bewoner@example.nl");
    await expect(fields.mobile).toHaveValue("06 1234 5678");
    await expect(fields.reminders.getByRole("radio", { name: nl("contact.reminderChannel.sms") })).toBeChecked();
    await expect(page.getByRole("status").filter({ hasText: nl("contact.saved") })).toHaveCount(0);
    await checkA11y(page);
  });
});
