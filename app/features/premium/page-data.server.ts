import { redirect } from "react-router";
import { getMunicipalityById, type Municipality } from "~/features/municipalities/municipalities.server";
import { requireResident } from "~/lib/auth.server";
import type { Resident } from "~/lib/db-schema";
import { formatDate } from "~/lib/format-date.server";
import { localizePath } from "~/lib/i18n";
import type { RequestState } from "~/lib/request-context.server";
import { getNamespaces } from "~/lib/translations.server";
import { getKnownFacts, getPremiumDraft, type KnownFacts } from "./application.server";
import { getCurrentRuleSet, type StoredRuleSet } from "./rule-sets.server";

/** A signed-in resident of a municipality on this deployment; the rule set may be missing. */
export async function requirePremiumResident(state: RequestState, request: Request): Promise<{ resident: Resident; municipality: Municipality; ruleSet: StoredRuleSet | null }> {
  const resident = await requireResident(state, request);
  const municipality = resident.municipality_id ? await getMunicipalityById(state.services.db, resident.municipality_id) : null;
  if (!municipality) throw redirect(localizePath(state.lang, "/mijn"));
  return { resident, municipality, ruleSet: await getCurrentRuleSet(state.services.db, municipality.id) };
}

/** Every page after the start page: without rules, the start page explains what to do instead. */
export async function requirePremiumApplicant(state: RequestState, request: Request) {
  const found = await requirePremiumResident(state, request);
  if (!found.ruleSet) throw redirect(localizePath(state.lang, "/mijn/uitstroompremie"));
  const { db } = state.services;
  const [draft, known] = await Promise.all([getPremiumDraft(db, found.resident.id), getKnownFacts(db, found.resident, found.municipality)]);
  return { ...found, ruleSet: found.ruleSet, draft, known };
}

export function premiumTranslations(state: RequestState) {
  return getNamespaces(state.lang, ["premium"]);
}

/** What the municipality knows about the resident, shown (not asked) on the check. */
export function knownFactsView(resident: Resident, municipality: Municipality, known: KnownFacts, state: RequestState) {
  return {
    name: `${resident.given_name} ${resident.family_name}`,
    birthDate: known.birthDate ? formatDate(known.birthDate, state.lang) : null,
    municipality: known.livesInMunicipality ? municipality.name : null,
    lastPremium: known.lastPremiumGrantedOn ? formatDate(known.lastPremiumGrantedOn, state.lang) : null,
  };
}

export function draftExpiry(draft: { expiresAt: Date } | null, state: RequestState) {
  return draft ? formatDate(draft.expiresAt, state.lang) : null;
}
