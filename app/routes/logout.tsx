import { redirect } from "react-router";
import type { Route } from "./+types/logout";
import { logoutEverywhere } from "~/lib/auth.server";
import { localizePath } from "~/lib/i18n";
import { getRequestState } from "~/lib/request-context.server";

// Logging out ends every session of this person (all devices), then the provider's session.
export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  state.session.flash("notice", "logged-out");
  return redirect(await logoutEverywhere(state, request, localizePath(state.lang, "/uitgelogd")));
}

// A GET (a typed URL, a prefetch) must never log anyone out.
export function loader({ context }: Route.LoaderArgs) {
  return redirect(localizePath(getRequestState(context).lang, "/"));
}
