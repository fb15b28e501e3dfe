import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { escapeRegExp, exactly, type Lang, localized, t } from "./support/locales";

// The figures dashboard for teamleiders and beheerders, and its CSV for the council report.
// The current half year always has figures: the demo registrations are submitted when the
// server starts (db/seed/demo-cases.ts). Other journeys decide cases at the same time, so the
// numbers are checked against each other (chart, table, file), not against fixed values.
const TEAMLEIDER = "Anouk de Graaf";
const BEHEERDER = "Petra Smit";
const KLANTMANAGER = "Karin Vermeulen";
const CSV_HEADER = "Gemeente;Periode;Onderdeel;Soort zaak;Tijdvak;Cijfer;Waarde";

/** Texts of the figures namespace (locales/<lang>/figures.json), like support/locales' t(). */
function ft(lang: Lang, key: string, values: Record<string, string> = {}): string {
  let node: unknown = JSON.parse(readFileSync(new URL(`../../locales/${lang}/figures.json`, import.meta.url), "utf8"));
  for (const part of key.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  if (typeof node !== "string") throw new Error(`locales/${lang}/figures.json has no text at "${key}"`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => values[name] ?? match);
}

type HalfYear = { year: number; half: 1 | 2 };
// Like the app: today's date in UTC decides the current half year.
const now = new Date();
const current: HalfYear = { year: now.getUTCFullYear(), half: now.getUTCMonth() < 6 ? 1 : 2 };
const previous: HalfYear = current.half === 2 ? { year: current.year, half: 1 } : { year: current.year - 1, half: 2 };
const value = (p: HalfYear) => `${p.year}-H${p.half}`;
const label = (lang: Lang, p: HalfYear) => ft(lang, `period.h${p.half}`, { year: String(p.year) });

const chart = (page: Page, lang: Lang, titleKey: string) => page.getByRole("img", { name: ft(lang, "chartName", { title: ft(lang, titleKey) }) });
const casesTable = (page: Page, lang: Lang, p: HalfYear) => page.getByRole("table", { name: ft(lang, "cases.caption", { period: label(lang, p) }) });

/** The registrations received, as the table of cases per type says. */
async function registrationsReceived(page: Page, lang: Lang, p: HalfYear): Promise<number> {
  const row = casesTable(page, lang, p)
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: ft(lang, "types.registratie_werkzoekende"), exact: true }) });
  return Number(await row.getByRole("cell").first().textContent());
}

async function expectDashboard(page: Page, lang: Lang, p: HalfYear) {
  await expect(page.getByRole("heading", { level: 1, name: ft(lang, "title") })).toBeVisible();
  await expect(page).toHaveTitle(`${ft(lang, "title")}: ${label(lang, p)} – Meedoen`);
  await expect(page.getByText(ft(lang, "period.showing", { period: label(lang, p) }))).toBeVisible();
  await expect(page.getByLabel(ft(lang, "period.label"), { exact: true })).toHaveValue(value(p));
  const table = casesTable(page, lang, p);
  await expect(table).toBeVisible();
  // On a phone the table scrolls inside a region a keyboard can reach, named after the table.
  await expect(page.getByRole("region", { name: ft(lang, "cases.caption", { period: label(lang, p) }) })).toHaveAttribute("tabindex", "0");
  await expect(table.getByRole("columnheader", { name: ft(lang, "cases.columns.received"), exact: true })).toBeVisible();
}

test.describe("figures for the council", () => {
  test("a teamleider reads the figures, picks another half year and downloads the CSV", async ({ page, checkA11y, loginAsStaff }) => {
    await page.goto("/medewerker/inloggen");
    await loginAsStaff(page, TEAMLEIDER);
    await page.getByRole("link", { name: t("nl", "staffHome.figuresLink") }).click();
    await expect(page).toHaveURL("/medewerker/cijfers");
    await expectDashboard(page, "nl", current);

    await test.step("the chart and the table show the same numbers", async () => {
      const received = await registrationsReceived(page, "nl", current);
      expect(received).toBeGreaterThanOrEqual(4);
      const receivedChart = chart(page, "nl", "cases.receivedChart");
      await expect(receivedChart).toBeVisible();
      await expect(receivedChart.locator("text").filter({ hasText: exactly(String(received)) }).first()).toBeAttached();
      await expect(chart(page, "nl", "registrations.chart")).toBeVisible();
      await expect(page.getByRole("table", { name: ft("nl", "registrations.caption", { period: label("nl", current) }) })).toBeVisible();
      await checkA11y(page);
    });

    await test.step("another half year: a new address, the form keeps the choice", async () => {
      await page.getByLabel(ft("nl", "period.label"), { exact: true }).selectOption(value(previous));
      await page.getByRole("button", { name: ft("nl", "period.show") }).click();
      await expect(page).toHaveURL(`/medewerker/cijfers?periode=${value(previous)}`);
      await expectDashboard(page, "nl", previous);
      await checkA11y(page);
    });

    await test.step("download the CSV for the council report", async () => {
      const link = page.getByRole("link", { name: ft("nl", "download.link", { period: label("nl", previous) }) });
      await expect(link).toHaveAttribute("href", `/medewerker/cijfers.csv?periode=${value(previous)}`);
      const downloading = page.waitForEvent("download");
      await link.click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(`meedoen-cijfers-lansingerland-${value(previous)}.csv`);
      const file = readFileSync(await download.path(), "utf8");
      // The byte order mark makes Excel read UTF-8; then the Dutch header row.
      expect(file.charCodeAt(0)).toBe(0xfeff);
      expect(file.slice(1).split("\r\n")[0]).toBe(CSV_HEADER);
      expect(file).toContain(`\r\nLansingerland;${value(previous)};${ft("nl", "cases.title")};${ft("nl", "types.registratie_werkzoekende")};;${ft("nl", "cases.columns.received")};`);
    });

    await test.step("the CSV of the current half year says what the page says", async () => {
      await page.goto(`/medewerker/cijfers?periode=${value(current)}`);
      const received = await registrationsReceived(page, "nl", current);
      // A download event does not show the response headers: the same request with this session.
      const response = await page.request.get(`/medewerker/cijfers.csv?periode=${value(current)}`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
      expect(response.headers()["content-disposition"]).toBe(`attachment; filename="meedoen-cijfers-lansingerland-${value(current)}.csv"`);
      const lines = (await response.text()).replace(/^\uFEFF/, "").split("\r\n");
      expect(lines[0]).toBe(CSV_HEADER);
      const row = lines.find((line) => line.startsWith(`Lansingerland;${value(current)};${ft("nl", "cases.title")};${ft("nl", "types.registratie_werkzoekende")};;${ft("nl", "cases.columns.received")};`));
      // Registrations may come in from other journeys between the two requests, never go away.
      expect(Number(row?.split(";").at(-1))).toBeGreaterThanOrEqual(received);
    });
  });

  test("a beheerder reads the figures in Arabic, right to left", async ({ page, checkA11y, loginAsStaff }) => {
    await page.goto(localized("ar", "/medewerker/cijfers"));
    await expect(page).toHaveURL(new RegExp(`^[^?]*${escapeRegExp(localized("ar", "/medewerker/inloggen"))}\\?returnTo=`));
    await loginAsStaff(page, BEHEERDER);
    await expect(page).toHaveURL(localized("ar", "/medewerker/cijfers"));
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expectDashboard(page, "ar", current);
    await expect(chart(page, "ar", "cases.receivedChart")).toBeVisible();
    await expect(chart(page, "ar", "cases.decidedChart").or(page.getByText(ft("ar", "cases.noneDecided")))).toBeVisible();
    await checkA11y(page);

    await page.getByLabel(ft("ar", "period.label"), { exact: true }).selectOption(value(previous));
    await page.getByRole("button", { name: ft("ar", "period.show") }).click();
    await expect(page).toHaveURL(`${localized("ar", "/medewerker/cijfers")}?periode=${value(previous)}`);
    await expectDashboard(page, "ar", previous);
    // The report stays Dutch (and unprefixed) whatever the page's language.
    await expect(page.getByRole("link", { name: ft("ar", "download.link", { period: label("ar", previous) }) })).toHaveAttribute("href", `/medewerker/cijfers.csv?periode=${value(previous)}`);
    await checkA11y(page);
  });

  test("a klantmanager gets page-not-found for the figures and the CSV", async ({ page, checkA11y, loginAsStaff, consoleGuard }) => {
    await page.goto("/medewerker/inloggen");
    await loginAsStaff(page, KLANTMANAGER);
    consoleGuard.expectErrorStatus(404, "/medewerker/cijfers");
    const response = await page.goto("/medewerker/cijfers");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("nl", "errorPage.notFound.title"));
    await checkA11y(page);
    expect((await page.request.get("/medewerker/cijfers.csv")).status()).toBe(404);
  });
});
