import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, redirect } from "react-router";
import type { Route } from "./+types/verify";
import { Alert, Heading1, Link, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { TotpCodeSchema } from "~/features/staff-two-factor/schema";
import { ENROL_PATH, requirePendingStaffLogin, submitTotpCode, VERIFY_PATH } from "~/features/staff-two-factor/staff-login.server";
import { CancelLoginForm, TotpCodeForm } from "~/features/staff-two-factor/two-factor-form";
import { readFormData } from "~/lib/form-data";
import { localizePath } from "~/lib/i18n";
import { getRequestState } from "~/lib/request-context.server";
import { getNamespaces } from "~/lib/translations.server";
import { usePageLanguage } from "~/lib/use-page-language";

// The second login step for staff whose provider asked for no second factor: the app's code.
export async function loader({ context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const translations = getNamespaces(state.lang, ["staff-two-factor"]);
  // After too many wrong codes the login is gone; say so once, instead of a bare login page.
  if (!state.session.get("pendingStaffLogin") && state.session.get("notice") === "staff-two-factor-locked") return { locked: true, translations };
  const { status } = await requirePendingStaffLogin(state);
  if (status !== "confirmed") throw redirect(localizePath(state.lang, ENROL_PATH));
  return { locked: false, translations };
}

export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  const { pending, staff, status } = await requirePendingStaffLogin(state);
  if (status !== "confirmed") throw redirect(localizePath(state.lang, ENROL_PATH));
  const submission = parseWithZod(await readFormData(request), { schema: TotpCodeSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const outcome = await submitTotpCode(state, pending, staff, submission.value.code, false);
  if (outcome.kind === "signed-in") return redirect(outcome.returnTo);
  if (outcome.kind === "locked") return redirect(localizePath(state.lang, VERIFY_PATH));
  return data(submission.reply({ fieldErrors: { code: [outcome.errorKey] }, hideFields: ["code"] }), { status: 400 });
}

export default function StaffTwoFactorVerify({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("staff-two-factor");
  const { href } = usePageLanguage();
  if (loaderData.locked) {
    return (
      <>
        <PageTitle title={t("locked.title")} />
        <Heading1>{t("locked.title")}</Heading1>
        <Alert type="warning">{t("locked.text")}</Alert>
        <Paragraph>
          <Link to={href("/medewerker/inloggen")}>{t("locked.login")}</Link>
        </Paragraph>
      </>
    );
  }
  return (
    <>
      <Heading1>{t("verify.title")}</Heading1>
      <TotpCodeForm id="totp-verify" lastResult={actionData} title={t("verify.title")} submitLabel={t("verify.button")}>
        <Paragraph>{t("verify.intro")}</Paragraph>
      </TotpCodeForm>
      <CancelLoginForm />
    </>
  );
}
