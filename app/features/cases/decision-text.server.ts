import type { Language } from "~/lib/db-schema";
import { getResources } from "~/lib/translations.server";

/** A decision template's text in one language (Dutch is the one the klantmanager edits). */
export function decisionTemplateText(lang: Language, template: string): string {
  const common = getResources(lang).common as { decisions?: { templates?: Record<string, string> } } | undefined;
  return common?.decisions?.templates?.[template] ?? "";
}
