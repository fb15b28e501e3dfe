import { readFileSync } from "node:fs";

// The journeys read expected texts from the locale files instead of repeating translations,
// so a translator's change never breaks a test, while a missing or wrong key still does.

// The portal's languages as the customer specified them, written out here rather than imported
// from the app, so the tests check the app instead of repeating it.
export const LANGUAGES = [
  { code: "nl", name: "Nederlands", dir: "ltr" },
  { code: "en", name: "English", dir: "ltr" },
  { code: "ar", name: "العربية", dir: "rtl" },
  { code: "tr", name: "Türkçe", dir: "ltr" },
  { code: "pl", name: "Polski", dir: "ltr" },
  { code: "uk", name: "Українська", dir: "ltr" },
] as const;

export type Lang = (typeof LANGUAGES)[number]["code"];

const cache = new Map<Lang, Record<string, unknown>>();

function messages(lang: Lang): Record<string, unknown> {
  let loaded = cache.get(lang);
  if (!loaded) {
    const file = new URL(`../../../locales/${lang}/common.json`, import.meta.url);
    loaded = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    cache.set(lang, loaded);
  }
  return loaded;
}

/** `t("en", "landing.title", { municipality: "Lansingerland" })`, like i18next does it. */
export function t(lang: Lang, key: string, values: Record<string, string> = {}): string {
  let node: unknown = messages(lang);
  for (const part of key.split(".")) {
    node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== "string") throw new Error(`locales/${lang}/common.json has no text at "${key}"`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => values[name] ?? match);
}

/** The URL of a page in a language: Dutch has no prefix (`/mijn`), the others do (`/en/mijn`). */
export function localized(lang: Lang, path: string): string {
  if (lang === "nl") return path;
  return path === "/" ? `/${lang}` : `/${lang}${path}`;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Matches a text exactly (whole string), for `toHaveURL`, names and titles. */
export function exactly(text: string): RegExp {
  return new RegExp(`^${escapeRegExp(text)}$`);
}
