import type { Route } from "./+types/session-keepalive";
import { getRequestState } from "~/lib/request-context.server";

// "Stay signed in" from the timeout warning: counts as activity.
export async function action({ context }: Route.ActionArgs) {
  const { session } = getRequestState(context);
  if (!session.has("residentId") && !session.has("staffId")) return new Response(null, { status: 401 });
  session.set("lastSeenAt", Date.now());
  return new Response(null, { status: 204 });
}

export function loader() {
  throw new Response("Method Not Allowed", { status: 405 });
}
