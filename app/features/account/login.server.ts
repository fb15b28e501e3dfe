import { redirect } from "react-router";
import { type LoginKind, startLogin } from "~/lib/auth.server";
import { localizePath, safeReturnPath } from "~/lib/i18n";
import type { RequestState } from "~/lib/request-context.server";
import { readFormData } from "~/lib/form-data";

const HOME: Record<LoginKind, string> = { resident: "/mijn", staff: "/medewerker" };

/** GET of a login page: someone already signed in goes home; otherwise show the page. */
export function loadLoginPage(state: RequestState, request: Request, kind: LoginKind) {
  if (state.session.has(kind === "resident" ? "residentId" : "staffId")) throw redirect(localizePath(state.lang, HOME[kind]));
  const url = new URL(request.url);
  return { returnTo: safeReturnPath(url.searchParams.get("returnTo"), HOME[kind]), expired: url.searchParams.get("reden") === "verlopen" };
}

/** POST of a login page: off to the identity provider. */
export async function redirectToIdentityProvider(state: RequestState, request: Request, kind: LoginKind) {
  const form = await readFormData(request);
  return redirect(await startLogin(state, request, kind, safeReturnPath(form.get("returnTo"), HOME[kind])));
}
