import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { TextArea } from "~/components/choice-fields";
import { ErrorSummary } from "~/components/error-summary";
import { ErrorMessage } from "~/components/field";
import { CaseMessageSchema } from "./schema";
import { CsrfField } from "~/components/csrf-field";
import { SubmitKeyField } from "~/components/submit-key-field";

/**
 * A message about a case, with an optional file (PDF or a photo from the phone camera).
 * When the municipality asked a question, this same form is the answer.
 */
export function CaseMessageForm({ lastResult, isAnswer, submitKey }: { lastResult: SubmissionResult<string[]> | undefined; isAnswer: boolean; submitKey: string }) {
  const { t } = useTranslation();
  const [form, fields] = useForm<{ tekst: string; bestand?: File }>({
    id: "bericht",
    lastResult,
    shouldValidate: "onSubmit",
    // The file is checked on the server (its bytes); the browser checks the text.
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CaseMessageSchema }) as never,
  });
  const fileInvalid = Boolean(fields.bestand.errors?.length);
  return (
    <>
      <ErrorSummary
        items={[
          { targetId: fields.tekst.id, errors: fields.tekst.errors },
          { targetId: fields.bestand.id, errors: fields.bestand.errors },
        ]}
      />
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
        <CsrfField />
        <SubmitKeyField value={submitKey} />
        <TextArea field={fields.tekst} label={isAnswer ? t("cases.message.answerLabel") : t("cases.message.label")} hint={t("cases.message.hint")} maxLength={2000} />
        <div className={`utrecht-form-field${fileInvalid ? " utrecht-form-field--invalid" : ""}`}>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor={fields.bestand.id}>
              {t("cases.message.fileLabel")}
            </label>
          </div>
          <div className="utrecht-form-field-description" id={fields.bestand.descriptionId}>
            {t("cases.message.fileHint")}
          </div>
          <ErrorMessage id={fields.bestand.errorId} errors={fields.bestand.errors} />
          <input
            type="file"
            id={fields.bestand.id}
            name={fields.bestand.name}
            // image/* lets a phone offer its camera; the server still checks the bytes.
            accept="application/pdf,image/jpeg,image/png,image/*"
            aria-describedby={[fields.bestand.descriptionId, fileInvalid ? fields.bestand.errorId : null].filter(Boolean).join(" ")}
            aria-invalid={fileInvalid || undefined}
            className="meedoen-file-input"
          />
        </div>
        <button type="submit" className="utrecht-button utrecht-button--html-button utrecht-button--primary-action">
          {isAnswer ? t("cases.message.sendAnswer") : t("cases.message.send")}
        </button>
      </Form>
    </>
  );
}
