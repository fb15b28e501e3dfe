import { CASE_TYPES } from "~/features/cases/case-kinds";
import { getMunicipalityById } from "~/features/municipalities/municipalities.server";
import { todayIso } from "~/lib/date-schema";
import type { Database } from "~/lib/db.server";
import type { Language, Staff } from "~/lib/db-schema";
import { formatDate, formatMonth } from "~/lib/format-date.server";
import { type CaseCounts, FEEDBACK_ANSWERS, loadFigures } from "./figures.server";
import { compareHalfYears, formatHalfYear, type HalfYear, parseHalfYear, recentHalfYears } from "./period";

/** The address of the CSV export; not localized, the council report is Dutch. */
export const figuresCsvPath = (period: HalfYear) => `/medewerker/cijfers.csv?periode=${formatHalfYear(period)}`;

const option = (period: HalfYear) => ({ value: formatHalfYear(period), year: period.year, half: period.half });

/**
 * The dashboard's data, with every date and amount already formatted: formatting happens on
 * the server so the browser hydrates to exactly the same text. `db` must come from
 * withMunicipalityScope.
 */
export async function loadFiguresPage(db: Database, staff: Staff, search: URLSearchParams, lang: Language, today = todayIso()) {
  const period = parseHalfYear(search.get("periode"), today);
  const municipality = await getMunicipalityById(db, staff.municipality_id);
  const figures = await loadFigures(db, staff.municipality_id, period, today);
  const decimal = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const euro = new Intl.NumberFormat(lang, { style: "currency", currency: "EUR" });
  const median = (days: number | null) => (days === null ? null : decimal.format(days));

  // An older half year asked for by URL stays selectable, so the form shows what is on screen.
  const offered = recentHalfYears(today);
  if (!offered.some((p) => compareHalfYears(p, period) === 0)) offered.push(period);

  const totals = CASE_TYPES.reduce<CaseCounts>(
    (sum, type) => {
      const counts = figures.cases[type];
      return Object.fromEntries(Object.entries(sum).map(([key, value]) => [key, value + counts[key as keyof CaseCounts]])) as CaseCounts;
    },
    { received: 0, decided: 0, decidedOnTime: 0, decidedLate: 0, openOverdue: 0, overdue: 0 },
  );

  return {
    municipality: municipality?.name ?? "",
    period: option(period),
    periods: offered.map(option),
    csvHref: figuresCsvPath(period),
    cases: CASE_TYPES.map((type) => ({ type, ...figures.cases[type], medianDays: median(figures.medianDays[type]) })),
    totals: { ...totals, medianDays: median(figures.medianDays.all) },
    registrations: figures.registrations.map((w) => ({ key: w.monday, week: w.week, from: formatDate(w.monday, lang), count: w.count })),
    changes: figures.changes.map((m) => ({ key: m.month, label: formatMonth(m.month, lang), count: m.count })),
    checks: figures.checks.map((m) => ({ key: m.month, label: formatMonth(m.month, lang), count: m.count })),
    premiums: { granted: figures.premiums.granted, budget: euro.format(figures.premiums.amountCents / 100), withoutAmount: figures.premiums.withoutAmount },
    feedback: FEEDBACK_ANSWERS.map((answer) => ({ answer, count: figures.feedback[answer] })),
  };
}

export type FiguresPageData = Awaited<ReturnType<typeof loadFiguresPage>>;
