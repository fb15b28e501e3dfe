import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { ErrorSummary } from "~/components/error-summary";
import { RadioGroup, radioOptionId, TextField } from "~/components/field";
import { Button } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { LANGUAGE_NAMES, LANGUAGES } from "~/lib/i18n";
import { ContactDetailsSchema } from "./schema";
import { CsrfField } from "~/components/csrf-field";

export type ContactDetailsDefaults = {
  email: string;
  mobile: string;
  reminderChannel: string;
  preferredLanguage: string;
};

const CHANNELS = ["email", "sms", "post"] as const;

/**
 * The pattern every form copies: one zod schema for browser hints and server truth, conform
 * for state, an error summary on top, errors tied to fields, and a plain POST that works
 * without JavaScript.
 */
export function ContactDetailsForm({ defaults, lastResult, title }: { defaults: ContactDetailsDefaults; lastResult: SubmissionResult<string[]> | undefined; title: string }) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "contact-details",
    lastResult,
    defaultValue: defaults,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ContactDetailsSchema }),
  });
  const hasErrors = Boolean(form.allErrors && Object.keys(form.allErrors).length);
  return (
    <>
      <PageTitle title={title} hasErrors={hasErrors} />
      <ErrorSummary
        items={[
          { targetId: fields.email.id, errors: fields.email.errors },
          { targetId: fields.mobile.id, errors: fields.mobile.errors },
          { targetId: radioOptionId(fields.reminderChannel.id, CHANNELS[0]), errors: fields.reminderChannel.errors },
          { targetId: radioOptionId(fields.preferredLanguage.id, LANGUAGES[0]), errors: fields.preferredLanguage.errors },
        ]}
      />
      <Form method="post" {...getFormProps(form)}>
        <CsrfField />
        <TextField field={fields.email} label={t("contact.email.label")} hint={t("contact.email.hint")} type="email" autoComplete="email" inputMode="email" dir="ltr" />
        <TextField field={fields.mobile} label={t("contact.mobile.label")} hint={t("contact.mobile.hint")} type="tel" autoComplete="tel" inputMode="tel" dir="ltr" />
        <RadioGroup
          field={fields.reminderChannel}
          legend={t("contact.reminderChannel.legend")}
          hint={t("contact.reminderChannel.hint")}
          options={CHANNELS.map((value) => ({ value, label: t(`contact.reminderChannel.${value}`) }))}
        />
        <RadioGroup
          field={fields.preferredLanguage}
          legend={t("contact.preferredLanguage.legend")}
          hint={t("contact.preferredLanguage.hint")}
          options={LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value], lang: value }))}
        />
        <Button>{t("contact.save")}</Button>
      </Form>
    </>
  );
}
