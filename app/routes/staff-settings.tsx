import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/staff-settings";
import { ErrorSummary } from "~/components/error-summary";
import { TextField } from "~/components/field";
import { Alert, Heading1, Link, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { getMunicipalityById } from "~/features/municipalities/municipalities.server";
import { ServicepuntContactSchema } from "~/features/municipalities/schema";
import { updateServicepuntContact } from "~/features/municipalities/settings.server";
import { requireStaff } from "~/lib/auth.server";
import { localizePath } from "~/lib/i18n";
import { getRequestState } from "~/lib/request-context.server";
import { usePageLanguage } from "~/lib/use-page-language";
import { readFormData } from "~/lib/form-data";
import { CsrfField } from "~/components/csrf-field";

export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const staff = await requireStaff(state, request, ["beheerder"]);
  const municipality = await getMunicipalityById(state.services.db, staff.municipality_id);
  const { name, phone, phoneDisplay } = municipality!.settings.servicepunt;
  return { municipality: municipality!.name, defaults: { name, phone, phoneDisplay }, saved: state.session.get("notice") === "contact-saved" };
}

export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  const staff = await requireStaff(state, request, ["beheerder"]);
  const submission = parseWithZod(await readFormData(request), { schema: ServicepuntContactSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  await updateServicepuntContact(state.services.db, staff, submission.value);
  state.session.flash("notice", "contact-saved");
  return redirect(localizePath(state.lang, "/medewerker/instellingen"));
}

export default function StaffSettings({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { href } = usePageLanguage();
  const [form, fields] = useForm({ id: "servicepunt", lastResult: actionData, defaultValue: loaderData.defaults, onValidate: ({ formData }) => parseWithZod(formData, { schema: ServicepuntContactSchema }) });
  return (
    <>
      <PageTitle title={t("settings.title")} hasErrors={Boolean(form.allErrors && Object.keys(form.allErrors).length)} />
      <Heading1>{t("settings.title")}</Heading1>
      {loaderData.saved ? (
        <Alert type="ok" role="status">
          {t("settings.saved")}
        </Alert>
      ) : null}
      <Paragraph>{t("settings.intro", { municipality: loaderData.municipality })}</Paragraph>
      <ErrorSummary
        items={[
          { targetId: fields.name.id, errors: fields.name.errors },
          { targetId: fields.phone.id, errors: fields.phone.errors },
          { targetId: fields.phoneDisplay.id, errors: fields.phoneDisplay.errors },
        ]}
      />
      <Form method="post" {...getFormProps(form)}>
        <CsrfField />
        <TextField field={fields.name} label={t("settings.name")} />
        <TextField field={fields.phone} label={t("settings.phone")} hint={t("settings.phoneHint")} type="tel" dir="ltr" />
        <TextField field={fields.phoneDisplay} label={t("settings.phoneDisplay")} hint={t("settings.phoneDisplayHint")} dir="ltr" />
        <button type="submit" className="utrecht-button utrecht-button--html-button utrecht-button--primary-action">
          {t("settings.save")}
        </button>
      </Form>
      <Paragraph>
        <Link to={href("/medewerker/instellingen/uitstroompremie")}>{t("settings.premiumLink")}</Link>
      </Paragraph>
    </>
  );
}
