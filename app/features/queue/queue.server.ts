import { type ExpressionBuilder, sql } from "kysely";
import { CLOCK_RUNNING_STATUSES, OPEN_STATUSES } from "~/features/cases/case-kinds";
import { recordAudit } from "~/lib/audit.server";
import { addDays, todayIso } from "~/lib/date-schema";
import type { Database } from "~/lib/db.server";
import type { DB, Staff } from "~/lib/db-schema";
import { decodeCursor, encodeCursor, type QueueFilters } from "./queue-filters";

export const QUEUE_PAGE_SIZE = 25;

/**
 * One page of the municipality's queue, soonest deadline first. Keyset pagination on
 * (deadline, id): the next page starts after the last row shown, so page 400 costs what page 1
 * costs, with a million cases. `db` must come from withMunicipalityScope.
 */
export async function listQueuePage(db: Database, staff: Staff, filters: QueueFilters, today = todayIso()) {
  const cursor = decodeCursor(filters.na);
  // The page of cases first, on the cases table alone, then names for just those rows: with
  // row-level security on residents the planner otherwise joins thousands of rows before sorting.
  const pageOfCases = db
    .selectFrom("cases")
    .select(["id", "reference", "type", "status", "deadline", "tags", "submitted_at", "assignee_id", "resident_id"])
    .where("cases.municipality_id", "=", staff.municipality_id)
    .where((eb) => queueConditions(eb, staff, filters, today))
    .$if(cursor !== null, (qb) => qb.where((eb) => eb(eb.refTuple("cases.deadline", "cases.id"), ">", eb.tuple(cursor!.deadline, cursor!.id))))
    .orderBy("cases.deadline")
    .orderBy("cases.id")
    .limit(QUEUE_PAGE_SIZE + 1);
  const rows = await db
    .selectFrom(pageOfCases.as("c"))
    .innerJoin("residents", "residents.id", "c.resident_id")
    .leftJoin("staff as assignee", "assignee.id", "c.assignee_id")
    .select(["c.id", "c.reference", "c.type", "c.status", "c.deadline", "c.tags", "c.submitted_at", "c.assignee_id", "assignee.name as assignee_name", "residents.given_name", "residents.family_name"])
    .orderBy("c.deadline")
    .orderBy("c.id")
    .execute();
  const page = rows.slice(0, QUEUE_PAGE_SIZE);
  const last = page.at(-1);
  return {
    cases: page.map((row) => ({ ...row, overdue: isOverdue(row, today) })),
    nextCursor: rows.length > QUEUE_PAGE_SIZE && last ? encodeCursor(last.deadline, last.id) : null,
  };
}

function queueConditions(eb: ExpressionBuilder<DB, "cases">, staff: Staff, filters: QueueFilters, today: string) {
  const conditions = [];
  if (filters.type) conditions.push(eb("cases.type", "=", filters.type));
  if (filters.status === "open") conditions.push(eb("cases.status", "in", OPEN_STATUSES));
  else if (filters.status !== "alle") conditions.push(eb("cases.status", "=", filters.status));
  if (filters.behandelaar === "mijn") conditions.push(eb("cases.assignee_id", "=", staff.id));
  if (filters.behandelaar === "niemand") conditions.push(eb("cases.assignee_id", "is", null));
  if (filters.doelgroep) conditions.push(eb("cases.tags", "@>", sql<string[]>`array[${filters.doelgroep}]::text[]`));
  if (filters.termijn === "te-laat") {
    conditions.push(eb("cases.status", "in", CLOCK_RUNNING_STATUSES), eb("cases.deadline", "<", today));
  }
  if (filters.termijn === "deze-week") {
    conditions.push(eb("cases.status", "in", CLOCK_RUNNING_STATUSES), eb("cases.deadline", ">=", today), eb("cases.deadline", "<=", addDays(today, 7)));
  }
  return eb.and(conditions);
}

/** Overdue: the deadline has passed while the municipality was the one to act. */
export function isOverdue(row: { status: string; deadline: string }, today = todayIso()): boolean {
  return (CLOCK_RUNNING_STATUSES as readonly string[]).includes(row.status) && row.deadline < today;
}

/** The counts above the queue: open cases per status, and how many are overdue. */
export async function countOpenCases(db: Database, staff: Staff, today = todayIso()) {
  const rows = await db
    .selectFrom("cases")
    .select((eb) => [
      "status",
      eb.fn.countAll<string>().as("total"),
      eb.fn.count<string>("id").filterWhere((f) => f.and([f("status", "in", CLOCK_RUNNING_STATUSES), f("deadline", "<", today)])).as("overdue"),
    ])
    .where("municipality_id", "=", staff.municipality_id)
    .where("status", "in", OPEN_STATUSES)
    .groupBy("status")
    .execute();
  const byStatus = Object.fromEntries(OPEN_STATUSES.map((status) => [status, 0])) as Record<(typeof OPEN_STATUSES)[number], number>;
  let overdue = 0;
  for (const row of rows) {
    byStatus[row.status as (typeof OPEN_STATUSES)[number]] = Number(row.total);
    overdue += Number(row.overdue);
  }
  return { byStatus, overdue };
}

/** The case with this reference, if it is the municipality's. */
export async function findCaseByReference(db: Database, staff: Staff, reference: string) {
  return db.selectFrom("cases").select(["id"]).where("municipality_id", "=", staff.municipality_id).where("reference", "=", reference).executeTakeFirst();
}

/**
 * A resident's cases found by BSN (through its keyed hash: the BSN itself is never stored in
 * the clear or searched as text). The search is written to the audit log with its reason,
 * whether or not it finds anyone.
 */
export async function findCasesByBsnHash(db: Database, staff: Staff, input: { bsnHash: string; reason: string }) {
  const resident = await db.selectFrom("residents").select(["id", "given_name", "family_name"]).where("bsn_hash", "=", input.bsnHash).executeTakeFirst();
  await recordAudit(db, {
    actor: { type: "staff", id: staff.id },
    action: "bsn_search",
    municipalityId: staff.municipality_id,
    subject: resident ? { type: "resident", id: resident.id } : undefined,
    reason: input.reason,
    details: { found: Boolean(resident) },
  });
  if (!resident) return null;
  const cases = await db
    .selectFrom("cases")
    .select(["id", "reference", "type", "status", "deadline", "submitted_at"])
    .where("municipality_id", "=", staff.municipality_id)
    .where("resident_id", "=", resident.id)
    .orderBy("submitted_at", "desc")
    .limit(50)
    .execute();
  return { name: `${resident.given_name} ${resident.family_name}`, cases };
}
