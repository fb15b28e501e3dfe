import nodemailer from "nodemailer";
import type { Database } from "~/lib/db.server";

/**
 * The ways a reminder leaves the building. E-mail goes over SMTP (nodemailer) when SMTP_URL is
 * set; otherwise, and for SMS until a provider is contracted, messages land in the outbox table
 * a developer can read (the page /dev/outbox, off in production). Post is not a transport: it becomes
 * a letter task for staff (deliver.server.ts).
 */
export type EmailMessage = { to: string; subject: string; text: string; notificationId?: string };
export type SmsMessage = { to: string; text: string; notificationId?: string };

export interface EmailTransport {
  readonly name: string;
  send(message: EmailMessage): Promise<void>;
}

/** An SMS provider (MessageBird, CM.com, …) behind one method, so a contract can be swapped in. */
export interface SmsProvider {
  readonly name: string;
  send(message: SmsMessage): Promise<void>;
}

export type Transports = { email: EmailTransport; sms: SmsProvider };

// A mail server that stalls holds one delivery worker, never a page: pages only queue a
// notification. Without limits nodemailer waits up to ten minutes on a silent connection; with
// them the attempt fails and the notification is tried again later (deliver.server.ts).
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 15_000, socketTimeout: 30_000 };

export function createSmtpTransport(smtpUrl: string, from: string, timeouts: Partial<typeof SMTP_TIMEOUTS> = {}): EmailTransport & { close(): void } {
  const transporter = nodemailer.createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS, ...timeouts });
  return {
    name: "smtp",
    async send(message) {
      await transporter.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
    close: () => transporter.close(),
  };
}

export function createOutboxEmail(db: Database): EmailTransport {
  return {
    name: "outbox",
    async send(message) {
      await db
        .insertInto("outbox_messages")
        .values({ notification_id: message.notificationId ?? null, channel: "email", recipient: message.to, subject: message.subject, body: message.text })
        .execute();
    },
  };
}

export function createOutboxSms(db: Database): SmsProvider {
  return {
    name: "outbox",
    async send(message) {
      await db.insertInto("outbox_messages").values({ notification_id: message.notificationId ?? null, channel: "sms", recipient: message.to, subject: null, body: message.text }).execute();
    },
  };
}

export function createTransports(db: Database, env: { SMTP_URL?: string; MAIL_FROM: string }): Transports {
  return { email: env.SMTP_URL ? createSmtpTransport(env.SMTP_URL, env.MAIL_FROM) : createOutboxEmail(db), sms: createOutboxSms(db) };
}

export async function listOutbox(db: Database, limit = 50) {
  return db.selectFrom("outbox_messages").select(["id", "channel", "recipient", "subject", "body", "created_at"]).orderBy("id", "desc").limit(limit).execute();
}
