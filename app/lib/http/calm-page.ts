import { type Language, textDirection } from "../i18n";
import { getResources } from "../translations.server";

type CalmKind = "tooMany" | "forbidden" | "unavailable";

const STATUS: Record<CalmKind, number> = { tooMany: 429, forbidden: 403, unavailable: 503 };

/**
 * The whole answer for a calm page: its status, headers and HTML, with a link back to the page
 * that was asked for (a script's `.data` request links back to the page itself). Sent by Express
 * middleware and by the root middleware alike; callers add Retry-After where they know it.
 */
export function calmPage(lang: Language, kind: CalmKind, requestPath: string): { status: number; headers: Record<string, string>; body: string } {
  return {
    status: STATUS[kind],
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
    body: calmPageHtml(lang, kind, requestPath.replace(/\.data$/, "")),
  };
}

export function calmPageResponse(lang: Language, kind: CalmKind, requestPath: string, extraHeaders: Record<string, string> = {}): Response {
  const page = calmPage(lang, kind, requestPath);
  return new Response(page.body, { status: page.status, headers: { ...page.headers, ...extraHeaders } });
}

/**
 * A small error page in the resident's language, made without React: it is answered before
 * any route runs (rate limit, a refused cross-site post) or when the database is gone, so it
 * must not need the database.
 */
function calmPageHtml(lang: Language, kind: CalmKind, backHref: string): string {
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
