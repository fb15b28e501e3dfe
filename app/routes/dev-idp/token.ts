import type { Route } from "./+types/token";
import { assertDevIdpAllowed, exchangeCode, issuerFor } from "~/features/dev-idp/provider.server";
import { getRequestState } from "~/lib/request-context.server";

export async function action({ request, context }: Route.ActionArgs) {
  assertDevIdpAllowed(getRequestState(context).services.env.isProduction);
  return exchangeCode(request, issuerFor(request));
}
