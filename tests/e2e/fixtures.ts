import AxeBuilder from "@axe-core/playwright";
import { test as base, type BrowserContext, expect, type ConsoleMessage, type Page } from "@playwright/test";
import { escapeRegExp, type Lang, LANGUAGES, localized, t } from "./support/locales";

export { expect };

// WCAG 2.0, 2.1 and 2.2 at levels A and AA: what Dutch government sites must meet (EN 301 549).
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
// Every page is checked as a small phone (320 CSS px, the WCAG reflow width) and a desktop.
export const A11Y_WIDTHS = [320, 1280] as const;

export type ConsoleGuard = {
  /** Errors seen so far (console.error and uncaught exceptions), each with where it came from. */
  readonly errors: readonly string[];
  /**
   * Accepts the one console error the browser itself logs when a page the test requested on
   * purpose answers with an error status ("Failed to load resource: … status of 404"), for
   * that document only. Never for anything the app's own code logs.
   */
  expectErrorStatus(status: number, path: string): void;
  /** Returns the errors seen so far and forgets them (for the guard's own negative control). */
  take(): string[];
  /** Starts watching a page of another context (the `secondDevice` fixture does this). */
  watch(page: Page): void;
};

type Fixtures = {
  consoleGuard: ConsoleGuard;
  /** axe with the WCAG A/AA tags at 320 px and 1280 px wide, plus the reflow check at 320 px. */
  checkA11y: (page: Page) => Promise<void>;
  /** Logs in through the development identity provider; checks both pages on the way. */
  loginAsResident: (page: Page, name: string) => Promise<void>;
  loginAsStaff: (page: Page, name: string) => Promise<void>;
  /** A page in a second browser context with the project's settings: another device. */
  secondDevice: () => Promise<Page>;
};

export const test = base.extend<Fixtures>({
  consoleGuard: [
    async ({ context, baseURL }, use, testInfo) => {
      const errors: string[] = [];
      const expected: Array<{ text: string; url: string }> = [];
      const watched = new WeakSet<Page>();
      const watch = (page: Page) => {
        if (watched.has(page)) return;
        watched.add(page);
        page.on("console", (message: ConsoleMessage) => {
          if (message.type() !== "error") return;
          const text = message.text();
          const source = message.location().url;
          if (expected.some((e) => text.startsWith(e.text) && source === e.url)) return;
          errors.push(`console.error on ${page.url()}: ${text}${source ? ` (${source})` : ""}`);
        });
        page.on("pageerror", (error) => errors.push(`uncaught ${error.name} on ${page.url()}: ${error.message}`));
      };
      context.on("page", watch);
      context.pages().forEach(watch);
      await use({
        errors,
        expectErrorStatus: (status, path) =>
          expected.push({ text: `Failed to load resource: the server responded with a status of ${status} `, url: new URL(path, baseURL).href }),
        take: () => errors.splice(0),
        watch,
      });
      if (errors.length) await testInfo.attach("console-errors", { body: errors.join("\n"), contentType: "text/plain" });
      expect(errors, "the page logged errors (console.error or an uncaught exception)").toEqual([]);
    },
    { auto: true },
  ],

  checkA11y: async ({ browser, javaScriptEnabled }, use, testInfo) => {
    const scriptsDisabled = javaScriptEnabled === false;
    let copies: BrowserContext | undefined;
    await use(async (page: Page) => {
      await base.step(`accessibility of ${new URL(page.url()).pathname}`, async () => {
        await page.waitForLoadState("load");
        // Signed in (the header has the logout form): every posting form carries the CSRF token,
        // or the server would refuse it. Checked on every page the suite inspects.
        const postForms = page.locator('form[method="post" i]');
        if ((await page.locator('form[action$="/uitloggen"]').count()) > 0) {
          const withoutToken = await postForms.evaluateAll((forms) => forms.filter((form) => !(form.querySelector('input[name="csrf"]') as HTMLInputElement | null)?.value).map((form) => form.getAttribute("action") ?? "(this page)"));
          expect(withoutToken, "posting forms without a CSRF token").toEqual([]);
        }
        let inspected = page;
        if (scriptsDisabled) {
          // The no-js project must really see the page without JavaScript: React Router's
          // inline boot script would have defined this.
          expect(await page.evaluate(() => "__reactRouterContext" in window), "JavaScript ran in the no-js project").toBe(false);
          copies ??= await browser.newContext({ javaScriptEnabled: true });
          inspected = await copyWithoutScripts(page, copies);
        }
        const original = page.viewportSize() ?? { width: 1280, height: 800 };
        const problems: string[] = [];
        for (const width of A11Y_WIDTHS) {
          const size = { width, height: width < 600 ? 640 : original.height };
          await page.setViewportSize(size);
          if (inspected !== page) await inspected.setViewportSize(size);
          const results = await new AxeBuilder({ page: inspected }).withTags(AXE_TAGS).analyze();
          for (const violation of results.violations) {
            const targets = violation.nodes.map((node) => node.target.join(" ")).join(" | ");
            problems.push(`[${width}px] ${violation.id} (${violation.impact}): ${violation.help} → ${targets}`);
          }
          if (results.violations.length) {
            await testInfo.attach(`axe-${width}px-${page.url()}`, { body: JSON.stringify(results.violations, null, 2), contentType: "application/json" });
          }
          if (width === 320) problems.push(...(await reflowProblems(page)));
        }
        await page.setViewportSize(original);
        if (inspected !== page) await inspected.close();
        expect(problems, `accessibility problems on ${page.url()}`).toEqual([]);
      });
    });
    await copies?.close();
  },

  loginAsResident: async ({ checkA11y }, use) => {
    await use((page, name) => login(page, "resident", name, checkA11y));
  },

  loginAsStaff: async ({ checkA11y }, use) => {
    await use((page, name) => login(page, "staff", name, checkA11y));
  },

  secondDevice: async ({ browser, consoleGuard }, use) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await use(async () => {
      // Inside a test, browser.newContext() starts from the project's `use` options
      // (baseURL, locale, javaScriptEnabled, viewport).
      const context = await browser.newContext();
      contexts.push(context);
      context.on("page", consoleGuard.watch);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
});

/**
 * axe-core needs timers, and timers do not fire in a page whose scripts are disabled. So for the
 * no-js project axe inspects an exact copy of the page's DOM as the browser built it without
 * JavaScript, served at the same URL (so styles and the municipality theme load the same) in a
 * helper page where a Content-Security-Policy keeps the page's own scripts from running. The
 * copy is made from the page already shown: requesting the URL again would run its loader twice
 * (and use up a one-time message like "saved").
 */
async function copyWithoutScripts(page: Page, context: BrowserContext): Promise<Page> {
  const url = page.url();
  const html = await page.content();
  const copy = await context.newPage();
  await copy.route(
    (candidate) => candidate.href === url,
    (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", headers: { "Content-Security-Policy": "script-src 'none'" }, body: html }),
    { times: 1 },
  );
  await copy.goto(url, { waitUntil: "load" });
  return copy;
}

/** WCAG 1.4.10: at 320 CSS px nothing may need scrolling sideways. */
async function reflowProblems(page: Page): Promise<string[]> {
  const overflowing = await page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    const width = root.clientWidth;
    const describe = (el: Element) =>
      el.tagName.toLowerCase() + (el.id ? `#${el.id}` : "") + [...el.classList].slice(0, 2).map((c) => `.${c}`).join("");
    return [...document.body.querySelectorAll("*")]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.right > width + 1 || box.left < -1);
      })
      .slice(0, 5)
      .map((el) => `${describe(el)} (${Math.round(el.getBoundingClientRect().left)}–${Math.round(el.getBoundingClientRect().right)}px)`);
  });
  return overflowing.length ? [`[320px] reflow (WCAG 1.4.10): content is wider than the screen → ${overflowing.join(" | ")}`] : [];
}

async function pageLanguage(page: Page): Promise<Lang> {
  const lang = await page.locator("html").getAttribute("lang");
  const known = LANGUAGES.find((l) => l.code === lang);
  if (!known) throw new Error(`unexpected <html lang="${lang}"> on ${page.url()}`);
  return known.code;
}

/**
 * Logs in from the current page when it is the login page (so a returnTo in its URL is kept),
 * otherwise from the Dutch login page.
 */
async function login(page: Page, kind: "resident" | "staff", name: string, checkA11y: (page: Page) => Promise<void>) {
  const loginPath = kind === "resident" ? "/inloggen" : "/medewerker/inloggen";
  await base.step(`log in as ${kind} ${name}`, async () => {
    const current = page.url().startsWith("http") ? new URL(page.url()).pathname : "";
    const onLoginPage = LANGUAGES.some(({ code }) => current === localized(code, loginPath));
    if (!onLoginPage) await page.goto(loginPath);
    const lang = await pageLanguage(page);
    await expect(page.getByRole("heading", { level: 1, name: t(lang, `login.${kind}.title`) })).toBeVisible();
    await checkA11y(page);
    await page.getByRole("button", { name: t(lang, `login.${kind}.button`), exact: true }).click();

    await expect(page).toHaveURL(/\/dev-idp\/authorize\?/);
    // The identity provider speaks the language the person chose in the portal.
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1, name: t(lang, kind === "resident" ? "devIdp.residentTitle" : "devIdp.staffTitle") })).toBeVisible();
    await checkA11y(page);
    // The button's name is the person's name followed by a detail line.
    await page.getByRole("button", { name: new RegExp(`^${escapeRegExp(name)}(\\s|$)`) }).click();

    await page.waitForURL((url) => !url.pathname.startsWith("/dev-idp/") && !url.pathname.startsWith("/auth/"));
    await expect(page.getByRole("banner").getByText(t(lang, "layout.signedInAs", { name }), { exact: true })).toBeVisible();
  });
}
