import { createContext, type MiddlewareFunction } from "react-router";
import { hasValidCsrfToken } from "./csrf.server";
import { isDatabaseReady } from "./db.server";
import { calmPageResponse } from "./http/calm-page";
import { isOwnOrigin, SAFE_METHODS } from "./http/cross-site-posts";
import { endHelpSession } from "~/features/help-sessions/help-sessions.server";
import { logger } from "./logger.server";
import { DEFAULT_LANGUAGE, type Language, parseLocalizedPath } from "./i18n";
import { type Services, getServices, servicesContext } from "./services.server";
import { type AppSession, createDatabaseSessionStorage, createSessionCookie, type SessionData, sessionCookieName } from "./session.server";

/**
 * Per request: the session (loaded once, saved once after the response is made) and the
 * page language. Set up by `requestMiddleware` on the root route.
 */
export type RequestState = {
  services: Services;
  session: AppSession;
  lang: Language;
  // True when this request found a signed-in session that had been idle too long.
  sessionExpired: boolean;
  // Login and the start of a help session get a new session id (session fixation).
  rotateSession(): Promise<void>;
};

export const requestContext = createContext<RequestState | null>(null);

const SESSION_LIFETIME_MS = 24 * 60 * 60 * 1000;
// Writing "last seen" on every click would double the database writes; a few seconds of
// imprecision in a 15-minute timeout does not matter.
const LAST_SEEN_WRITE_INTERVAL_MS = 15_000;

const storages = new WeakMap<object, ReturnType<typeof createDatabaseSessionStorage>>();
function storageFor(services: Services) {
  let storage = storages.get(services.db);
  if (!storage) {
    const cookie = createSessionCookie({ secret: services.env.SESSION_SECRET, secure: services.env.isProduction });
    storage = createDatabaseSessionStorage(services.db, cookie);
    storages.set(services.db, storage);
  }
  return storage;
}

export const requestMiddleware: MiddlewareFunction<Response> = async ({ request, context }, next) => {
  const services = context.get(servicesContext) ?? (await getServices());
  context.set(servicesContext, services);

  const storage = storageFor(services);
  // A tampered or unknown cookie fails its signature check and yields a fresh, empty session.
  let session: AppSession;
  try {
    session = await storage.getSession(request.headers.get("Cookie"));
  } catch (error) {
    logger.error({ err: error }, "session could not be read");
    // Database down or overloaded. Someone signed in must not be treated as signed out (that
    // would send them to the login page and lose a post): a calm 503 in their language instead.
    if (request.headers.get("Cookie")?.includes(`${sessionCookieName(services.env.isProduction)}=`)) {
      const { pathname } = new URL(request.url);
      return calmPageResponse(parseLocalizedPath(pathname).lang ?? DEFAULT_LANGUAGE, "unavailable", pathname, { "Retry-After": "60" });
    }
    // Without a session cookie: carry on, so the page (or its error page) can still be shown.
    session = await storage.getSession();
  }
  const before = JSON.stringify(session.data);
  let rotated = false;

  const { env } = services;
  const now = Date.now();
  let sessionExpired = false;
  const signedIn = session.has("residentId") || session.has("staffId");
  if (signedIn) {
    const idleLimitMs = (session.has("staffId") ? env.STAFF_IDLE_MINUTES : env.RESIDENT_IDLE_MINUTES) * 60_000;
    const lastSeen = session.get("lastSeenAt") ?? 0;
    if (now - lastSeen > idleLimitMs) {
      sessionExpired = true;
      const helpSessionId = session.get("helpSessionId");
      // An idle help session ends for good: the employee cannot come back to the resident's data.
      if (helpSessionId) await endHelpSession(services.db, helpSessionId, "inactief").catch((error) => logger.error({ err: error }, "help session could not be ended"));
      for (const key of ["residentId", "staffId", "helpSessionId", "idToken", "lastSeenAt"] as const) session.unset(key);
    } else if (now - lastSeen > LAST_SEEN_WRITE_INTERVAL_MS && !isKeepAliveFree(request)) {
      session.set("lastSeenAt", now);
    }
  }

  const { lang: urlLang } = parseLocalizedPath(new URL(request.url).pathname);
  const lang = urlLang ?? session.get("lang") ?? DEFAULT_LANGUAGE;

  // A form posted from another site is refused before any action runs: the Origin must be ours
  // when the browser sends one, and the session's token must come along (see csrf.server.ts).
  const requestUrl = new URL(request.url);
  if (!SAFE_METHODS.has(request.method) && !(isOwnOrigin(request.headers.get("origin"), requestUrl.origin, services.env.PUBLIC_URL) && (await hasValidCsrfToken(request, session)))) {
    logger.warn({ path: requestUrl.pathname }, "cross-site or tokenless post refused");
    return calmPageResponse(lang, "forbidden", requestUrl.pathname);
  }

  const state: RequestState = {
    services,
    session,
    lang,
    sessionExpired,
    async rotateSession() {
      // A new id gets a new CSRF token too (made by the next page's root loader).
      const { csrf: _oldToken, ...data } = session.data as Partial<SessionData>;
      if (session.id) await storage.destroySession(session);
      session = await storage.getSession();
      for (const [key, value] of Object.entries(data)) session.set(key as keyof SessionData, value as never);
      state.session = session;
      rotated = true;
    },
  };
  context.set(requestContext, state);

  let response = await next();

  // A page that failed because the database is unreachable answers 503 (try again later),
  // not 500, so load balancers and monitoring see what is going on.
  if (response.status >= 500 && response.status !== 503 && !(await isDatabaseReady(services.db, 1_000))) {
    const path = new URL(request.url).pathname;
    // A page (not the data a script asked for) becomes the calm "not working right now" page in the
    // resident's language, with a way back to the form: its draft is still there, so sending again
    // after the outage makes the one case (drafts.server.ts, idempotency.server.ts).
    if (!path.endsWith(".data")) {
      await response.body?.cancel();
      response = calmPageResponse(lang, "unavailable", path);
    } else {
      response = new Response(response.body, { status: 503, statusText: "Service Unavailable", headers: response.headers });
    }
    response.headers.set("Retry-After", "60");
    return response;
  }

  const changed = JSON.stringify(state.session.data) !== before;
  if (rotated || changed) {
    const isEmpty = Object.keys(state.session.data).length === 0;
    if (isEmpty && !state.session.id) return response;
    try {
      response.headers.append("Set-Cookie", await storage.commitSession(state.session, { expires: new Date(now + SESSION_LIFETIME_MS) }));
    } catch (error) {
      logger.error({ err: error }, "session could not be saved");
    }
  }
  return response;
};

// Polling endpoints must not count as activity, or an open tab would never time out.
function isKeepAliveFree(request: Request): boolean {
  return new URL(request.url).pathname === "/sessie/status";
}

export function getRequestState(context: { get: <T>(key: import("react-router").RouterContext<T>) => T }): RequestState {
  const state = context.get(requestContext);
  if (!state) throw new Error("requestMiddleware did not run for this route");
  return state;
}
