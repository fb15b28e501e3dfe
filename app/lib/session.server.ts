import { type Cookie, createCookie, createSessionStorage, type Session, type SessionStorage } from "react-router";
import type { Database } from "./db.server";
import type { Language } from "./i18n";

/**
 * Server-side sessions: the cookie holds only a signed random id; the data lives in the
 * `sessions` table, so logging out everywhere is one DELETE, and several app instances share
 * sessions through the database.
 */
export type SessionData = {
  lang?: Language;
  residentId?: string;
  staffId?: string;
  // A Servicepunt employee helping a resident: staffId stays, residentId is the resident helped,
  // and this is the help_sessions row. Ending the help session removes residentId again.
  helpSessionId?: string;
  // When the signed-in person last did something; drives the idle timeout.
  lastSeenAt?: number;
  idToken?: string;
  // The token every posting form carries (csrf.server.ts).
  csrf?: string;
  loginState?: { kind: "resident" | "staff"; state: string; nonce: string; codeVerifier: string; returnTo: string };
  // A staff login that the identity provider let through without a second factor. It is not
  // `staffId` on purpose: every staff page checks `staffId`, so none answers before the TOTP
  // code is right (app/features/staff-two-factor). `failures` counts wrong codes in this login;
  // `enrolmentSecret` is the encrypted secret being set up, kept only for this login.
  pendingStaffLogin?: { staffId: string; returnTo: string; startedAt: number; failures: number; enrolmentSecret?: string };
  // Fields of a form posted after the session had expired, restored after logging in again.
  pendingForm?: { path: string; fields: Array<[string, string]> };
};
export type SessionFlashData = { notice: "contact-saved" | "logged-out" | "draft-saved" | "message-sent" | "answer-sent" | "feedback-thanks" | "help-ended" | `staff-${string}` | `premium-${string}` | `changes-${string}` };
export type AppSession = Session<SessionData, SessionFlashData>;

const ANONYMOUS_SESSION_SECONDS = 24 * 60 * 60;

export function sessionCookieName(secure: boolean): string {
  return secure ? "__Host-meedoen" : "meedoen";
}

export function createSessionCookie(options: { secret: string; secure: boolean }): Cookie {
  return createCookie(sessionCookieName(options.secure), {
    httpOnly: true,
    sameSite: "lax",
    secure: options.secure,
    path: "/",
    secrets: [options.secret],
  });
}

export function createDatabaseSessionStorage(db: Database, cookie: Cookie): SessionStorage<SessionData, SessionFlashData> {
  const columns = (data: Partial<SessionData>) => ({
    data: JSON.stringify(data),
    resident_id: data.residentId ?? null,
    staff_id: data.staffId ?? null,
  });
  const expiry = (expires?: Date) => expires ?? new Date(Date.now() + ANONYMOUS_SESSION_SECONDS * 1000);
  return createSessionStorage<SessionData, SessionFlashData>({
    cookie,
    async createData(data, expires) {
      const id = crypto.randomUUID() + crypto.randomUUID().replaceAll("-", "");
      await db.insertInto("sessions").values({ id, ...columns(data), expires_at: expiry(expires) }).execute();
      return id;
    },
    async readData(id) {
      const row = await db.selectFrom("sessions").select(["data", "expires_at"]).where("id", "=", id).executeTakeFirst();
      if (!row || row.expires_at < new Date()) return null;
      return row.data as Partial<SessionData>;
    },
    async updateData(id, data, expires) {
      await db
        .insertInto("sessions")
        .values({ id, ...columns(data), expires_at: expiry(expires) })
        .onConflict((oc) => oc.column("id").doUpdateSet({ ...columns(data), expires_at: expiry(expires), updated_at: new Date() }))
        .execute();
    },
    async deleteData(id) {
      await db.deleteFrom("sessions").where("id", "=", id).execute();
    },
  });
}

export async function deleteAllSessionsOf(db: Database, who: { residentId?: string; staffId?: string }) {
  if (who.residentId) await db.deleteFrom("sessions").where("resident_id", "=", who.residentId).execute();
  if (who.staffId) await db.deleteFrom("sessions").where("staff_id", "=", who.staffId).execute();
}
