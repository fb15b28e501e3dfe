import { getResidentCheck } from "~/features/periodic-check/check.server";
import type { Database } from "~/lib/db.server";
import { formatDate } from "~/lib/format-date.server";
import type { Language } from "~/lib/i18n";
import { getResources } from "~/lib/translations.server";

type HomeTexts = { checkTask: string; checkLink: string; reportLink: string };

/**
 * What the resident home shows of this capability: the open check as a task, and the way to
 * report a change. Texts are resolved here, so the home page need not carry the whole
 * `changes` namespace.
 */
export async function loadChangesHome(db: Database, residentId: string, lang: Language) {
  const texts = (getResources(lang).changes as { home: HomeTexts }).home;
  const check = await getResidentCheck(db, residentId);
  const open = check && !check.answeredAt && !check.closed;
  return {
    checkTask: open ? { text: texts.checkTask.replace("{{date}}", formatDate(check.closesOn, lang)), link: texts.checkLink } : null,
    reportLink: texts.reportLink,
  };
}
