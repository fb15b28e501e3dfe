import { type Language, textDirection } from "../i18n";
import { getResources } from "../translations.server";

type CalmKind = "tooMany" | "forbidden" | "unavailable";

/**
 * A small error page in the resident's language, made without React: it is answered before
 * any route runs (rate limit, a refused cross-site post) or when the database is gone, so it
 * must not need the database.
 */
export function calmPageHtml(lang: Language, kind: CalmKind, backHref: string): string {
  const errorPage = (getResources(lang).common as { errorPage: Record<CalmKind, { title: string; text: string }> & { backToPage: string } }).errorPage;
  const texts = errorPage[kind];
  return (
    `<!doctype html><html lang="${lang}" dir="${textDirection(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(texts.title)} - Meedoen</title></head><body><main><h1>${escapeHtml(texts.title)}</h1><p>${escapeHtml(texts.text)}</p>` +
    `<p><a href="${escapeHtml(backHref)}">${escapeHtml(errorPage.backToPage)}</a></p></main></body></html>`
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
