/**
 * Languages and URLs. The language lives in the URL (`/en/...`), Dutch has no prefix, so a
 * link can be shared and a search engine or screen reader never guesses.
 */
export const LANGUAGES = ["nl", "en", "ar", "tr", "pl", "uk"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "nl";
export const PREFIXED_LANGUAGES = LANGUAGES.filter((l) => l !== DEFAULT_LANGUAGE);

// Endonyms: a resident looks for their language in their own script, so these are not translated.
export const LANGUAGE_NAMES: Record<Language, string> = {
  nl: "Nederlands",
  en: "English",
  ar: "العربية",
  tr: "Türkçe",
  pl: "Polski",
  uk: "Українська",
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

export function textDirection(lang: Language): "ltr" | "rtl" {
  return lang === "ar" ? "rtl" : "ltr";
}

// Paths that are not pages for residents (identity provider, health checks, assets): they
// carry no language prefix and use the language kept in the session.
const UNLOCALIZED_PREFIXES = ["/dev-idp", "/auth/", "/healthz", "/readyz", "/thema/", "/sessie/"];

export function parseLocalizedPath(pathname: string): { lang: Language | null; path: string; localized: boolean } {
  if (UNLOCALIZED_PREFIXES.some((p) => pathname === p.replace(/\/$/, "") || pathname.startsWith(p))) {
    return { lang: null, path: pathname, localized: false };
  }
  const [, first, ...rest] = pathname.split("/");
  if (first && isLanguage(first) && first !== DEFAULT_LANGUAGE) {
    return { lang: first, path: `/${rest.join("/")}`, localized: true };
  }
  return { lang: DEFAULT_LANGUAGE, path: pathname, localized: true };
}

/** `localizePath("en", "/mijn")` → `/en/mijn`; Dutch keeps the bare path. */
export function localizePath(lang: Language, path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`;
  if (lang === DEFAULT_LANGUAGE) return clean;
  return clean === "/" ? `/${lang}` : `/${lang}${clean}`;
}

/** Only same-site paths may be used as a return address after login (no open redirects). */
export function safeReturnPath(value: unknown, fallback = "/mijn"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  if (value.length > 500) return fallback;
  return value;
}
