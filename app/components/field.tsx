import { getInputProps } from "@conform-to/react";
import type { AnyField } from "./any-field";
import type { HTMLInputAutoCompleteAttribute, ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * Form fields in the NL Design System markup. The error text is tied to the input with
 * aria-describedby (conform adds it when the field is invalid) and starts with a visually
 * hidden "Fout:" so a screen reader announces it as an error, not as a hint.
 */
export function ErrorMessage({ id, errors }: { id: string; errors: string[] | undefined }) {
  const { t } = useTranslation();
  if (!errors?.length) return null;
  return (
    <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={id}>
      <span className="meedoen-visually-hidden">{t("errors.fieldPrefix")} </span>
      {errors.map((key) => t(key)).join(" ")}
    </div>
  );
}

export function TextField({
  field,
  label,
  hint,
  type = "text",
  autoComplete,
  inputMode,
  dir,
  list,
  width,
}: {
  field: AnyField;
  label: string;
  // id of a <datalist> with suggestions (works without JavaScript)
  list?: string;
  width?: "short";
  hint?: ReactNode;
  type?: "text" | "email" | "tel" | "search";
  autoComplete?: HTMLInputAutoCompleteAttribute;
  inputMode?: "text" | "email" | "tel" | "numeric";
  // E-mail addresses and phone numbers read left to right, also on an Arabic page.
  dir?: "ltr" | "rtl" | "auto";
}) {
  const invalid = Boolean(field.errors?.length);
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${invalid ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={field.id}>
          {label}
        </label>
      </div>
      {hint ? (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={field.descriptionId}>
          {hint}
        </div>
      ) : null}
      <ErrorMessage id={field.errorId} errors={field.errors} />
      <div className="utrecht-form-field__input">
        <input
          {...getInputProps(field, { type, ariaDescribedBy: hint ? field.descriptionId : undefined })}
          key={field.key}
          className={`utrecht-textbox utrecht-textbox--html-input${invalid ? " utrecht-textbox--invalid" : ""}${width === "short" ? " meedoen-textbox--short" : ""}`}
          list={list}
          autoComplete={autoComplete}
          inputMode={inputMode}
          dir={dir}
          maxLength={300}
        />
      </div>
    </div>
  );
}

export function RadioGroup({
  field,
  legend,
  hint,
  options,
}: {
  field: AnyField;
  legend: string;
  hint?: ReactNode;
  options: Array<{ value: string; label: ReactNode; lang?: string }>;
}) {
  const invalid = Boolean(field.errors?.length);
  const describedBy = [hint ? field.descriptionId : null, invalid ? field.errorId : null].filter(Boolean).join(" ") || undefined;
  const current = typeof field.initialValue === "string" ? field.initialValue : undefined;
  return (
    <div className={`utrecht-form-field utrecht-form-field--radio-group${invalid ? " utrecht-form-field--invalid" : ""}`}>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" aria-describedby={describedBy} id={field.id}>
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
        {hint ? (
          <div className="utrecht-form-field-description" id={field.descriptionId}>
            {hint}
          </div>
        ) : null}
        <ErrorMessage id={field.errorId} errors={field.errors} />
        {options.map((option) => {
          const id = radioOptionId(field.id, option.value);
          return (
            <div className="utrecht-form-field utrecht-form-field--radio meedoen-choice" key={option.value}>
              <input
                type="radio"
                className="utrecht-radio-button utrecht-radio-button--html-input"
                id={id}
                name={field.name}
                value={option.value}
                defaultChecked={current === option.value}
                aria-invalid={invalid || undefined}
                form={field.formId}
              />
              <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={id} lang={option.lang}>
                {option.label}
              </label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

export function radioOptionId(fieldId: string, value: string): string {
  return `${fieldId}-${value}`;
}
