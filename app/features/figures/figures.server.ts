import { type RawBuilder, sql } from "kysely";
import { CASE_TYPES, CLOCK_RUNNING_STATUSES } from "~/features/cases/case-kinds";
import { addDays, todayIso } from "~/lib/date-schema";
import type { Database } from "~/lib/db.server";
import type { CaseType, FeedbackTable } from "~/lib/db-schema";
import { type HalfYear, halfYearRange, monthsOf, weeksOf } from "./period";

/**
 * The figures the council asks for every six months, for one municipality and one half year.
 * Every function takes the `db` of withMunicipalityScope (row-level security) and still
 * filters on municipality_id itself: the policy is the safety net, not the query.
 *
 * Days are Dutch days: a case decided at 00:30 on 2 July (22:30 UTC on 1 July) was decided on
 * 2 July, so period bounds, "on time" and weeks and months are taken in Europe/Amsterdam,
 * whatever time zone the database session has.
 */
const ZONE = sql.lit("Europe/Amsterdam");

type TimestampColumn = "submitted_at" | "decided_at" | "created_at";

function inPeriod(column: TimestampColumn, period: HalfYear): RawBuilder<boolean> {
  const { start, end } = halfYearRange(period);
  const ref = sql.ref(column);
  return sql<boolean>`(${ref} >= (${start}::timestamp at time zone ${ZONE}) and ${ref} < (${end}::timestamp at time zone ${ZONE}))`;
}

const count = (rows: Array<{ key: string | null; count: string }>) => new Map(rows.map((row) => [row.key, Number(row.count)]));

export type CaseCounts = {
  /** Submitted in the half year. */
  received: number;
  /** Decided (toegekend, afgewezen or afgehandeld) in the half year. */
  decided: number;
  /** Of those, decided on or before the deadline (the Dutch calendar day). */
  decidedOnTime: number;
  /** Of those, decided after the deadline. */
  decidedLate: number;
  /** Not decided, the municipality's turn, and the deadline (in this half year) has passed. */
  openOverdue: number;
  /** decidedLate + openOverdue: every case where the municipality was late. */
  overdue: number;
};

/**
 * Cases in, decided, on time and overdue, per case type. A case still open past its deadline
 * counts in the half year its deadline fell in (and only while the clock runs: waiting on the
 * resident pauses it, as the Awb allows), so the same case never turns up in two reports as
 * open and overdue; once decided it counts as decided late in the half year of the decision.
 */
export async function countCasesByType(db: Database, municipalityId: string, period: HalfYear, today = todayIso()): Promise<Record<CaseType, CaseCounts>> {
  const { start, end } = halfYearRange(period);
  const received = inPeriod("submitted_at", period);
  const decided = inPeriod("decided_at", period);
  const onTime = sql<boolean>`(decided_at at time zone ${ZONE})::date <= deadline`;
  const openOverdue = sql<boolean>`(status in (${sql.join(CLOCK_RUNNING_STATUSES)}) and deadline >= ${start}::date and deadline < ${end}::date and deadline < ${today}::date)`;
  const rows = await db
    .selectFrom("cases")
    .select([
      "type",
      sql<string>`count(*) filter (where ${received})`.as("received"),
      sql<string>`count(*) filter (where ${decided})`.as("decided"),
      sql<string>`count(*) filter (where ${decided} and ${onTime})`.as("decided_on_time"),
      sql<string>`count(*) filter (where ${decided} and not ${onTime})`.as("decided_late"),
      sql<string>`count(*) filter (where ${openOverdue})`.as("open_overdue"),
    ])
    .where("municipality_id", "=", municipalityId)
    .where(sql<boolean>`(${received} or ${decided} or ${openOverdue})`)
    .groupBy("type")
    .execute();
  const byType = new Map(rows.map((row) => [row.type, row]));
  return Object.fromEntries(
    CASE_TYPES.map((type) => {
      const row = byType.get(type);
      const decidedLate = Number(row?.decided_late ?? 0);
      const openOverdueCount = Number(row?.open_overdue ?? 0);
      const counts: CaseCounts = {
        received: Number(row?.received ?? 0),
        decided: Number(row?.decided ?? 0),
        decidedOnTime: Number(row?.decided_on_time ?? 0),
        decidedLate,
        openOverdue: openOverdueCount,
        overdue: decidedLate + openOverdueCount,
      };
      return [type, counts];
    }),
  ) as Record<CaseType, CaseCounts>;
}

/**
 * The median time from submission to decision, in days (with fractions: 1.5 is a day and a
 * half), of the cases decided in the half year: per type and for all types together ("all").
 * The median, not the average, so one case that took a year does not hide a fast team.
 * null when nothing was decided.
 */
export async function medianDaysToDecision(db: Database, municipalityId: string, period: HalfYear): Promise<Record<CaseType | "all", number | null>> {
  const rows = await db
    .selectFrom("cases")
    .select([
      sql<CaseType | null>`type`.as("type"),
      sql<number | null>`percentile_cont(0.5) within group (order by extract(epoch from (decided_at - submitted_at))::float8 / 86400)`.as("median_days"),
    ])
    .where("municipality_id", "=", municipalityId)
    .where(inPeriod("decided_at", period))
    .groupBy(sql`grouping sets ((type), ())`)
    .execute();
  // The grand total row (grouping set ()) exists even when nothing was decided, with a null median.
  const medians = new Map(rows.map((row) => [row.type ?? "all", row.median_days === null ? null : Math.round(Number(row.median_days) * 10) / 10]));
  return Object.fromEntries([...CASE_TYPES, "all"].map((key) => [key, medians.get(key as CaseType) ?? null])) as Record<CaseType | "all", number | null>;
}

// The half year's weeks and months run up to today; one day more, because "today" is a UTC
// date and a Dutch evening already belongs to tomorrow.
const seriesEnd = (today: string) => addDays(today, 1);

/** Registrations as werkzoekende per week (Monday to Sunday), every week shown, zeros too. */
export async function registrationsPerWeek(db: Database, municipalityId: string, period: HalfYear, today = todayIso()) {
  const rows = await db
    .selectFrom("cases")
    .select([sql<string>`to_char(date_trunc('week', submitted_at at time zone ${ZONE}), 'YYYY-MM-DD')`.as("key"), sql<string>`count(*)`.as("count")])
    .where("municipality_id", "=", municipalityId)
    .where("type", "=", "registratie_werkzoekende")
    .where(inPeriod("submitted_at", period))
    .groupBy(sql`1`)
    .execute();
  const counts = count(rows);
  return weeksOf(period, seriesEnd(today)).map((week) => ({ ...week, count: counts.get(week.monday) ?? 0 }));
}

async function casesPerMonth(db: Database, municipalityId: string, period: HalfYear, type: CaseType, today: string) {
  const rows = await db
    .selectFrom("cases")
    .select([sql<string>`to_char(submitted_at at time zone ${ZONE}, 'YYYY-MM')`.as("key"), sql<string>`count(*)`.as("count")])
    .where("municipality_id", "=", municipalityId)
    .where("type", "=", type)
    .where(inPeriod("submitted_at", period))
    .groupBy(sql`1`)
    .execute();
  const counts = count(rows);
  return monthsOf(period, seriesEnd(today)).map((month) => ({ month, count: counts.get(month) ?? 0 }));
}

/**
 * Changes residents reported themselves, per month: the trend that should replace the
 * Inlichtingenbureau's signals. Every `wijziging` case comes from the resident (alone or with
 * the Servicepunt at their side), so all of them count.
 */
export function selfReportedChangesPerMonth(db: Database, municipalityId: string, period: HalfYear, today = todayIso()) {
  return casesPerMonth(db, municipalityId, period, "wijziging", today);
}

/**
 * Periodic checks received per month. The council asks for the response per check round
 * (invited, answered, reminded); rounds are not stored yet, so this stands in until they are
 * and is the one function to replace then.
 */
export function periodicChecksPerMonth(db: Database, municipalityId: string, period: HalfYear, today = todayIso()) {
  return casesPerMonth(db, municipalityId, period, "periodieke_check", today);
}

/**
 * Uitstroompremies granted (status toegekend, decided in the half year) and the budget they
 * use: the sum of the decisions' amountCents. A decision without an amount (older decisions,
 * or one where the amount was not recorded) counts as granted and is reported separately, so
 * the budget is never silently too low.
 */
export async function premiumsGranted(db: Database, municipalityId: string, period: HalfYear) {
  const hasAmount = sql<boolean>`coalesce(jsonb_typeof(decision -> 'amountCents') = 'number', false)`;
  const row = await db
    .selectFrom("cases")
    .select([
      sql<string>`count(*)`.as("granted"),
      sql<string | null>`sum((decision ->> 'amountCents')::numeric) filter (where ${hasAmount})`.as("amount_cents"),
      sql<string>`count(*) filter (where not ${hasAmount})`.as("without_amount"),
    ])
    .where("municipality_id", "=", municipalityId)
    .where("type", "=", "uitstroompremie")
    .where("status", "=", "toegekend")
    .where(inPeriod("decided_at", period))
    .executeTakeFirstOrThrow();
  return { granted: Number(row.granted), amountCents: Math.round(Number(row.amount_cents ?? 0)), withoutAmount: Number(row.without_amount) };
}

export const FEEDBACK_ANSWERS = ["makkelijk", "moeilijk", "hulp_nodig"] as const satisfies readonly FeedbackTable["answer"][];

/** "Hoe ging het?": how many residents gave each answer in the half year (comments stay out). */
export async function feedbackAnswers(db: Database, municipalityId: string, period: HalfYear): Promise<Record<(typeof FEEDBACK_ANSWERS)[number], number>> {
  const rows = await db
    .selectFrom("feedback")
    .select([sql<string>`answer`.as("key"), sql<string>`count(*)`.as("count")])
    .where("municipality_id", "=", municipalityId)
    .where(inPeriod("created_at", period))
    .groupBy("answer")
    .execute();
  const counts = count(rows);
  return Object.fromEntries(FEEDBACK_ANSWERS.map((answer) => [answer, counts.get(answer) ?? 0])) as Record<(typeof FEEDBACK_ANSWERS)[number], number>;
}

/** All figures of one half year, for the page and for the CSV alike. */
export async function loadFigures(db: Database, municipalityId: string, period: HalfYear, today = todayIso()) {
  // One after the other: `db` is a single transaction, which runs one query at a time anyway.
  const cases = await countCasesByType(db, municipalityId, period, today);
  const medianDays = await medianDaysToDecision(db, municipalityId, period);
  const registrations = await registrationsPerWeek(db, municipalityId, period, today);
  const changes = await selfReportedChangesPerMonth(db, municipalityId, period, today);
  const checks = await periodicChecksPerMonth(db, municipalityId, period, today);
  const premiums = await premiumsGranted(db, municipalityId, period);
  const feedback = await feedbackAnswers(db, municipalityId, period);
  return { cases, medianDays, registrations, changes, checks, premiums, feedback };
}

export type Figures = Awaited<ReturnType<typeof loadFigures>>;
