import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, redirect } from "react-router";
import type { Route } from "./+types/enrol";
import { Heading1, Heading2, Paragraph } from "~/components/nlds";
import { TotpCodeSchema } from "~/features/staff-two-factor/schema";
import { loadEnrolment, requirePendingStaffLogin, submitTotpCode, VERIFY_PATH } from "~/features/staff-two-factor/staff-login.server";
import { CancelLoginForm, EnrolmentCode, TotpCodeForm } from "~/features/staff-two-factor/two-factor-form";
import { readFormData } from "~/lib/form-data";
import { localizePath } from "~/lib/i18n";
import { getRequestState } from "~/lib/request-context.server";
import { getNamespaces } from "~/lib/translations.server";

// The page shows a secret: no cache, no back-button copy.
export function headers() {
  return { "Cache-Control": "no-store" };
}

// Setting up the authenticator app, once, during the first login that needs it.
export async function loader({ context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const { pending, staff, status } = await requirePendingStaffLogin(state);
  // Set up already (in another login): the login step asks for a code instead.
  if (status === "confirmed") throw redirect(localizePath(state.lang, VERIFY_PATH));
  return { ...(await loadEnrolment(state, pending, staff)), translations: getNamespaces(state.lang, ["staff-two-factor"]) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  const { pending, staff, status } = await requirePendingStaffLogin(state);
  if (status === "confirmed") throw redirect(localizePath(state.lang, VERIFY_PATH));
  const submission = parseWithZod(await readFormData(request), { schema: TotpCodeSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const outcome = await submitTotpCode(state, pending, staff, submission.value.code, true);
  if (outcome.kind === "signed-in") return redirect(outcome.returnTo);
  if (outcome.kind === "locked") return redirect(localizePath(state.lang, VERIFY_PATH));
  return data(submission.reply({ fieldErrors: { code: [outcome.errorKey] }, hideFields: ["code"] }), { status: 400 });
}

export default function StaffTwoFactorEnrol({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("staff-two-factor");
  return (
    <>
      <Heading1>{t("enrol.title")}</Heading1>
      <TotpCodeForm id="totp-enrol" lastResult={actionData} title={t("enrol.title")} submitLabel={t("enrol.button")}>
        <Paragraph>{t("enrol.intro")}</Paragraph>
        <Heading2>{t("enrol.step1.title")}</Heading2>
        <Paragraph>{t("enrol.step1.text")}</Paragraph>
        <Heading2>{t("enrol.step2.title")}</Heading2>
        <EnrolmentCode qrSvg={loaderData.qrSvg} secretGroups={loaderData.secretGroups} />
        <Heading2>{t("enrol.step3.title")}</Heading2>
        <Paragraph>{t("enrol.step3.text")}</Paragraph>
      </TotpCodeForm>
      <CancelLoginForm />
    </>
  );
}
