import type { Municipality } from "~/features/municipalities/municipalities.server";
import { searchPeriodEnd } from "~/features/registration/target-groups";

export const DUTY_SECTIONS = ["inlichtingenplicht", "meewerken", "werkZoeken", "zoektermijn", "tegenprestatie", "maatregelen"] as const;
export const RIGHT_SECTIONS = ["hulpServicepunt", "tolk", "iemandMeenemen", "privacy", "bezwaar", "beslistermijn"] as const;
export type RightsSection = (typeof DUTY_SECTIONS)[number] | (typeof RIGHT_SECTIONS)[number] | "contact";

/**
 * Which sections apply: the search period only where it applies to this person (under 27, or
 * everyone where the municipality says so), the tegenprestatie only where the municipality
 * uses it. Without a resident (the public page) the municipality's rules decide.
 */
export function applicableSections(municipality: Municipality, resident: { birthDate: string | null } | null, today: string) {
  const settings = municipality.settings;
  const searchPeriodApplies = resident
    ? searchPeriodEnd(settings, resident.birthDate, today) !== null
    : settings.searchPeriod.appliesTo !== "nobody" && settings.searchPeriod.weeks > 0;
  const duties = DUTY_SECTIONS.filter((s) => (s === "zoektermijn" ? searchPeriodApplies : s === "tegenprestatie" ? settings.usesTegenprestatie : true));
  return { duties, rights: [...RIGHT_SECTIONS], contact: "contact" as const };
}

export function rightsValues(municipality: Municipality) {
  const servicepunt = municipality.settings.servicepunt;
  return { weeks: String(municipality.settings.searchPeriod.weeks), servicepunt: servicepunt.name, phone: servicepunt.phoneDisplay, municipality: municipality.name };
}
