import { redirect } from "react-router";
import { getStaffById } from "~/features/account/staff.server";
import { recordAudit } from "~/lib/audit.server";
import type { Staff } from "~/lib/db-schema";
import { localizePath } from "~/lib/i18n";
import { logger } from "~/lib/logger.server";
import type { RequestState } from "~/lib/request-context.server";
import type { SessionData } from "~/lib/session.server";
import { checkTotpCode, confirmTotpEnrolment, enrolmentView, getTotpStatus, newTotpSecret, type CodeCheck, type TotpStatus, totpCrypto } from "./totp.server";

export const VERIFY_PATH = "/medewerker/tweestapsverificatie";
export const ENROL_PATH = "/medewerker/tweestapsverificatie/instellen";
// Five wrong codes end the login: with a window of three codes, guessing stays hopeless
// (5 × 3 in a million) and someone who mistyped still has room.
export const MAX_WRONG_CODES = 5;
// The code step belongs to the login that just happened, not to a tab left open for hours.
const PENDING_LOGIN_MS = 10 * 60_000;
// RFC 8176 methods that are a second factor in themselves: the provider did multi-factor.
const MULTI_FACTOR_AMR = ["mfa", "otp", "hwk", "swk"];

type PendingStaffLogin = NonNullable<SessionData["pendingStaffLogin"]>;

/** Whether the staff provider's ID token shows that it asked for a second factor already. */
export function providerDidMultiFactor(claims: { amr?: unknown; acr?: unknown }, mfaAcrValues: string[]): boolean {
  const amr = Array.isArray(claims.amr) ? claims.amr.filter((method): method is string => typeof method === "string") : [];
  if (amr.some((method) => MULTI_FACTOR_AMR.includes(method))) return true;
  return typeof claims.acr === "string" && mfaAcrValues.includes(claims.acr);
}

/**
 * After the provider's login (called by completeLogin, with a fresh session id): sign in at once
 * when the provider did multi-factor, otherwise hold the login until the TOTP code is right.
 * Returns where the browser goes next.
 */
export async function continueStaffLogin(state: RequestState, staff: Staff, claims: { amr?: unknown; acr?: unknown }, returnTo: string): Promise<string> {
  if (providerDidMultiFactor(claims, state.services.env.STAFF_OIDC_MFA_ACR)) {
    await signInStaff(state, staff, "identity-provider");
    return returnTo;
  }
  state.session.set("pendingStaffLogin", { staffId: staff.id, returnTo, startedAt: Date.now(), failures: 0 });
  const status = await getTotpStatus(state.services.db, staff.id);
  return localizePath(state.lang, status === "confirmed" ? VERIFY_PATH : ENROL_PATH);
}

async function signInStaff(state: RequestState, staff: Staff, secondFactor: "identity-provider" | "totp"): Promise<void> {
  state.session.unset("pendingStaffLogin");
  // After the code the session gets another new id: the one from before the second factor
  // must not become a signed-in session.
  if (secondFactor === "totp") await state.rotateSession();
  state.session.set("staffId", staff.id);
  state.session.set("lastSeenAt", Date.now());
  const { db } = state.services;
  await db.updateTable("staff").set({ last_login_at: new Date() }).where("id", "=", staff.id).execute();
  await recordAudit(db, { actor: { type: "staff", id: staff.id }, action: "login", municipalityId: staff.municipality_id, details: { secondFactor } });
}

/**
 * The guard of the two code pages: a login waiting for its code, and its staff member. Anyone
 * else goes to the staff login page (staff already signed in: to their start page).
 */
export async function requirePendingStaffLogin(state: RequestState): Promise<{ pending: PendingStaffLogin; staff: Staff; status: TotpStatus }> {
  if (state.session.get("staffId")) throw redirect(localizePath(state.lang, "/medewerker"));
  const pending = state.session.get("pendingStaffLogin");
  const expired = pending && Date.now() - pending.startedAt > PENDING_LOGIN_MS;
  const staff = pending && !expired ? await getStaffById(state.services.db, pending.staffId) : null;
  if (!pending || !staff) {
    state.session.unset("pendingStaffLogin");
    throw redirect(`${localizePath(state.lang, "/medewerker/inloggen")}${expired ? "?reden=verlopen" : ""}`);
  }
  return { pending, staff, status: await getTotpStatus(state.services.db, staff.id) };
}

/**
 * The secret to set up in this login: made on the first visit of the enrolment page and kept
 * (encrypted) in the session, so reloading the page does not make a scanned QR code worthless.
 */
export async function loadEnrolment(state: RequestState, pending: PendingStaffLogin, staff: Staff) {
  const crypto = totpCrypto(state.services.env.BSN_ENCRYPTION_KEY);
  let secret = pending.enrolmentSecret ? crypto.decrypt(pending.enrolmentSecret, enrolmentBinding(staff)) : null;
  if (!secret) {
    secret = newTotpSecret();
    state.session.set("pendingStaffLogin", { ...pending, enrolmentSecret: crypto.encrypt(secret, enrolmentBinding(staff)) });
  }
  return enrolmentView(secret, staff);
}

const enrolmentBinding = (staff: Staff) => `enrolment:${staff.id}`;

export type CodeOutcome = { kind: "signed-in"; returnTo: string } | { kind: "refused"; errorKey: string } | { kind: "locked" };

/**
 * A code sent from the login step or the set-up step (`enrolling`). A wrong or reused code
 * counts against this login; at MAX_WRONG_CODES the login ends and the person has to start
 * again at their provider.
 */
export async function submitTotpCode(state: RequestState, pending: PendingStaffLogin, staff: Staff, code: string, enrolling: boolean): Promise<CodeOutcome> {
  const { db, env } = state.services;
  const crypto = totpCrypto(env.BSN_ENCRYPTION_KEY);
  let result: CodeCheck;
  if (enrolling) {
    // No secret in the session: the page was never shown in this login, so nothing can match.
    const secret = pending.enrolmentSecret ? crypto.decrypt(pending.enrolmentSecret, enrolmentBinding(staff)) : null;
    result = secret ? await confirmTotpEnrolment(db, crypto, staff.id, secret, code) : "wrong";
  } else {
    result = await checkTotpCode(db, crypto, staff.id, code);
  }
  if (result === "accepted") {
    if (enrolling) await recordAudit(db, { actor: { type: "staff", id: staff.id }, action: "staff_totp_enrolled", municipalityId: staff.municipality_id });
    await signInStaff(state, staff, "totp");
    return { kind: "signed-in", returnTo: pending.returnTo === "/medewerker" ? localizePath(state.lang, pending.returnTo) : pending.returnTo };
  }
  const failures = pending.failures + 1;
  logger.warn({ staffId: staff.id, result, failures }, "staff second factor refused");
  if (failures >= MAX_WRONG_CODES) {
    state.session.unset("pendingStaffLogin");
    state.session.unset("idToken");
    state.session.flash("notice", "staff-two-factor-locked");
    await recordAudit(db, { actor: { type: "staff", id: staff.id }, action: "login_refused", municipalityId: staff.municipality_id, reason: "too many wrong codes" });
    return { kind: "locked" };
  }
  state.session.set("pendingStaffLogin", { ...pending, failures });
  return { kind: "refused", errorKey: result === "reused" ? "staff-two-factor:errors.code.reused" : "staff-two-factor:errors.code.wrong" };
}
