import type { Route } from "./+types/login";
import { LoginPage } from "~/features/account/login-page";
import { loadLoginPage, redirectToIdentityProvider } from "~/features/account/login.server";
import { getRequestState } from "~/lib/request-context.server";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

export function loader({ request, context }: Route.LoaderArgs) {
  return loadLoginPage(getRequestState(context), request, "resident");
}

export function action({ request, context }: Route.ActionArgs) {
  return redirectToIdentityProvider(getRequestState(context), request, "resident");
}

export default function Login({ loaderData }: Route.ComponentProps) {
  return <LoginPage kind="resident" {...loaderData} />;
}
