import type { Route } from "./+types/staff-login";
import { LoginPage } from "~/features/account/login-page";
import { loadLoginPage, redirectToIdentityProvider } from "~/features/account/login.server";
import { getRequestState } from "~/lib/request-context.server";

export function loader({ request, context }: Route.LoaderArgs) {
  return loadLoginPage(getRequestState(context), request, "staff");
}

export function action({ request, context }: Route.ActionArgs) {
  return redirectToIdentityProvider(getRequestState(context), request, "staff");
}

export default function StaffLogin({ loaderData }: Route.ComponentProps) {
  return <LoginPage kind="staff" {...loaderData} />;
}
