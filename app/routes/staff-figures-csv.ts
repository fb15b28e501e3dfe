import type { Route } from "./+types/staff-figures-csv";
import { figuresCsvFileName, figuresCsvRows, toCsv } from "~/features/figures/csv";
import { loadFigures } from "~/features/figures/figures.server";
import { formatHalfYear, parseHalfYear } from "~/features/figures/period";
import { getMunicipalityById } from "~/features/municipalities/municipalities.server";
import { requireStaff } from "~/lib/auth.server";
import { todayIso } from "~/lib/date-schema";
import { withMunicipalityScope } from "~/lib/municipality-scope.server";
import { getRequestState } from "~/lib/request-context.server";

// The figures of one half year as a CSV file for the council report (see features/figures/csv.ts).
export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const staff = await requireStaff(state, request, ["teamleider", "beheerder"]);
  const period = parseHalfYear(new URL(request.url).searchParams.get("periode"), todayIso());
  const { municipality, figures } = await withMunicipalityScope(state.services.db, staff.municipality_id, async (db) => ({
    municipality: await getMunicipalityById(db, staff.municipality_id),
    figures: await loadFigures(db, staff.municipality_id, period),
  }));
  if (!municipality) throw new Response("Not Found", { status: 404 });
  const label = formatHalfYear(period);
  return new Response(toCsv(figuresCsvRows(figures, { municipality: municipality.name, period: label })), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${figuresCsvFileName(municipality.slug, label)}"`,
      // Figures of a municipality: not for shared caches, and not kept on a shared computer.
      "Cache-Control": "private, no-store",
    },
  });
}
