import type { Database } from "~/lib/db.server";
import { formatDate, formatMonth } from "~/lib/format-date.server";
import type { Language } from "~/lib/i18n";
import { occupationNames } from "./occupations.server";
import type { PartialProfile } from "./profile";

/** What ProfileSummary needs besides the answers: names and dates in the page language. */
export async function summaryExtras(db: Database, partial: PartialProfile, lang: Language) {
  const names = await occupationNames(db, partial.wanted?.bemiddelingsberoep ?? [], lang);
  return {
    occupationNames: Object.fromEntries(names),
    experiencePeriods: (partial.werkervaring ?? []).map((e) => `${formatMonth(e.van, lang)} – ${e.tot ? formatMonth(e.tot, lang) : "…"}`),
    wwEndDate: partial.situatie?.wwEinddatum ? formatDate(partial.situatie.wwEinddatum, lang) : null,
  };
}
