import type { MunicipalityTheme } from "./schema";

/**
 * A municipality's theme is a token set: it only overrides NL Design System custom
 * properties, so components never fork per municipality.
 */
export function themeToCss(theme: MunicipalityTheme): string {
  const tokens: Record<string, string> = {
    "--meedoen-brand": theme.brand,
    "--meedoen-brand-text": theme.brandText,
    "--meedoen-accent": theme.accent,
    "--utrecht-page-header-background-color": theme.brand,
    "--utrecht-page-header-color": theme.brandText,
    "--utrecht-button-primary-action-background-color": theme.brand,
    "--utrecht-button-primary-action-border-color": theme.brand,
    "--utrecht-button-primary-action-color": theme.brandText,
    "--utrecht-button-primary-action-hover-background-color": theme.link,
    "--utrecht-button-primary-action-hover-color": "#ffffff",
    "--utrecht-button-secondary-action-color": theme.link,
    "--utrecht-button-secondary-action-border-color": theme.link,
    "--utrecht-link-color": theme.link,
    "--utrecht-link-visited-color": theme.link,
    "--utrecht-link-hover-color": theme.link,
  };
  const body = Object.entries(tokens)
    .map(([name, value]) => `  ${name}: ${value};`)
    .join("\n");
  return `.utrecht-theme {\n${body}\n}\n`;
}
