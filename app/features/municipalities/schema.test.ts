import { describe, expect, it } from "vitest";
import { demoMunicipalities } from "../../../db/seed/municipalities";
import { contrastRatio } from "./contrast";
import { MunicipalitySettingsSchema, MunicipalityThemeSchema } from "./schema";
import { themeToCss } from "./theme-css";

describe("municipality settings", () => {
  it.each(demoMunicipalities.map((m) => [m.slug, m.settings] as const))("seed %s is valid", (_slug, settings) => {
    expect(MunicipalitySettingsSchema.safeParse(settings).success).toBe(true);
  });

  it("gives each seeded municipality a visibly different theme", () => {
    expect(new Set(demoMunicipalities.map((m) => m.settings.theme.brand)).size).toBe(demoMunicipalities.length);
  });

  it("refuses a theme whose text is unreadable on the brand colour (WCAG 1.4.3)", () => {
    const result = MunicipalityThemeSchema.safeParse({ brand: "#ffff00", brandText: "#ffffff", link: "#00594f", accent: "#000000" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("errors.theme.brandContrast");
  });

  it("computes WCAG contrast ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 1);
    expect(contrastRatio("#767676", "#ffffff")).toBeGreaterThanOrEqual(4.5);
  });

  it("turns a theme into NL Design System tokens only", () => {
    const css = themeToCss(demoMunicipalities[0]!.settings.theme);
    expect(css).toContain("--utrecht-button-primary-action-background-color: #00594f;");
    expect(css).not.toMatch(/[<>{}]\s*[a-z]+\s*\{/);
  });
});
