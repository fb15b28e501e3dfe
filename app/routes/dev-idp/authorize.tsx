import { useTranslation } from "react-i18next";
import { Form, redirect } from "react-router";
import type { Route } from "./+types/authorize";
import { PageTitle } from "~/components/page-title";
import { Alert, Heading1, Paragraph } from "~/components/nlds";
import { assertDevIdpAllowed, issueCode, parseAuthorizationRequest, peopleFor } from "~/features/dev-idp/provider.server";
import { getRequestState } from "~/lib/request-context.server";
import { readFormData } from "~/lib/form-data";
import { CsrfField } from "~/components/csrf-field";

// The development identity provider's login screen: pick a test person instead of DigiD.
export function loader({ request, context }: Route.LoaderArgs) {
  assertDevIdpAllowed(getRequestState(context).services.env.isProduction);
  const url = new URL(request.url);
  const authorization = parseAuthorizationRequest(url.searchParams, url.origin);
  if (!authorization) throw new Response("Invalid authorization request", { status: 400 });
  return { kind: authorization.kind, people: peopleFor(authorization.kind), query: url.search };
}

export async function action({ request, context }: Route.ActionArgs) {
  assertDevIdpAllowed(getRequestState(context).services.env.isProduction);
  const url = new URL(request.url);
  const authorization = parseAuthorizationRequest(url.searchParams, url.origin);
  if (!authorization) throw new Response("Invalid authorization request", { status: 400 });
  const person = String((await readFormData(request)).get("person") ?? "");
  const code = issueCode(authorization, person);
  const back = new URL(authorization.redirectUri);
  back.searchParams.set("code", code);
  back.searchParams.set("state", authorization.state);
  return redirect(back.href);
}

export default function DevIdpAuthorize({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const title = loaderData.kind === "resident" ? t("devIdp.residentTitle") : t("devIdp.staffTitle");
  return (
    <>
      <PageTitle title={title} />
      <Heading1>{title}</Heading1>
      <Alert type="warning">{t("devIdp.warning")}</Alert>
      <Paragraph>{t("devIdp.choose")}</Paragraph>
      <Form method="post" action={`/dev-idp/authorize${loaderData.query}`} reloadDocument>
        <CsrfField />
        <ul className="meedoen-person-list">
          {loaderData.people.map((person) => (
            <li key={person.key}>
              <button type="submit" name="person" value={person.key} className="utrecht-button utrecht-button--html-button utrecht-button--secondary-action meedoen-person">
                <span className="meedoen-person__name">{person.label}</span>
                <span className="meedoen-person__detail">{person.detail}</span>
              </button>
            </li>
          ))}
        </ul>
      </Form>
    </>
  );
}
