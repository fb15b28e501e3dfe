import { getFormProps, getInputProps, type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import type { AnyField } from "~/components/any-field";
import { TextArea } from "~/components/choice-fields";
import { DateParts } from "~/components/date-fields";
import { ErrorSummary } from "~/components/error-summary";
import { ErrorMessage, LabelledField, RadioGroup, radioOptionId, TextField } from "~/components/field";
import { PageTitle } from "~/components/page-title";
import { createTopicSchema } from "./schema";
import type { FieldSpec, TopicSpec } from "./topics";
import { WORK_TOPIC } from "./topics";
import { WorkIncomeNote } from "./work-note";
import { CsrfField } from "~/components/csrf-field";

export type TopicFormProps = {
  topic: TopicSpec;
  defaults: unknown;
  lastResult: SubmissionResult<string[]> | undefined;
  today: string;
  maxUploadBytes: number;
  currentFile: string | null;
  returnToReview: boolean;
  pageTitle: string;
  /** In the periodic check there is no "come back later": the check itself keeps the answers. */
  allowSaveForLater: boolean;
};

type Fields = Record<string, AnyField>;

/** One topic's questions, built from its spec, checked with the same schema as the action. */
export function TopicForm(props: TopicFormProps) {
  const { topic } = props;
  const { t } = useTranslation("changes");
  const schema = createTopicSchema(topic, { today: props.today, maxUploadBytes: props.maxUploadBytes });
  const [form, rawFields] = useForm<Record<string, unknown>>({
    id: `onderwerp-${topic.slug}`,
    lastResult: props.lastResult,
    defaultValue: (props.defaults ?? {}) as never,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }) as never,
  });
  const fields = rawFields as unknown as Fields;
  const hasErrors = Boolean(form.allErrors && Object.keys(form.allErrors).length);
  const label = (field: FieldSpec, part: "label" | "hint") => t([`topics.${topic.key}.fields.${field.name}.${part}`, `field.${field.name}.${part}`], { defaultValue: "" });
  const fileField = fields.bestand!;
  const errorItems = topic.fields.map((spec) => {
    const field = fields[spec.name]!;
    const targetId = spec.type === "choice" ? radioOptionId(field.id, spec.options[0]) : spec.type === "date" ? `${field.id}-dag` : field.id;
    return { targetId, errors: field.errors ?? (spec.type === "date" ? Object.values(field.allErrors ?? {}).flat() : undefined) };
  });
  if (topic.upload) errorItems.push({ targetId: fileField.id, errors: fileField.errors });

  return (
    <>
      <PageTitle title={props.pageTitle} hasErrors={hasErrors} />
      <ErrorSummary items={errorItems} />
      <Form method="post" encType={topic.upload ? "multipart/form-data" : undefined} {...getFormProps(form)}>
        <CsrfField />
        {topic.fields.map((spec) => {
          const field = fields[spec.name]!;
          const hint = label(spec, "hint") || undefined;
          switch (spec.type) {
            case "choice":
              return <RadioGroup key={spec.name} field={field} legend={label(spec, "label")} hint={hint} options={spec.options.map((value) => ({ value, label: t(`topics.${topic.key}.options.${value}`) }))} />;
            case "date":
              return <DateParts key={spec.name} field={field} legend={label(spec, "label")} hint={hint ?? t("field.datum.hint")} />;
            case "textarea":
              return <TextArea key={spec.name} field={field} label={label(spec, "label")} hint={hint} maxLength={spec.max} />;
            case "text":
              return <TextField key={spec.name} field={field} label={label(spec, "label")} hint={hint} autoComplete={spec.autoComplete} width={spec.max <= 10 ? "short" : undefined} />;
            case "amount":
            case "hours":
              return <NumberField key={spec.name} field={field} label={label(spec, "label")} hint={hint} prefix={spec.type === "amount" ? "€" : undefined} />;
          }
        })}
        {topic.upload ? <FileField field={fileField} topicKey={topic.key} currentFile={props.currentFile} maxUploadBytes={props.maxUploadBytes} /> : null}
        {topic.slug === WORK_TOPIC ? <WorkIncomeNote /> : null}
        <div className="meedoen-button-row">
          {props.returnToReview ? <input type="hidden" name="terug" value="controleren" /> : null}
          <button type="submit" name="intent" value="next" className="utrecht-button utrecht-button--html-button utrecht-button--primary-action">
            {t("topic.saveAndContinue")}
          </button>
          {props.allowSaveForLater ? (
            <button type="submit" name="intent" value="save" formNoValidate className="utrecht-button utrecht-button--html-button utrecht-button--secondary-action">
              {t("topic.saveForLater")}
            </button>
          ) : null}
        </div>
      </Form>
    </>
  );
}

/**
 * Amounts and hours: a text box, not type="number" (which refuses "1.234,56" and changes the
 * value when someone scrolls over it). inputMode="decimal" gives a phone keyboard with a comma.
 */
function NumberField({ field, label, hint, prefix }: { field: AnyField; label: string; hint?: string; prefix?: string }) {
  const invalid = Boolean(field.errors?.length);
  return (
    <LabelledField field={field} label={label} hint={hint} kind="text">
      <span className="meedoen-number-field">
        {prefix ? (
          <span className="meedoen-number-field__prefix" aria-hidden="true">
            {prefix}
          </span>
        ) : null}
        <input
          {...getInputProps(field, { type: "text", ariaDescribedBy: hint ? field.descriptionId : undefined })}
          key={field.key}
          className={`utrecht-textbox utrecht-textbox--html-input meedoen-textbox--number${invalid ? " utrecht-textbox--invalid" : ""}`}
          inputMode="decimal"
          autoComplete="off"
          maxLength={20}
          dir="ltr"
        />
      </span>
    </LabelledField>
  );
}

function FileField({ field, topicKey, currentFile, maxUploadBytes }: { field: AnyField; topicKey: string; currentFile: string | null; maxUploadBytes: number }) {
  const { t } = useTranslation("changes");
  const invalid = Boolean(field.errors?.length);
  const size = `${Math.round(maxUploadBytes / (1024 * 1024))} MB`;
  return (
    <div className={`utrecht-form-field${invalid ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={field.id}>
          {t([`topics.${topicKey}.upload`, "topic.fileLabel"])}
        </label>
      </div>
      <div className="utrecht-form-field-description" id={field.descriptionId}>
        {t("topic.fileHint", { size })}
      </div>
      <ErrorMessage id={field.errorId} errors={field.errors} />
      {invalid ? <p className="utrecht-paragraph">{t("topic.fileAgain")}</p> : null}
      {currentFile ? (
        <p className="utrecht-paragraph meedoen-current-file">
          {t("topic.currentFile")} <span dir="auto">{currentFile}</span>{" "}
          <button type="submit" name="intent" value="remove-file" formNoValidate className="utrecht-button utrecht-button--html-button utrecht-button--subtle-action">
            {t("topic.removeFile")}
          </button>
        </p>
      ) : null}
      <input
        type="file"
        id={field.id}
        name={field.name}
        // image/* lets a phone offer its camera; the server still checks the bytes.
        accept="application/pdf,image/jpeg,image/png,image/*"
        aria-describedby={[field.descriptionId, invalid ? field.errorId : null].filter(Boolean).join(" ")}
        aria-invalid={invalid || undefined}
        className="meedoen-file-input"
      />
    </div>
  );
}
