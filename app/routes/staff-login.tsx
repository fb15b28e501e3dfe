import { useTranslation } from "react-i18next";
import { Form, redirect } from "react-router";
import type { Route } from "./+types/staff-login";
import { Alert, Button, Heading1, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { startLogin } from "~/lib/auth.server";
import { localizePath, safeReturnPath } from "~/lib/i18n";
import { getRequestState } from "~/lib/request-context.server";

export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const url = new URL(request.url);
  if (state.session.has("staffId")) throw redirect(localizePath(state.lang, "/medewerker"));
  return { returnTo: safeReturnPath(url.searchParams.get("returnTo"), "/medewerker"), expired: url.searchParams.get("reden") === "verlopen" };
}

export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  const form = await request.formData();
  return redirect(await startLogin(state, request, "staff", safeReturnPath(form.get("returnTo"), "/medewerker")));
}

export default function StaffLogin({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t("login.staff.title")} />
      <Heading1>{t("login.staff.title")}</Heading1>
      {loaderData.expired ? (
        <Alert type="warning" role="status">
          {t("login.expired")}
        </Alert>
      ) : null}
      <Paragraph>{t("login.staff.intro")}</Paragraph>
      <Form method="post" reloadDocument>
        <input type="hidden" name="returnTo" value={loaderData.returnTo} />
        <Button>{t("login.staff.button")}</Button>
      </Form>
    </>
  );
}
