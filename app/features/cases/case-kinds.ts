import type { CaseStatus, CaseType } from "~/lib/db-schema";

// The lists behind every case filter, select and check constraint in the app.
export const CASE_TYPES = ["registratie_werkzoekende", "wijziging", "periodieke_check", "uitstroompremie"] as const satisfies readonly CaseType[];
export const CASE_STATUSES = ["ontvangen", "in_behandeling", "aanvulling_gevraagd", "toegekend", "afgewezen", "afgehandeld"] as const satisfies readonly CaseStatus[];
/** Still with the municipality or the resident: the queue's default view. */
export const OPEN_STATUSES = ["ontvangen", "in_behandeling", "aanvulling_gevraagd"] as const satisfies readonly CaseStatus[];
/** The Awb clock runs only while the municipality is the one to act. */
export const CLOCK_RUNNING_STATUSES = ["ontvangen", "in_behandeling"] as const satisfies readonly CaseStatus[];
