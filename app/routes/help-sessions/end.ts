import { redirect } from "react-router";
import type { Route } from "./+types/end";
import { endHelpSession } from "~/features/help-sessions/help-sessions.server";
import { requireStaff } from "~/lib/auth.server";
import { getRequestState } from "~/lib/request-context.server";

// Ending a help session takes every bit of the resident's access away from this browser.
export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  await requireStaff(state, request, ["servicepunt"]);
  const helpSessionId = state.session.get("helpSessionId");
  if (helpSessionId) await endHelpSession(state.services.db, helpSessionId, "beeindigd");
  state.session.unset("residentId");
  state.session.unset("helpSessionId");
  state.session.flash("notice", "help-ended");
  return redirect("/medewerker/hulp");
}

export function loader(): never {
  throw new Response("Not Found", { status: 404 });
}
