import type { Route } from "./+types/theme-css";
import { getMunicipalityBySlug } from "~/features/municipalities/municipalities.server";
import { themeToCss } from "~/features/municipalities/theme-css";
import { getRequestState } from "~/lib/request-context.server";

export async function loader({ params, context }: Route.LoaderArgs) {
  const slug = params.file.replace(/\.css$/, "");
  const municipality = params.file.endsWith(".css") ? await getMunicipalityBySlug(getRequestState(context).services.db, slug) : null;
  if (!municipality) throw new Response("Not Found", { status: 404 });
  // Short cache: a beheerder's theme change shows within minutes, without a redeploy.
  return new Response(themeToCss(municipality.settings.theme), {
    headers: { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
