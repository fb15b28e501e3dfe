import type { Route } from "./+types/jwks";
import { assertDevIdpAllowed, publicJwks } from "~/features/dev-idp/provider.server";
import { getRequestState } from "~/lib/request-context.server";

export async function loader({ context }: Route.LoaderArgs) {
  assertDevIdpAllowed(getRequestState(context).services.env.isProduction);
  return Response.json(await publicJwks());
}
