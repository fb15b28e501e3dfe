import type { Route } from "./+types/discovery";
import { assertDevIdpAllowed, discoveryDocument, issuerFor } from "~/features/dev-idp/provider.server";
import { getRequestState } from "~/lib/request-context.server";

export function loader({ request, context }: Route.LoaderArgs) {
  assertDevIdpAllowed(getRequestState(context).services.env.isProduction);
  return Response.json(discoveryDocument(issuerFor(request)));
}
