import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/start";
import { CheckboxGroup } from "~/components/choice-fields";
import { DateParts } from "~/components/date-fields";
import { ErrorSummary } from "~/components/error-summary";
import { RadioGroup, TextField } from "~/components/field";
import { Alert, Button, Heading1, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { StartHelpSessionSchema, ID_DOCUMENT_KINDS } from "~/features/help-sessions/schema";
import { startHelpFromForm } from "~/features/help-sessions/start-help.server";
import { requireStaff } from "~/lib/auth.server";
import { localizePath } from "~/lib/i18n";
import { getRequestState } from "~/lib/request-context.server";
import { readFormData } from "~/lib/form-data";
import { CsrfField } from "~/components/csrf-field";

// A Servicepunt employee starts helping a resident: identify, check ID, record consent.
export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  await requireStaff(state, request, ["servicepunt"]);
  return { inSession: Boolean(state.session.get("helpSessionId")), ended: state.session.get("notice") === "help-ended" };
}

export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  const staff = await requireStaff(state, request, ["servicepunt"]);
  if (state.session.get("helpSessionId")) return redirect(localizePath(state.lang, "/mijn"));
  const result = await startHelpFromForm(state, staff, await readFormData(request));
  if (!result.ok) return data(result.reply, { status: 400 });
  return redirect(localizePath(state.lang, "/mijn"));
}

export default function StartHelpSession({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [form, fields] = useForm({ id: "hulp", lastResult: actionData, shouldValidate: "onSubmit", onValidate: ({ formData }) => parseWithZod(formData, { schema: StartHelpSessionSchema }) });
  return (
    <>
      <PageTitle title={t("helpStart.title")} hasErrors={Boolean(form.allErrors && Object.keys(form.allErrors).length)} />
      <Heading1>{t("helpStart.title")}</Heading1>
      {loaderData.ended ? (
        <Alert type="ok" role="status">
          {t("helpStart.ended")}
        </Alert>
      ) : null}
      {loaderData.inSession ? (
        <Paragraph>{t("helpStart.alreadyHelping")}</Paragraph>
      ) : (
        <>
          <Paragraph>{t("helpStart.intro")}</Paragraph>
          <ErrorSummary
            items={[
              { targetId: fields.bsn.id, errors: fields.bsn.errors },
              { targetId: `${fields.geboortedatum.id}-dag`, errors: fields.geboortedatum.errors },
              { targetId: fields.idSoort.id, errors: fields.idSoort.errors },
              { targetId: fields.idGecontroleerd.id, errors: fields.idGecontroleerd.errors },
              { targetId: fields.toestemming.id, errors: fields.toestemming.errors },
            ]}
          />
          <Form method="post" {...getFormProps(form)} autoComplete="off">
            <CsrfField />
            <TextField field={fields.bsn} label={t("helpStart.bsn")} hint={t("helpStart.bsnHint")} inputMode="numeric" width="short" autoComplete="off" />
            <DateParts field={fields.geboortedatum} legend={t("helpStart.birthDate")} hint={t("helpStart.birthDateHint")} />
            <RadioGroup field={fields.idSoort} legend={t("helpStart.idKind")} options={ID_DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t(`helpStart.idKinds.${kind}`) }))} />
            <CheckboxGroup field={fields.idGecontroleerd} legend={t("helpStart.idCheckedLegend")} options={[{ value: "ja", label: t("helpStart.idChecked") }]} />
            <CheckboxGroup field={fields.toestemming} legend={t("helpStart.consentLegend")} options={[{ value: "ja", label: t("helpStart.consent") }]} />
            <Button type="submit">{t("helpStart.start")}</Button>
          </Form>
        </>
      )}
    </>
  );
}
