import { useTranslation } from "react-i18next";
import { Form, redirect } from "react-router";
import type { Route } from "./+types/login";
import { Alert, Button, Heading1, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { startLogin } from "~/lib/auth.server";
import { localizePath, safeReturnPath } from "~/lib/i18n";
import { getRequestState } from "~/lib/request-context.server";

export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const url = new URL(request.url);
  if (state.session.has("residentId")) throw redirect(localizePath(state.lang, "/mijn"));
  return { returnTo: safeReturnPath(url.searchParams.get("returnTo")), expired: url.searchParams.get("reden") === "verlopen" };
}

export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  const form = await request.formData();
  return redirect(await startLogin(state, request, "resident", safeReturnPath(form.get("returnTo"))));
}

export default function Login({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t("login.resident.title")} />
      <Heading1>{t("login.resident.title")}</Heading1>
      {loaderData.expired ? (
        <Alert type="warning" role="status">
          {t("login.expired")}
        </Alert>
      ) : null}
      <Paragraph>{t("login.resident.intro")}</Paragraph>
      <Paragraph>{t("login.resident.noDigid")}</Paragraph>
      <Form method="post" reloadDocument>
        <input type="hidden" name="returnTo" value={loaderData.returnTo} />
        <Button>{t("login.resident.button")}</Button>
      </Form>
    </>
  );
}
