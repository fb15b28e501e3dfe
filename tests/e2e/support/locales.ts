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

/**
 * The texts of one namespace (locales/<lang>/<namespace>.json), read like i18next does it:
 * `textsOf("registration")("en", "review.title", { date: "…" })`. A missing key throws.
 */
export function textsOf(namespace: string) {
  const cache = new Map<Lang, Record<string, unknown>>();
  return (lang: Lang, key: string, values: Record<string, string | number> = {}): string => {
    let messages = cache.get(lang);
    if (!messages) {
      messages = JSON.parse(readFileSync(new URL(`../../../locales/${lang}/${namespace}.json`, import.meta.url), "utf8")) as Record<string, unknown>;
      cache.set(lang, messages);
    }
    let node: unknown = messages;
    for (const part of key.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
    if (typeof node !== "string") throw new Error(`locales/${lang}/${namespace}.json has no text at "${key}"`);
    return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => String(values[name] ?? match));
  };
}

/** `t("en", "landing.title", { municipality: "Lansingerland" })`: the common namespace. */
export const t = textsOf("common");

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
