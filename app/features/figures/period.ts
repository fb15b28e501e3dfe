import { addDays } from "~/lib/date-schema";

/**
 * The figures are counted per half year because the council gets a report every six months:
 * January to June and July to December. In URLs a half year is written `2026-H2`. Dates are
 * ISO calendar days ("2026-07-01"); where the day starts (Europe/Amsterdam) is decided in the
 * queries, so this file has no time zones and no database.
 */
export type HalfYear = { year: number; half: 1 | 2 };

/** How many half years the period select offers: three years, enough to compare with. */
export const OFFERED_HALF_YEARS = 6;

// Older than this is not a period Meedoen can have figures for; a typo like 0202 falls back.
const FIRST_YEAR = 2020;

export function halfYearOf(isoDate: string): HalfYear {
  const [year, month] = isoDate.split("-").map(Number) as [number, number];
  return { year, half: month <= 6 ? 1 : 2 };
}

export function formatHalfYear(period: HalfYear): string {
  return `${period.year}-H${period.half}`;
}

/** `?periode=2026-H2`; anything else (missing, misspelt, in the future) is the current half year. */
export function parseHalfYear(value: string | null | undefined, today: string): HalfYear {
  const current = halfYearOf(today);
  const match = /^(\d{4})-H([12])$/.exec(value?.trim() ?? "");
  if (!match) return current;
  const period: HalfYear = { year: Number(match[1]), half: match[2] === "1" ? 1 : 2 };
  if (period.year < FIRST_YEAR || compareHalfYears(period, current) > 0) return current;
  return period;
}

export function compareHalfYears(a: HalfYear, b: HalfYear): number {
  return a.year - b.year || a.half - b.half;
}

export function previousHalfYear(period: HalfYear): HalfYear {
  return period.half === 2 ? { year: period.year, half: 1 } : { year: period.year - 1, half: 2 };
}

/** The current half year and the ones before it, newest first. */
export function recentHalfYears(today: string, count = OFFERED_HALF_YEARS): HalfYear[] {
  const periods = [halfYearOf(today)];
  while (periods.length < count) periods.push(previousHalfYear(periods.at(-1)!));
  return periods;
}

/** First day of the half year and the first day after it (exclusive end). */
export function halfYearRange(period: HalfYear): { start: string; end: string } {
  return period.half === 1
    ? { start: `${period.year}-01-01`, end: `${period.year}-07-01` }
    : { start: `${period.year}-07-01`, end: `${period.year + 1}-01-01` };
}

/**
 * The months of the half year ("2026-07" …), up to and including today's month: a month that
 * has not begun would show as a zero that means "not yet" rather than "none".
 */
export function monthsOf(period: HalfYear, today: string): string[] {
  const first = period.half === 1 ? 1 : 7;
  const months: string[] = [];
  for (let month = first; month < first + 6; month++) {
    const key = `${period.year}-${String(month).padStart(2, "0")}`;
    if (`${key}-01` > today) break;
    months.push(key);
  }
  return months;
}

export type IsoWeek = { monday: string; year: number; week: number };

/**
 * The weeks (Monday to Sunday, as PostgreSQL's date_trunc('week') and ISO 8601 count them)
 * that overlap the half year, up to the one that holds today. The first and last week may
 * reach into the neighbouring half year; only the days inside this one are counted.
 */
export function weeksOf(period: HalfYear, today: string): IsoWeek[] {
  const { start, end } = halfYearRange(period);
  const weeks: IsoWeek[] = [];
  for (let monday = mondayOf(start); monday < end && monday <= today; monday = addDays(monday, 7)) {
    weeks.push({ monday, ...isoWeekNumber(monday) });
  }
  return weeks;
}

export function mondayOf(isoDate: string): string {
  const weekday = (new Date(`${isoDate}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(isoDate, -weekday);
}

/** ISO 8601 week number: week 1 is the week with the year's first Thursday. */
export function isoWeekNumber(isoDate: string): { year: number; week: number } {
  const thursday = addDays(mondayOf(isoDate), 3);
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = (Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${year}-01-01T00:00:00Z`)) / 86_400_000;
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
}
