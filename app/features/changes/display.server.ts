import type { ChangeVersionKind } from "~/lib/db-schema";
import { formatDate } from "~/lib/format-date.server";
import type { Language } from "~/lib/i18n";
import { formatAmount } from "./amount";
import type { ChangeSubmission } from "./changes.server";
import type { AssembledReport } from "./drafts.server";
import type { TopicValues } from "./schema";
import { type ChangeTopicSlug, findTopic } from "./topics";

/**
 * Answers made ready to show: dates and amounts formatted on the server (the page must hydrate
 * to exactly what the server sent), choices left as values for the page to translate.
 */
export type DisplayRow = { name: string; value: string; option?: boolean };
export type TopicDisplay = { slug: ChangeTopicSlug; key: string; rows: DisplayRow[]; file: { name: string; documentId?: string } | null; incomplete?: boolean };

export function topicDisplay(slug: ChangeTopicSlug, values: TopicValues | undefined, file: { name: string; documentId?: string } | null, lang: Language): TopicDisplay {
  const topic = findTopic(slug)!;
  const rows: DisplayRow[] = [];
  for (const field of topic.fields) {
    const value = values?.[field.name];
    if (value === undefined || value === "") continue;
    if (field.type === "date") rows.push({ name: field.name, value: formatDate(String(value), lang) });
    else if (field.type === "amount") rows.push({ name: field.name, value: formatAmount(Number(value), lang) });
    else if (field.type === "choice") rows.push({ name: field.name, value: String(value), option: true });
    else rows.push({ name: field.name, value: String(value) });
  }
  return { slug, key: topic.key, rows, file, incomplete: values === undefined };
}

export function reportDisplay(report: AssembledReport, lang: Language): TopicDisplay[] {
  return report.topics.map((slug) => {
    const file = report.files[slug];
    return topicDisplay(slug, report.values[slug], file ? { name: file.fileName, documentId: file.kind === "document" ? file.documentId : undefined } : null, lang);
  });
}

export function submissionDisplay(submission: ChangeSubmission, lang: Language): TopicDisplay[] {
  return (submission.onderwerpen ?? []).map((slug) => {
    const file = submission.bestanden?.[slug];
    return topicDisplay(slug, submission.gegevens?.[slug], file ? { name: file.fileName, documentId: file.documentId } : null, lang);
  });
}

export type VersionDisplay = { version: number; kind: ChangeVersionKind; date: string; by: "resident" | "staff" | "system"; topics: TopicDisplay[] };

export function versionsDisplay(
  versions: Array<{ version: number; kind: ChangeVersionKind; submission: Record<string, unknown>; created_at: Date; actor_type: "resident" | "staff" | "system" }>,
  lang: Language,
): VersionDisplay[] {
  return versions.map((v) => ({
    version: v.version,
    kind: v.kind,
    date: formatDate(v.created_at, lang),
    by: v.actor_type,
    topics: submissionDisplay(v.submission as unknown as ChangeSubmission, lang),
  }));
}
