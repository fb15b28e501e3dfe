import { randomBytes } from "node:crypto";

/**
 * The Content-Security-Policy of an HTML page. Scripts run only from this origin or inline with
 * this response's nonce (React Router's own inline scripts get it through <Scripts nonce>), so
 * an injected <script> never runs, even if some text escaped its escaping. Styles allow inline
 * `style` attributes (the figures' SVG charts); no script may be inline without the nonce.
 * form-action allows the identity provider's origin: a login form redirects there.
 */
export function createNonce(): string {
  return randomBytes(16).toString("base64");
}

export function documentPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self' http: https:",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Everything that is not a page (files, CSS, scripts, data, downloads): nothing may run or frame it. */
export const NON_DOCUMENT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
