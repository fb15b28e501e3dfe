import * as OTPAuth from "otpauth";
import QRCode from "qrcode";
import { recordAudit } from "~/lib/audit.server";
import { createSecretCrypto, type SecretCrypto } from "~/lib/crypto.server";
import type { Database } from "~/lib/db.server";
import type { Staff } from "~/lib/db-schema";
import { deleteAllSessionsOf } from "~/lib/session.server";

/**
 * TOTP (RFC 6238) as every authenticator app understands it: SHA-1, 6 digits, 30 seconds. A code
 * of the time step before or after is accepted too (window 1), because phone clocks drift.
 */
const PERIOD_SECONDS = 30;
const DIGITS = 6;
const ALGORITHM = "SHA1";
const WINDOW = 1;
const ISSUER = "Meedoen";

export type TotpStatus = "none" | "confirmed";
export type CodeCheck = "accepted" | "wrong" | "reused";

const cryptos = new Map<string, SecretCrypto>();
/** The secrets' own key, derived from the master key (never the BSN key itself). */
export function totpCrypto(masterKeyBase64: string): SecretCrypto {
  let found = cryptos.get(masterKeyBase64);
  if (!found) {
    found = createSecretCrypto(masterKeyBase64, "staff totp");
    cryptos.set(masterKeyBase64, found);
  }
  return found;
}

export async function getTotpStatus(db: Database, staffId: string): Promise<TotpStatus> {
  const row = await db.selectFrom("staff_totp").select("staff_id").where("staff_id", "=", staffId).executeTakeFirst();
  return row ? "confirmed" : "none";
}

/** A new secret for the enrolment page: 160 random bits, as RFC 4226 recommends. */
export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

function totpOf(secretBase32: string, label = "") {
  return new OTPAuth.TOTP({ issuer: ISSUER, label, algorithm: ALGORITHM, digits: DIGITS, period: PERIOD_SECONDS, secret: OTPAuth.Secret.fromBase32(secretBase32) });
}

/** The time step a code belongs to, or null when it is not a code of this secret right now. */
function matchingStep(secretBase32: string, code: string, now: number): number | null {
  const totp = totpOf(secretBase32);
  const delta = totp.validate({ token: code, timestamp: now, window: WINDOW });
  return delta === null ? null : totp.counter({ timestamp: now }) + delta;
}

/** What the enrolment page shows: a QR code drawn on the server (SVG, no request elsewhere) and the secret to type. */
export async function enrolmentView(secretBase32: string, staff: Pick<Staff, "email" | "name">) {
  const uri = totpOf(secretBase32, staff.email ?? staff.name).toString();
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  // Groups of four are easier to copy by hand, and apps ignore the spaces.
  return { qrSvg, secretGroups: secretBase32.match(/.{1,4}/g) ?? [] };
}

/**
 * The first right code stores the secret (encrypted, bound to the staff id) and uses that code
 * up. Until then the secret lives only in the login's session: a secret shown in a login that was
 * never finished is never stored, so whoever saw it cannot use it later. When another login set
 * up a secret in the meantime, the first one stays.
 */
export async function confirmTotpEnrolment(db: Database, crypto: SecretCrypto, staffId: string, secretBase32: string, code: string, now = Date.now()): Promise<CodeCheck> {
  const step = matchingStep(secretBase32, code, now);
  if (step === null) return "wrong";
  const stored = await db
    .insertInto("staff_totp")
    .values({ staff_id: staffId, secret_encrypted: crypto.encrypt(secretBase32, staffId), confirmed_at: new Date(now), last_used_step: step })
    .onConflict((oc) => oc.column("staff_id").doNothing())
    .returning("staff_id")
    .executeTakeFirst();
  return stored ? "accepted" : "wrong";
}

/**
 * Checks a login code and, when it is right, uses it up in the same statement: the stored time
 * step only moves forward, so the same code (or an older one) is refused afterwards, also when
 * two requests arrive at once.
 */
export async function checkTotpCode(db: Database, crypto: SecretCrypto, staffId: string, code: string, now = Date.now()): Promise<CodeCheck> {
  const row = await db.selectFrom("staff_totp").select("secret_encrypted").where("staff_id", "=", staffId).executeTakeFirst();
  if (!row) return "wrong";
  const step = matchingStep(crypto.decrypt(row.secret_encrypted, staffId), code, now);
  if (step === null) return "wrong";
  const used = await db
    .updateTable("staff_totp")
    .set({ last_used_step: step })
    .where("staff_id", "=", staffId)
    .where("last_used_step", "<", String(step))
    .executeTakeFirst();
  return Number(used.numUpdatedRows) === 1 ? "accepted" : "reused";
}

/** The municipality's staff and whether each has set up the app, for the beheerder. */
export async function listStaffTotp(db: Database, municipalityId: string) {
  return db
    .selectFrom("staff")
    .leftJoin("staff_totp", "staff_totp.staff_id", "staff.id")
    .select(["staff.id", "staff.name", "staff.role", "staff_totp.confirmed_at"])
    .where("staff.municipality_id", "=", municipalityId)
    .orderBy("staff.name")
    .execute();
}

/**
 * A beheerder resets a colleague's second factor (a lost or new phone): the secret is removed and
 * the colleague's sessions end, so the next login sets up the app again. Only for staff of the
 * beheerder's own municipality; anyone else is "not found". Not for the beheerder themself:
 * that would let one stolen session remove the factor that protects the account.
 */
export async function resetStaffTotp(db: Database, admin: Pick<Staff, "id" | "municipality_id">, colleagueId: string): Promise<"reset" | "nothing" | "not-found"> {
  if (colleagueId === admin.id) return "not-found";
  return db.transaction().execute(async (trx) => {
    const colleague = await trx.selectFrom("staff").select("id").where("id", "=", colleagueId).where("municipality_id", "=", admin.municipality_id).executeTakeFirst();
    if (!colleague) return "not-found";
    // Nothing set up (a second click, or a colleague whose provider does MFA): nobody is logged out.
    const removed = await trx.deleteFrom("staff_totp").where("staff_id", "=", colleague.id).returning("staff_id").executeTakeFirst();
    if (!removed) return "nothing";
    await deleteAllSessionsOf(trx, { staffId: colleague.id });
    await recordAudit(trx, { actor: { type: "staff", id: admin.id }, action: "staff_totp_reset", municipalityId: admin.municipality_id, subject: { type: "staff", id: colleague.id } });
    return "reset";
  });
}
