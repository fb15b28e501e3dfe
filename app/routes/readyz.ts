import type { Route } from "./+types/readyz";
import { isDatabaseReady } from "~/lib/db.server";
import { getRequestState } from "~/lib/request-context.server";

// Readiness: send traffic here only when the database answers.
export async function loader({ context }: Route.LoaderArgs) {
  const { services } = getRequestState(context);
  const ready = await isDatabaseReady(services.db);
  return Response.json({ status: ready ? "ready" : "database unavailable" }, { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
