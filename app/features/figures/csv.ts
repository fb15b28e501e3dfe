import dutch from "../../../locales/nl/figures.json";
import { CASE_TYPES } from "~/features/cases/case-kinds";
import type { CaseCounts, Figures } from "./figures.server";
import { FEEDBACK_ANSWERS } from "./figures.server";

/**
 * The figures as a CSV file for the six-monthly council report, made for Dutch Excel:
 * semicolons between cells (Excel with Dutch settings reads commas as decimal commas), decimal
 * commas in numbers, CRLF line ends, and a byte order mark so Excel reads the file as UTF-8
 * and shows "één" instead of "Ã©Ã©n". One long table (one figure per row) rather than a
 * spreadsheet per section: it survives filtering and pivot tables, and a column added later
 * breaks nobody's sheet. The report is in Dutch whatever language the page was in, with the
 * same words as the Dutch page.
 */
export type Cell = string | number | null;

export const CSV_HEADER = ["Gemeente", "Periode", "Onderdeel", "Soort zaak", "Tijdvak", "Cijfer", "Waarde"] as const;
const BOM = "\uFEFF";

/**
 * One cell. Text that starts with = + - @ (or a tab or carriage return) would be run as a
 * formula by Excel (CSV injection: a municipality name or label could carry one), so it gets
 * a leading apostrophe, which Excel shows as plain text. Numbers are ours and not guarded.
 */
export function csvCell(value: Cell): string {
  if (value === null) return "";
  let text = typeof value === "number" ? dutchNumber(value) : value;
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  if (/[;"\r\n]/.test(text) || /^\s|\s$/.test(text)) text = `"${text.replaceAll('"', '""')}"`;
  return text;
}

/** 3.5 → "3,5"; whole numbers without decimals, no thousands separator (Excel would misread it). */
export function dutchNumber(value: number): string {
  return String(value).replace(".", ",");
}

export function toCsv(rows: Cell[][]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(";")).join("\r\n") + "\r\n";
}

const COUNT_COLUMNS = ["received", "decided", "decidedOnTime", "decidedLate", "openOverdue", "overdue"] as const satisfies readonly (keyof CaseCounts)[];

/** The rows of the report: after the header, one figure per row. */
export function figuresCsvRows(figures: Figures, meta: { municipality: string; period: string }): Cell[][] {
  const rows: Cell[][] = [[...CSV_HEADER]];
  const add = (section: string, type: string | null, slot: string | null, figure: string, value: Cell) => rows.push([meta.municipality, meta.period, section, type, slot, figure, value]);
  const columns = dutch.cases.columns;

  for (const type of CASE_TYPES) {
    for (const column of COUNT_COLUMNS) add(dutch.cases.title, dutch.types[type], null, columns[column], figures.cases[type][column]);
    add(dutch.cases.title, dutch.types[type], null, columns.medianDays, figures.medianDays[type]);
  }
  for (const column of COUNT_COLUMNS) add(dutch.cases.title, dutch.cases.total, null, columns[column], CASE_TYPES.reduce((sum, type) => sum + figures.cases[type][column], 0));
  add(dutch.cases.title, dutch.cases.total, null, columns.medianDays, figures.medianDays.all);

  for (const week of figures.registrations) {
    add(dutch.registrations.title, dutch.types.registratie_werkzoekende, `${week.year}-W${String(week.week).padStart(2, "0")}`, dutch.registrations.columns.count, week.count);
  }
  for (const month of figures.changes) add(dutch.changes.title, dutch.types.wijziging, month.month, dutch.changes.count, month.count);
  for (const month of figures.checks) add(dutch.checks.title, dutch.types.periodieke_check, month.month, dutch.checks.count, month.count);

  const premium = dutch.types.uitstroompremie;
  add(dutch.premiums.title, premium, null, dutch.premiums.granted, figures.premiums.granted);
  // Euros with cents, as a number Excel can add up (not "€ 1.500,00", which is text to Excel).
  add(dutch.premiums.title, premium, null, `${dutch.premiums.budget} (euro)`, (figures.premiums.amountCents / 100).toFixed(2).replace(".", ","));
  add(dutch.premiums.title, premium, null, dutch.premiums.withoutAmount, figures.premiums.withoutAmount);

  for (const answer of FEEDBACK_ANSWERS) add(dutch.feedback.title, null, null, dutch.feedback.answers[answer], figures.feedback[answer]);
  return rows;
}

/** `meedoen-cijfers-lansingerland-2026-H2.csv`; the slug is cleaned, it ends up in a header. */
export function figuresCsvFileName(slug: string, period: string): string {
  return `meedoen-cijfers-${slug.toLowerCase().replace(/[^a-z0-9-]/g, "")}-${period}.csv`;
}
