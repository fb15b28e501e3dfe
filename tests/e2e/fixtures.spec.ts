import { expect, test } from "./fixtures";

// Negative controls for the fixtures themselves: a check that never fails proves nothing.
// The bad page is served by Playwright at a URL of the app's origin (not by the app), so
// hydration cannot interfere and the no-js project's copy for axe works as for real pages.

const BAD_PAGE = `<!doctype html>
<html>
  <head><title>Negative control</title></head>
  <body>
    <main>
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
      <div style="width: 600px">Too wide for a phone</div>
    </main>
  </body>
</html>`;

test.describe("the fixtures catch problems", () => {
  test("checkA11y fails on axe violations and on content wider than 320 px", async ({ page, checkA11y }) => {
    await page.route("**/negative-control", (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: BAD_PAGE }));
    await page.goto("/negative-control");
    const failure = await checkA11y(page).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failure).toContain("image-alt");
    expect(failure).toContain("html-has-lang");
    expect(failure).toContain("reflow");
  });

  test("the console guard records console.error and uncaught exceptions", async ({ page, consoleGuard, javaScriptEnabled }) => {
    await page.route("**/negative-control", (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: "<!doctype html><title>x</title><p>x</p>" }));
    await page.goto("/negative-control");
    await page.evaluate(() => console.error("negative control"));
    await expect.poll(() => consoleGuard.errors.length).toBe(1);
    expect(consoleGuard.take()).toEqual([expect.stringContaining("negative control")]);
    // An uncaught exception needs the page's own scripts to run.
    if (javaScriptEnabled !== false) {
      await page.evaluate(() => setTimeout(() => {
        throw new Error("uncaught negative control");
      }));
      await expect.poll(() => consoleGuard.errors.length).toBe(1);
      expect(consoleGuard.take()).toEqual([expect.stringContaining("uncaught negative control")]);
    }
  });
});
