import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { CsrfField } from "~/components/csrf-field";
import { ErrorSummary } from "~/components/error-summary";
import { TextField } from "~/components/field";
import { Button } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { usePageLanguage } from "~/lib/use-page-language";
import { TotpCodeSchema } from "./schema";

/**
 * The code field of both steps (setting up and logging in), in the contact details pattern:
 * one schema, an error summary that takes focus, the error tied to the field, a plain POST.
 * `children` (the explanation) comes between the summary and the field, so the summary stays
 * right under the page heading.
 */
export function TotpCodeForm({ id, lastResult, title, submitLabel, children }: { id: string; lastResult: SubmissionResult<string[]> | undefined; title: string; submitLabel: string; children?: ReactNode }) {
  const { t } = useTranslation("staff-two-factor");
  const [form, fields] = useForm({
    id,
    lastResult,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: TotpCodeSchema }),
  });
  return (
    <>
      <PageTitle title={title} hasErrors={Boolean(form.allErrors && Object.keys(form.allErrors).length)} />
      <ErrorSummary items={[{ targetId: fields.code.id, errors: fields.code.errors }]} />
      {children}
      <Form method="post" {...getFormProps(form)}>
        <CsrfField />
        {/* one-time-code lets the phone offer the code; numeric gives a number keypad. Digits
            read left to right on an Arabic page too. */}
        <TextField field={fields.code} label={t("code.label")} hint={t("code.hint")} autoComplete="one-time-code" inputMode="numeric" dir="ltr" width="short" />
        <Button>{submitLabel}</Button>
      </Form>
    </>
  );
}

/** Stops the login that waits for its code: logging out ends it here and at the provider. */
export function CancelLoginForm() {
  const { t } = useTranslation("staff-two-factor");
  const { href } = usePageLanguage();
  return (
    <Form method="post" action={href("/uitloggen")} reloadDocument>
      <CsrfField />
      <Button appearance="secondary">{t("cancel")}</Button>
    </Form>
  );
}

/**
 * The QR code (SVG drawn on the server from our own data, so nothing is loaded from elsewhere)
 * and the same secret as text, in groups of four, for a phone that cannot scan.
 */
export function EnrolmentCode({ qrSvg, secretGroups }: { qrSvg: string; secretGroups: string[] }) {
  const { t } = useTranslation("staff-two-factor");
  return (
    <>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is made by the qrcode package from the otpauth URI; no input from anyone else ends up in it. */}
      <div className="meedoen-qr" role="img" aria-label={t("enrol.qrLabel")} dangerouslySetInnerHTML={{ __html: qrSvg }} />
      <p className="utrecht-paragraph">{t("enrol.manual")}</p>
      <p className="utrecht-paragraph meedoen-secret" dir="ltr">
        <code>{secretGroups.join(" ")}</code>
      </p>
      <p className="utrecht-paragraph">{t("enrol.manualHint")}</p>
    </>
  );
}
