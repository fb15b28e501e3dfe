import { randomBytes, timingSafeEqual } from "node:crypto";
import { CSRF_FIELD, CSRF_HEADER } from "./csrf";
import type { AppSession } from "./session.server";

/**
 * The second line against cross-site requests, after the Origin check: a random token kept in
 * the server-side session (synchroniser token pattern). Every form that posts carries it in a
 * hidden field (`<CsrfField />`); the few fetch calls send it as a header.
 *
 * An anonymous visitor without a session has nothing to protect, so no session row is made
 * for them just to hold a token; the token is created as soon as there is a session. A session
 * that expired or was deleted yields a fresh one without a token: such a post is handled as an
 * anonymous post (the "log in again, your answers are kept" flow), never with someone's rights.
 */
export function csrfTokenOf(session: AppSession): string | null {
  let token = session.get("csrf");
  if (!token) {
    if (!session.id && !session.has("residentId") && !session.has("staffId")) return null;
    token = randomBytes(32).toString("base64url");
    session.set("csrf", token);
  }
  return token;
}

/** Whether a state-changing request proves it comes from one of our own pages. */
export async function hasValidCsrfToken(request: Request, session: AppSession): Promise<boolean> {
  const expected = session.get("csrf");
  if (!expected) return !session.has("residentId") && !session.has("staffId");
  const sent = request.headers.get(CSRF_HEADER) ?? (await tokenFromBody(request));
  if (!sent) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function tokenFromBody(request: Request): Promise<string | null> {
  const type = request.headers.get("Content-Type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) return null;
  try {
    // A clone: the action reads the body again. Body size is capped before this (body-limit).
    const value = (await request.clone().formData()).get(CSRF_FIELD);
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}
