import { z } from "zod";
import { CASE_STATUSES, CASE_TYPES } from "~/features/cases/case-kinds";
import { TARGET_GROUP_TAGS } from "~/features/registration/target-groups";

/**
 * The queue's controls live in the URL (a GET form), so a filtered view can be bookmarked,
 * shared with a colleague and works without JavaScript. A value that makes no sense falls back
 * to the default instead of an error page: a stale bookmark still opens the queue.
 */
export const ASSIGNEE_FILTERS = ["iedereen", "mijn", "niemand"] as const;
export const DUE_FILTERS = ["", "te-laat", "deze-week"] as const;
export const STATUS_FILTERS = ["open", "alle", ...CASE_STATUSES] as const;

const REFERENCE = /^MD-\d{4}-\d{6}$/i;
const BSN = /^\d{8,9}$/;

export const QueueFiltersSchema = z.object({
  type: z.enum(["", ...CASE_TYPES]).catch(""),
  status: z.enum(STATUS_FILTERS).catch("open"),
  behandelaar: z.enum(ASSIGNEE_FILTERS).catch("iedereen"),
  doelgroep: z.enum(["", ...TARGET_GROUP_TAGS]).catch(""),
  termijn: z.enum(DUE_FILTERS).catch(""),
  na: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}~[0-9a-f-]{36}$/)
    .optional()
    .catch(undefined),
});

export type QueueFilters = z.infer<typeof QueueFiltersSchema>;

export function parseQueueFilters(search: URLSearchParams): QueueFilters {
  const raw = Object.fromEntries([...search.entries()].filter(([, v]) => v !== ""));
  return QueueFiltersSchema.parse({ type: "", status: "open", behandelaar: "iedereen", doelgroep: "", termijn: "", ...raw });
}

/**
 * Searching by case reference or BSN is a POST, never a query string: a BSN must not end up in
 * a URL, a browser history or an access log. A BSN search needs a reason for the audit log.
 */
export const QueueSearchSchema = z
  .object({
    zoek: z
      .string({ error: "errors.queueSearch.required" })
      .transform((value) => value.replace(/[\s.]/g, ""))
      .pipe(z.string().min(1, "errors.queueSearch.required").max(20, "errors.queueSearch.format")),
    reden: z.string().trim().max(200, "errors.queueSearch.reasonTooLong").optional(),
  })
  .superRefine((value, ctx) => {
    if (REFERENCE.test(value.zoek)) return;
    if (!BSN.test(value.zoek)) {
      ctx.addIssue({ code: "custom", path: ["zoek"], message: "errors.queueSearch.format" });
      return;
    }
    if (!value.reden) ctx.addIssue({ code: "custom", path: ["reden"], message: "errors.queueSearch.reasonRequired" });
  });

export type QueueSearch = { kind: "reference"; reference: string } | { kind: "bsn"; bsn: string; reason: string };

export function classifySearch(value: z.infer<typeof QueueSearchSchema>): QueueSearch {
  if (REFERENCE.test(value.zoek)) return { kind: "reference", reference: value.zoek.toUpperCase() };
  return { kind: "bsn", bsn: value.zoek.padStart(9, "0"), reason: value.reden ?? "" };
}

export function encodeCursor(deadline: string, id: string): string {
  return `${deadline}~${id}`;
}

export function decodeCursor(cursor: string | undefined): { deadline: string; id: string } | null {
  if (!cursor) return null;
  const [deadline, id] = cursor.split("~");
  return deadline && id ? { deadline, id } : null;
}
