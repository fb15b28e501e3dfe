import { redirect } from "react-router";
import { getMunicipalityById, type Municipality } from "~/features/municipalities/municipalities.server";
import { requireResident } from "~/lib/auth.server";
import type { Resident } from "~/lib/db-schema";
import { localizePath } from "~/lib/i18n";
import type { RequestState } from "~/lib/request-context.server";
import { getNamespaces } from "~/lib/translations.server";

/** Every registration page: a signed-in resident of a municipality we serve. */
export async function requireRegistrant(state: RequestState, request: Request): Promise<{ resident: Resident; municipality: Municipality }> {
  const resident = await requireResident(state, request);
  const municipality = resident.municipality_id ? await getMunicipalityById(state.services.db, resident.municipality_id) : null;
  // A resident whose address is outside the municipalities on this deployment cannot register here.
  if (!municipality) throw redirect(localizePath(state.lang, "/mijn"));
  return { resident, municipality };
}

/** The registration texts, sent along with every registration page. */
export function registrationTranslations(state: RequestState) {
  return getNamespaces(state.lang, ["registration"]);
}
