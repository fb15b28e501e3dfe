import type { Language, NotificationKind } from "~/lib/db-schema";
import { isLanguage, localizePath } from "~/lib/i18n";
import { getResources } from "~/lib/translations.server";

/**
 * What a reminder says, in the resident's own language. On purpose nothing more than "you have
 * a task in Meedoen" and a link: an e-mail or text message can be read by anyone who picks up
 * the phone, so it never carries a BSN, a name, a case, an amount or the word "uitkering".
 */
export type ComposedMessage = { subject: string; text: string; sms: string; link: string };

type MessageTexts = { subject: string; greeting: string; newTask: string; reminder: string; login: string; regards: string; sms: string; smsReminder: string };

export function composeMessage(input: { kind: NotificationKind; language: string | null; publicUrl: string; municipalityName: string }): ComposedMessage {
  const lang: Language = isLanguage(input.language) ? input.language : "nl";
  const texts = (getResources(lang).changes as { messages: MessageTexts } | undefined)?.messages;
  if (!texts) throw new Error(`no message texts for language ${lang}`);
  const link = new URL(localizePath(lang, "/mijn"), input.publicUrl).href;
  const reminder = input.kind === "check_final_reminder";
  const text = [texts.greeting, "", reminder ? texts.reminder : texts.newTask, texts.login, link, "", texts.regards, input.municipalityName].join("\n");
  return { subject: texts.subject, text, sms: (reminder ? texts.smsReminder : texts.sms).replace("{{link}}", link), link };
}
