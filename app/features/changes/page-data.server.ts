import { redirect } from "react-router";
import { getMunicipalityById, type Municipality } from "~/features/municipalities/municipalities.server";
import { requireResident } from "~/lib/auth.server";
import type { Resident } from "~/lib/db-schema";
import { localizePath, parseLocalizedPath } from "~/lib/i18n";
import type { RequestState } from "~/lib/request-context.server";
import { getNamespaces } from "~/lib/translations.server";
import type { ChangeFlow } from "./flow";

/** Every change page: a signed-in resident of a municipality on this deployment. */
export async function requireReporter(state: RequestState, request: Request): Promise<{ resident: Resident; municipality: Municipality }> {
  const resident = await requireResident(state, request);
  const municipality = resident.municipality_id ? await getMunicipalityById(state.services.db, resident.municipality_id) : null;
  if (!municipality) throw redirect(localizePath(state.lang, "/mijn"));
  return { resident, municipality };
}

export function changesTranslations(state: RequestState) {
  return getNamespaces(state.lang, ["changes"]);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Which journey a topic or review page belongs to, from its URL. */
export function resolveFlow(request: Request, params: { caseId?: string }): ChangeFlow {
  if (params.caseId !== undefined) {
    if (!UUID.test(params.caseId)) throw new Response("Not Found", { status: 404 });
    return { kind: "correction", caseId: params.caseId };
  }
  const { path } = parseLocalizedPath(new URL(request.url).pathname);
  return path.startsWith("/mijn/controle/") ? { kind: "check" } : { kind: "new" };
}
