import type { RouteConfigEntry } from "@react-router/dev/routes";
import { describe, expect, it } from "vitest";
import routeConfig from "~/routes";
import { LANGUAGES } from "~/lib/i18n";
import { accessibilityTestFigures, AXE_CHECKED_PAGES } from "./test-results";

// The statement must not claim pages that no longer exist: every counted page is a Dutch path
// of app/routes.ts (the other languages have the same paths under their prefix).
function paths(entries: RouteConfigEntry[]): string[] {
  return entries.flatMap((entry) => [entry.index ? "" : (entry.path ?? ""), ...paths(entry.children ?? [])]);
}

describe("accessibility test figures", () => {
  it("count only pages that exist, in languages the portal has", () => {
    const known = new Set(paths(routeConfig));
    expect(Object.keys(AXE_CHECKED_PAGES).filter((page) => !known.has(page))).toEqual([]);
    for (const languages of Object.values(AXE_CHECKED_PAGES)) {
      expect(languages.length).toBeGreaterThan(0);
      expect(new Set(languages).size).toBe(languages.length);
      for (const lang of languages) expect(LANGUAGES).toContain(lang);
    }
  });

  it("add up", () => {
    const figures = accessibilityTestFigures();
    expect(figures.pages).toBe(Object.keys(AXE_CHECKED_PAGES).length);
    expect(figures.pageLanguages).toBeGreaterThanOrEqual(figures.pages);
    expect(figures.languages).toBeLessThanOrEqual(LANGUAGES.length);
  });
});
