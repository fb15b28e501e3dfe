import { expect, test } from "./fixtures";
import { localized } from "./support/locales";
import { rt } from "./support/rights-texts";

// The pages residents open first only show content: HTML and CSS, no React, no page data
// (issue 10). Read-aloud still works, as a small script of its own, where the browser can speak.
const CONTENT_PAGES = ["/", "/lansingerland", "/lansingerland/rechten-en-plichten"];

test("content pages load no framework JavaScript, in every language direction", async ({ page, checkA11y }) => {
  for (const lang of ["nl", "ar"] as const) {
    for (const path of CONTENT_PAGES) {
      await page.goto(localized(lang, path));
      await expect(page.locator("h1")).toBeVisible();
      await expect(page.locator('script[type="module"], link[rel="modulepreload"]'), path).toHaveCount(0);
      await expect(page.locator("script:not([src])"), path).toHaveCount(0);
      await checkA11y(page);
    }
  }
});

test("read-aloud appears only where it can work", async ({ page }, testInfo) => {
  // Headless Chromium has no voices (an utterance fails at once): record what would be spoken.
  await page.addInitScript(() => {
    const spoken: Array<{ text: string; lang: string }> = [];
    Object.assign(window, { spoken });
    window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => void spoken.push({ text: utterance.text, lang: utterance.lang });
    window.speechSynthesis.cancel = () => undefined;
  });
  await page.goto("/lansingerland/rechten-en-plichten");
  const buttons = page.getByRole("button", { name: rt("nl", "readAloud") });
  if (testInfo.project.name === "no-js") {
    // Without JavaScript a button that does nothing would only confuse.
    await expect(buttons).toHaveCount(0);
    return;
  }
  const first = buttons.first();
  await expect(first).toBeVisible();
  await expect(first).toHaveAttribute("aria-pressed", "false");
  await first.click();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: Array<{ text: string; lang: string }> }).spoken);
  expect(spoken).toHaveLength(1);
  expect(spoken[0]!.lang).toBe("nl");
  expect(spoken[0]!.text.length).toBeGreaterThan(40);
  await expect(page.getByRole("button", { name: rt("nl", "stopReading") }).first()).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: rt("nl", "stopReading") }).first().click();
  await expect(first).toHaveAttribute("aria-pressed", "false");
});
