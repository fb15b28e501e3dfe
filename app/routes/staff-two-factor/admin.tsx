import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/admin";
import { CsrfField } from "~/components/csrf-field";
import { Alert, Button, Heading1, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { ResetTotpSchema } from "~/features/staff-two-factor/schema";
import { listStaffTotp, resetStaffTotp } from "~/features/staff-two-factor/totp.server";
import { requireStaff } from "~/lib/auth.server";
import { readFormData } from "~/lib/form-data";
import { formatDate } from "~/lib/format-date.server";
import { localizePath } from "~/lib/i18n";
import { getRequestState } from "~/lib/request-context.server";
import { getNamespaces } from "~/lib/translations.server";

// A beheerder resets the authenticator app of a colleague in the same municipality.
export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const staff = await requireStaff(state, request, ["beheerder"]);
  const colleagues = await listStaffTotp(state.services.db, staff.municipality_id);
  return {
    colleagues: colleagues.map((c) => ({ id: c.id, name: c.name, role: c.role, confirmedOn: c.confirmed_at ? formatDate(c.confirmed_at, state.lang) : null, self: c.id === staff.id })),
    reset: state.session.get("notice") === "staff-two-factor-reset",
    translations: getNamespaces(state.lang, ["staff-two-factor"]),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  const staff = await requireStaff(state, request, ["beheerder"]);
  const submission = parseWithZod(await readFormData(request), { schema: ResetTotpSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  // Someone of another municipality gets the same answer as someone who does not exist.
  const outcome = await resetStaffTotp(state.services.db, staff, submission.value.staffId);
  if (outcome === "not-found") throw new Response("Not Found", { status: 404 });
  if (outcome === "reset") state.session.flash("notice", "staff-two-factor-reset");
  return redirect(localizePath(state.lang, "/medewerker/instellingen/tweestapsverificatie"));
}

export default function StaffTwoFactorAdmin({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("staff-two-factor");
  const { t: common } = useTranslation();
  return (
    <>
      <PageTitle title={t("admin.title")} hasErrors={Boolean(actionData)} />
      <Heading1>{t("admin.title")}</Heading1>
      {loaderData.reset ? (
        <Alert type="ok" role="status">
          {t("admin.done")}
        </Alert>
      ) : null}
      {actionData?.error?.staffId ? (
        <Alert type="error" role="alert">
          {actionData.error.staffId.map((key) => t(key)).join(" ")}
        </Alert>
      ) : null}
      <Paragraph>{t("admin.intro")}</Paragraph>
      <ul className="utrecht-unordered-list meedoen-totp-list">
        {loaderData.colleagues.map((c) => (
          <li className="utrecht-unordered-list__item" key={c.id}>
            <strong>{c.name}</strong>, {common(`roles.${c.role}`)}
            <br />
            {c.confirmedOn ? t("admin.confirmed", { date: c.confirmedOn }) : t("admin.notSet")}
            {c.self ? (
              <>
                <br />
                {t("admin.self")}
              </>
            ) : c.confirmedOn ? (
              <Form method="post">
                <CsrfField />
                <input type="hidden" name="staffId" value={c.id} />
                <Button appearance="secondary">
                  {t("admin.reset")}
                  <span className="meedoen-visually-hidden">: {t("admin.resetFor", { name: c.name })}</span>
                </Button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
