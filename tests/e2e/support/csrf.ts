import { expect, type Page } from "@playwright/test";

/**
 * The session's CSRF token, for a test that posts straight to a form action (as a page would,
 * with its hidden field). Every signed-in page has it in the logout form of the header.
 */
export async function csrfTokenOf(page: Page): Promise<string> {
  const html = await (await page.request.get(page.url())).text();
  const token = html.match(/name="csrf" value="([\w-]+)"/)?.[1];
  expect(token, "a CSRF token on the current page").toBeTruthy();
  return token!;
}
