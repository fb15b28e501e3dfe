import * as oidc from "openid-client";
import { redirect } from "react-router";
import { type ResidentIdentity, getResidentById, upsertResidentFromIdentity } from "~/features/account/residents.server";
import { getStaffById, getStaffBySubject } from "~/features/account/staff.server";
import type { Resident, Staff, StaffRole } from "./db-schema";
import { isValidBsn } from "./bsn";
import { recordAudit } from "./audit.server";
import { localizePath, safeReturnPath } from "./i18n";
import type { RequestState } from "./request-context.server";
import { stashPendingForm } from "./pending-form.server";
import { deleteAllSessionsOf } from "./session.server";
import { endHelpSession, getActiveHelpSession } from "~/features/help-sessions/help-sessions.server";
import { continueStaffLogin } from "~/features/staff-two-factor/staff-login.server";

/**
 * The one seam to identity providers. Residents log in with DigiD through an OpenID Connect
 * broker, staff through the municipality's provider; Meedoen is the relying party for both.
 * Without configuration (development, tests) both point at the built-in development
 * identity provider under /dev-idp, which is refused in production.
 */
export type LoginKind = "resident" | "staff";

type ClientSettings = { issuer: URL; clientId: string; clientSecret: string; insecure: boolean };

export const DEV_IDP_CLIENTS: Record<LoginKind, { clientId: string; clientSecret: string }> = {
  resident: { clientId: "meedoen-digid", clientSecret: "dev-only-digid-secret" },
  staff: { clientId: "meedoen-staff", clientSecret: "dev-only-staff-secret" },
};

function publicOrigin(state: RequestState, request: Request): string {
  return state.services.env.PUBLIC_URL ? new URL(state.services.env.PUBLIC_URL).origin : new URL(request.url).origin;
}

function clientSettings(state: RequestState, request: Request, kind: LoginKind): ClientSettings {
  const { env } = state.services;
  const configured =
    kind === "resident"
      ? { issuer: env.DIGID_OIDC_ISSUER, clientId: env.DIGID_OIDC_CLIENT_ID, clientSecret: env.DIGID_OIDC_CLIENT_SECRET }
      : { issuer: env.STAFF_OIDC_ISSUER, clientId: env.STAFF_OIDC_CLIENT_ID, clientSecret: env.STAFF_OIDC_CLIENT_SECRET };
  if (configured.issuer && configured.clientId && configured.clientSecret) {
    return { issuer: new URL(configured.issuer), clientId: configured.clientId, clientSecret: configured.clientSecret, insecure: false };
  }
  if (env.isProduction) throw new Error(`OIDC for ${kind} login is not configured`);
  return { issuer: new URL(`${publicOrigin(state, request)}/dev-idp`), ...DEV_IDP_CLIENTS[kind], insecure: true };
}

const configurations = new Map<string, Promise<oidc.Configuration>>();
function discover(settings: ClientSettings): Promise<oidc.Configuration> {
  const key = `${settings.issuer.href}|${settings.clientId}`;
  let config = configurations.get(key);
  if (!config) {
    config = oidc.discovery(settings.issuer, settings.clientId, settings.clientSecret, undefined, {
      execute: settings.insecure ? [oidc.allowInsecureRequests] : [],
    });
    // A failed discovery (provider down) must be retried on the next login, not cached.
    config.catch(() => configurations.delete(key));
    configurations.set(key, config);
  }
  return config;
}

function callbackUrl(state: RequestState, request: Request): string {
  return `${publicOrigin(state, request)}/auth/callback`;
}

/** Starts the authorization code flow with PKCE; returns the provider's login URL. */
export async function startLogin(state: RequestState, request: Request, kind: LoginKind, returnTo: string): Promise<string> {
  const config = await discover(clientSettings(state, request, kind));
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const loginState = { kind, state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier, returnTo: safeReturnPath(returnTo) };
  state.session.set("loginState", loginState);
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl(state, request),
    scope: kind === "resident" ? "openid profile address" : "openid profile email",
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state: loginState.state,
    nonce: loginState.nonce,
    ui_locales: state.lang,
  });
  return url.href;
}

export class LoginRefusedError extends Error {
  constructor(readonly reason: "no-login-in-progress" | "invalid-identity" | "unknown-staff") {
    super(reason);
  }
}

/** Finishes the flow at /auth/callback: verifies everything, signs the person in. */
export async function completeLogin(state: RequestState, request: Request): Promise<string> {
  const pending = state.session.get("loginState");
  if (!pending) throw new LoginRefusedError("no-login-in-progress");
  state.session.unset("loginState");
  const config = await discover(clientSettings(state, request, pending.kind));
  const url = new URL(request.url);
  const callback = new URL(callbackUrl(state, request));
  callback.search = url.search;
  const tokens = await oidc.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier: pending.codeVerifier,
    expectedState: pending.state,
    expectedNonce: pending.nonce,
  });
  const claims = tokens.claims();
  if (!claims) throw new LoginRefusedError("invalid-identity");
  const { db, bsnCrypto } = state.services;

  // Logging in starts a new session id: an id planted before login is worth nothing after it.
  await state.rotateSession();
  state.session.unset("residentId");
  state.session.unset("staffId");
  state.session.unset("helpSessionId");
  state.session.unset("pendingStaffLogin");
  let nextPath = pending.returnTo;
  if (pending.kind === "resident") {
    const identity = residentIdentityFromClaims(claims);
    const resident = await upsertResidentFromIdentity(db, bsnCrypto, identity);
    state.session.set("residentId", resident.id);
    await recordAudit(db, { actor: { type: "resident", id: resident.id }, action: "login", municipalityId: resident.municipality_id });
  } else {
    const staff = await getStaffBySubject(db, claims.sub);
    if (!staff) throw new LoginRefusedError("unknown-staff");
    // Staff need a second factor (BIO): their provider's, or else Meedoen's own TOTP step, in
    // which case the session is not signed in yet and the next page asks for the code.
    nextPath = await continueStaffLogin(state, staff, { amr: claims.amr, acr: claims.acr }, pending.returnTo);
  }
  state.session.set("lastSeenAt", Date.now());
  if (tokens.id_token) state.session.set("idToken", tokens.id_token);
  return nextPath;
}

function residentIdentityFromClaims(claims: oidc.IDToken): ResidentIdentity {
  const bsn = typeof claims.bsn === "string" ? claims.bsn : "";
  const address = (claims.address ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === "string" && value.length <= 200 ? value : null);
  if (!isValidBsn(bsn) || !text(claims.given_name) || !text(claims.family_name)) throw new LoginRefusedError("invalid-identity");
  return {
    bsn,
    givenName: text(claims.given_name)!,
    familyName: text(claims.family_name)!,
    birthDate: text(claims.birthdate),
    streetAddress: text(address.street_address),
    postalCode: text(address.postal_code),
    locality: text(address.locality),
    municipalitySlug: text(claims.municipality),
  };
}

/** Logs the person out of every session they have, then returns where the browser goes next. */
export async function logoutEverywhere(state: RequestState, request: Request, afterLogout: string): Promise<string> {
  // In a help session the resident id is the helped resident's: the employee logging out must
  // not log the resident out of their own devices.
  const residentId = state.session.get("helpSessionId") ? undefined : state.session.get("residentId");
  const staffId = state.session.get("staffId");
  const idToken = state.session.get("idToken");
  // A staff login still waiting for its code was made at the staff provider too.
  const kind: LoginKind = staffId || state.session.get("pendingStaffLogin") ? "staff" : "resident";
  const { db } = state.services;
  const helpSessionId = state.session.get("helpSessionId");
  if (helpSessionId) await endHelpSession(db, helpSessionId, "uitgelogd");
  if (residentId || staffId) {
    await deleteAllSessionsOf(db, { residentId, staffId });
    await recordAudit(db, { actor: staffId ? { type: "staff", id: staffId } : { type: "resident", id: residentId! }, action: "logout_everywhere" });
  }
  for (const key of ["residentId", "staffId", "helpSessionId", "idToken", "lastSeenAt", "loginState", "pendingStaffLogin"] as const) state.session.unset(key);
  const back = `${publicOrigin(state, request)}${afterLogout}`;
  if (!idToken) return afterLogout;
  try {
    const config = await discover(clientSettings(state, request, kind));
    return oidc.buildEndSessionUrl(config, { id_token_hint: idToken, post_logout_redirect_uri: back }).href;
  } catch {
    // The provider cannot be reached: our sessions are gone already, which is what matters.
    return afterLogout;
  }
}

function loginRedirect(state: RequestState, request: Request, loginPath: string): never {
  const url = new URL(request.url);
  const params = new URLSearchParams({ returnTo: url.pathname + url.search });
  if (state.sessionExpired) params.set("reden", "verlopen");
  throw redirect(`${localizePath(state.lang, loginPath)}?${params}`);
}

export async function requireResident(state: RequestState, request: Request): Promise<Resident> {
  const staffId = state.session.get("staffId");
  const helpSessionId = state.session.get("helpSessionId");
  if (staffId) {
    // Staff see a resident's pages only inside a running help session for that resident. After
    // it ended (or without one) the answer is the same as for a page that does not exist.
    const active = helpSessionId ? await getActiveHelpSession(state.services.db, helpSessionId, staffId) : null;
    if (!active || active.resident_id !== state.session.get("residentId")) {
      state.session.unset("residentId");
      state.session.unset("helpSessionId");
      throw new Response("Not Found", { status: 404 });
    }
  }
  const residentId = state.session.get("residentId");
  const resident = residentId ? await getResidentById(state.services.db, residentId) : null;
  if (!resident) {
    // A form sent after the session expired: keep what was typed for after the new login.
    if (state.sessionExpired) await stashPendingForm(state, request);
    loginRedirect(state, request, "/inloggen");
  }
  return resident;
}

export async function requireStaff(state: RequestState, request: Request, roles?: StaffRole[]): Promise<Staff> {
  const staffId = state.session.get("staffId");
  const staff = staffId ? await getStaffById(state.services.db, staffId) : null;
  if (!staff) loginRedirect(state, request, "/medewerker/inloggen");
  // Another role gets the same answer as a page that does not exist: no hint of what is there.
  if (roles && !roles.includes(staff.role)) throw new Response("Not Found", { status: 404 });
  return staff;
}

/** True in a Servicepunt help session (requireResident has checked that it is still running). */
export function isAssisted(state: RequestState): boolean {
  return Boolean(state.session.get("staffId") && state.session.get("helpSessionId"));
}

/** The running help session, recorded on every draft step saved in it. */
export function helpSessionOf(state: RequestState): string | null {
  return isAssisted(state) ? (state.session.get("helpSessionId") ?? null) : null;
}

/** Who acts for a resident's submission: the resident, and in a help session the session too. */
export function residentActor(state: RequestState, resident: Resident): { type: "resident"; id: string; helpSessionId: string | null } {
  return { type: "resident", id: resident.id, helpSessionId: helpSessionOf(state) };
}
