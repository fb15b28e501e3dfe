import { useTranslation } from "react-i18next";
import { redirect } from "react-router";
import type { Route } from "./+types/auth-callback";
import { Heading1, Link, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { completeLogin, LoginRefusedError } from "~/lib/auth.server";
import { localizePath } from "~/lib/i18n";
import { logger } from "~/lib/logger.server";
import { getRequestState } from "~/lib/request-context.server";

export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const pendingKind = state.session.get("loginState")?.kind ?? "resident";
  try {
    const returnTo = await completeLogin(state, request);
    // The fallback return paths carry no language; a page the person was on already does.
    return redirect(returnTo === "/mijn" || returnTo === "/medewerker" ? localizePath(state.lang, returnTo) : returnTo);
  } catch (error) {
    const reason = error instanceof LoginRefusedError ? error.reason : "failed";
    // The message of an OIDC error can carry provider details; log the kind, not the claims.
    logger.warn({ reason, error: error instanceof Error ? error.name : "unknown" }, "login refused");
    return { reason, loginPath: localizePath(state.lang, pendingKind === "staff" ? "/medewerker/inloggen" : "/inloggen") };
  }
}

export default function AuthCallback({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const knownReasons = ["unknown-staff"];
  const reason = knownReasons.includes(loaderData.reason) ? loaderData.reason : "failed";
  return (
    <>
      <PageTitle title={t("login.failed.title")} />
      <Heading1>{t("login.failed.title")}</Heading1>
      <Paragraph>{t(`login.failed.${reason}`)}</Paragraph>
      <Paragraph>
        <Link to={loaderData.loginPath} reloadDocument>
          {t("login.failed.tryAgain")}
        </Link>
      </Paragraph>
    </>
  );
}
