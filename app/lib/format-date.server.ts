import type { Language } from "./i18n";

/**
 * Dates as words ("3 maart 2027"), formatted on the server only: Node's and a phone's Intl
 * data can differ, and the page must hydrate to exactly what the server sent.
 */
export function formatDate(value: string | Date, lang: Language): string {
  const date = typeof value === "string" ? new Date(value.length === 10 ? `${value}T12:00:00Z` : value) : value;
  return new Intl.DateTimeFormat(lang, { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" }).format(date);
}

export function formatMonth(value: string, lang: Language): string {
  return new Intl.DateTimeFormat(lang, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${value}-15T12:00:00Z`));
}
