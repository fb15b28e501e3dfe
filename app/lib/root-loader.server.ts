import type { RouterContextProvider } from "react-router";
import { getMunicipalityById, getMunicipalityBySlug, type Municipality } from "~/features/municipalities/municipalities.server";
import { getResidentById } from "~/features/account/residents.server";
import { getStaffById } from "~/features/account/staff.server";
import { csrfTokenOf } from "./csrf.server";
import { DEFAULT_LANGUAGE, parseLocalizedPath, textDirection } from "./i18n";
import { logger } from "./logger.server";
import { getRequestState } from "./request-context.server";
import type { AssistBar, RootData, Viewer } from "./root-data";
import { loadAssistBar } from "~/features/help-sessions/assist-bar.server";
import { getNamespaces } from "./translations.server";

/**
 * Everything the layout needs. It never throws: with the database down it still returns the
 * language and texts, so the error page can explain calmly in the resident's language.
 */
export async function loadRootData(request: Request, context: Readonly<RouterContextProvider>, params: Record<string, string | undefined>): Promise<RootData> {
  const state = getRequestState(context);
  const { lang: urlLang } = parseLocalizedPath(new URL(request.url).pathname);
  // Remember the language choice for the session: pages without a language in the URL
  // (login, the identity provider) and redirects use it.
  if (urlLang && state.session.get("lang") !== urlLang && (urlLang !== DEFAULT_LANGUAGE || state.session.has("lang"))) {
    state.session.set("lang", urlLang);
  }
  const { env, db } = state.services;
  let viewer: Viewer | null = null;
  let municipality: Municipality | null = null;
  let assist: AssistBar | null = null;
  try {
    const residentId = state.session.get("residentId");
    const staffId = state.session.get("staffId");
    let municipalityId: string | null = null;
    const helpSessionId = state.session.get("helpSessionId");
    if (helpSessionId && staffId) assist = await loadAssistBar(db, helpSessionId, staffId);
    if (residentId) {
      const resident = await getResidentById(db, residentId);
      if (resident) {
        viewer = { kind: "resident", name: `${resident.given_name} ${resident.family_name}` };
        municipalityId = resident.municipality_id;
      }
    } else if (staffId) {
      const staff = await getStaffById(db, staffId);
      if (staff) {
        municipalityId = staff.municipality_id;
        municipality = await getMunicipalityById(db, staff.municipality_id);
        viewer = { kind: "staff", name: staff.name, role: staff.role, municipalityName: municipality?.name ?? "" };
      }
    }
    if (params.municipality) municipality = await getMunicipalityBySlug(db, params.municipality);
    else if (!municipality && municipalityId) municipality = await getMunicipalityById(db, municipalityId);
  } catch (error) {
    logger.warn({ err: error }, "root data without database");
  }
  return {
    lang: state.lang,
    dir: textDirection(state.lang),
    resources: getNamespaces(state.lang, ["common"]),
    viewer,
    municipality: municipality ? { slug: municipality.slug, name: municipality.name } : null,
    help: municipality
      ? { name: municipality.settings.servicepunt.name, phone: municipality.settings.servicepunt.phone, phoneDisplay: municipality.settings.servicepunt.phoneDisplay }
      : null,
    idleMinutes: viewer?.kind === "staff" || assist ? env.STAFF_IDLE_MINUTES : env.RESIDENT_IDLE_MINUTES,
    assist,
    csrfToken: csrfTokenOf(state.session),
  };
}
