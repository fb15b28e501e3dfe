import { redirect } from "react-router";
import type { Route } from "./+types/logout";
import { assertDevIdpAllowed } from "~/features/dev-idp/provider.server";
import { getRequestState } from "~/lib/request-context.server";

// RP-initiated logout: the dev provider keeps no login session of its own, so it only
// sends the browser back, and only to this same site.
export function loader({ request, context }: Route.LoaderArgs) {
  assertDevIdpAllowed(getRequestState(context).services.env.isProduction);
  const url = new URL(request.url);
  const back = url.searchParams.get("post_logout_redirect_uri");
  const target = back && new URL(back, url).origin === url.origin ? back : "/";
  return redirect(target);
}
