import { addDays, ageOn } from "~/lib/date-schema";
import type { MunicipalitySettings } from "~/features/municipalities/schema";
import type { JobseekerProfile } from "./profile";

export const TARGET_GROUP_TAGS = ["jongere", "55plus", "schoolverlater", "taalondersteuning"] as const;

/**
 * Target-group tags that route a registration in the queue (seeds 000:131-152, 000:417).
 * Derived from the answers, never asked: residents should not have to label themselves.
 */
export function deriveTargetGroupTags(profile: JobseekerProfile, birthDate: string | null, submittedOn: string): string[] {
  const tags: string[] = [];
  const age = birthDate ? ageOn(birthDate, submittedOn) : null;
  if (age !== null && age < 27) tags.push("jongere");
  if (age !== null && age >= 55) tags.push("55plus");
  if (profile.situatie.situatie === "schoolverlater") tags.push("schoolverlater");
  const dutch = Object.values(profile.taalbeheersing.nederlands);
  const weakDutch = dutch.some((level) => level === "niet" || level === "beetje");
  if (weakDutch || profile.belemmeringen.domeinen.includes("taal")) tags.push("taalondersteuning");
  return tags;
}

/**
 * The search period (zoektermijn): 4 weeks from registration for under-27s (Participatiewet
 * art. 41 lid 4), for everyone in municipalities like Renkum (seeds 004:63-69), or none.
 * Returns the last day of the period, or null when it does not apply.
 */
export function searchPeriodEnd(settings: Pick<MunicipalitySettings, "searchPeriod">, birthDate: string | null, submittedOn: string): string | null {
  const { appliesTo, weeks } = settings.searchPeriod;
  if (weeks === 0 || appliesTo === "nobody") return null;
  if (appliesTo === "under27" && (!birthDate || ageOn(birthDate, submittedOn) >= 27)) return null;
  return addDays(submittedOn, weeks * 7);
}
