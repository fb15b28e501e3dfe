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

/**
 * One input with its label, hint and error, in the NL Design System markup. The input itself
 * is the child, so text boxes and text areas share the rest.
 */
export function LabelledField({ field, label, hint, kind, children }: { field: AnyField; label: ReactNode; hint?: ReactNode; kind: string; children: ReactNode }) {
  const invalid = Boolean(field.errors?.length);
  return (
    <div className={`utrecht-form-field utrecht-form-field--${kind}${invalid ? " utrecht-form-field--invalid" : ""}`}>
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
      <div className="utrecht-form-field__input">{children}</div>
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
    <LabelledField field={field} label={label} hint={hint} kind="text">
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
    </LabelledField>
  );
}

/**
 * A question with several inputs (choices, date parts) as a fieldset: the legend is the
 * question, and the hint and error belong to the group, so a screen reader reads them when the
 * first input gets focus.
 */
export function FieldGroup({
  field,
  legend,
  hint,
  errors = field.errors,
  kind,
  children,
}: {
  field: AnyField;
  legend: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  kind: string;
  children: ReactNode;
}) {
  const invalid = Boolean(errors?.length);
  const describedBy = [hint ? field.descriptionId : null, invalid ? field.errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`utrecht-form-field utrecht-form-field--${kind}${invalid ? " utrecht-form-field--invalid" : ""}`}>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" aria-describedby={describedBy} id={field.id}>
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
        {hint ? (
          <div className="utrecht-form-field-description" id={field.descriptionId}>
            {hint}
          </div>
        ) : null}
        <ErrorMessage id={field.errorId} errors={errors} />
        {children}
      </fieldset>
    </div>
  );
}

export type ChoiceOption = { value: string; label: ReactNode; lang?: string };

/** Radio buttons or checkboxes for one question. */
export function ChoiceGroup({
  field,
  legend,
  hint,
  options,
  multiple = false,
}: {
  field: AnyField;
  legend: ReactNode;
  hint?: ReactNode;
  options: ChoiceOption[];
  multiple?: boolean;
}) {
  const invalid = Boolean(field.errors?.length);
  const initial = field.initialValue;
  const chosen = new Set(Array.isArray(initial) ? initial : typeof initial === "string" ? [initial] : []);
  const type = multiple ? "checkbox" : "radio";
  return (
    <FieldGroup field={field} legend={legend} hint={hint} kind={multiple ? "checkbox-group" : "radio-group"}>
      {options.map((option) => {
        const id = radioOptionId(field.id, option.value);
        return (
          <div className={`utrecht-form-field utrecht-form-field--${type} meedoen-choice`} key={option.value}>
            <input
              type={type}
              className={multiple ? "utrecht-checkbox utrecht-checkbox--html-input" : "utrecht-radio-button utrecht-radio-button--html-input"}
              id={id}
              name={field.name}
              value={option.value}
              defaultChecked={chosen.has(option.value)}
              aria-invalid={invalid || undefined}
            />
            <label className={`utrecht-form-label utrecht-form-label--${type}`} htmlFor={id} lang={option.lang}>
              {option.label}
            </label>
          </div>
        );
      })}
    </FieldGroup>
  );
}

export function RadioGroup(props: { field: AnyField; legend: ReactNode; hint?: ReactNode; options: ChoiceOption[] }) {
  return <ChoiceGroup {...props} />;
}

export function radioOptionId(fieldId: string, value: string): string {
  return `${fieldId}-${value}`;
}

/** One checkbox with its label and error, e.g. a declaration ("Ik heb alles naar waarheid ingevuld"). */
export function CheckboxField({ field, label }: { field: AnyField; label: ReactNode }) {
  return (
    <div className={`utrecht-form-field utrecht-form-field--checkbox${field.errors?.length ? " utrecht-form-field--invalid" : ""}`}>
      <ErrorMessage id={field.errorId} errors={field.errors} />
      <div className="meedoen-choice">
        <input {...getInputProps(field as never, { type: "checkbox", value: "ja" })} className="utrecht-checkbox utrecht-checkbox--html-input" />
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={field.id}>
          {label}
        </label>
      </div>
    </div>
  );
}
