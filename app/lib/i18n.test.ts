import { describe, expect, it } from "vitest";
import { localizePath, parseLocalizedPath, safeReturnPath, textDirection } from "./i18n";

describe("language in the URL", () => {
  it("reads the prefix, Dutch without one", () => {
    expect(parseLocalizedPath("/en/mijn")).toEqual({ lang: "en", path: "/mijn", localized: true });
    expect(parseLocalizedPath("/mijn")).toEqual({ lang: "nl", path: "/mijn", localized: true });
    expect(parseLocalizedPath("/nl/mijn").lang).toBe("nl");
    expect(parseLocalizedPath("/dev-idp/authorize")).toMatchObject({ lang: null, localized: false });
  });
  it("builds links in a language", () => {
    expect(localizePath("ar", "/")).toBe("/ar");
    expect(localizePath("ar", "/mijn")).toBe("/ar/mijn");
    expect(localizePath("nl", "/mijn")).toBe("/mijn");
  });
  it("knows Arabic is right to left", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("uk")).toBe("ltr");
  });
  it("only returns to paths on this site", () => {
    expect(safeReturnPath("/mijn/contactgegevens")).toBe("/mijn/contactgegevens");
    for (const evil of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", 42]) {
      expect(safeReturnPath(evil)).toBe("/mijn");
    }
  });
});
