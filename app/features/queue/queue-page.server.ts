import type { Database } from "~/lib/db.server";
import type { Language, Staff } from "~/lib/db-schema";
import { formatDate } from "~/lib/format-date.server";
import { parseQueueFilters } from "./queue-filters";
import { countOpenCases, listQueuePage } from "./queue.server";

/** The queue page's data: counts, one page of cases and the link to the next page. */
export async function loadQueuePage(db: Database, staff: Staff, search: URLSearchParams, lang: Language) {
  const filters = parseQueueFilters(search);
  const [counts, page] = await Promise.all([countOpenCases(db, staff), listQueuePage(db, staff, filters)]);
  const { na: _cursor, ...withoutCursor } = filters;
  return {
    filters,
    counts,
    cases: page.cases.map((c) => ({
      id: c.id,
      reference: c.reference,
      type: c.type,
      status: c.status,
      resident: `${c.given_name} ${c.family_name}`,
      deadline: formatDate(c.deadline, lang),
      overdue: c.overdue,
      assignee: c.assignee_id === staff.id ? "me" : (c.assignee_name ?? null),
      tags: c.tags,
    })),
    nextPage: page.nextCursor ? `?${new URLSearchParams({ ...withoutCursor, na: page.nextCursor })}` : null,
    firstPage: filters.na ? `?${new URLSearchParams(withoutCursor)}` : null,
  };
}
