import type { AnyField } from "./any-field";
import type { ReactNode } from "react";
import { ErrorMessage, radioOptionId } from "./field";

/**
 * A group of checkboxes in a fieldset with its legend, hint and error, in the NL Design
 * System markup. Works as a plain HTML form field without JavaScript.
 */
export function CheckboxGroup({
  field,
  legend,
  hint,
  options,
  defaultValue,
}: {
  field: AnyField;
  legend: ReactNode;
  hint?: ReactNode;
  options: Array<{ value: string; label: ReactNode; lang?: string }>;
  defaultValue?: string[];
}) {
  const invalid = Boolean(field.errors?.length);
  const describedBy = [hint ? field.descriptionId : null, invalid ? field.errorId : null].filter(Boolean).join(" ") || undefined;
  const initial = field.initialValue;
  const checked = new Set(defaultValue ?? (Array.isArray(initial) ? initial : typeof initial === "string" ? [initial] : []));
  return (
    <div className={`utrecht-form-field utrecht-form-field--checkbox-group${invalid ? " utrecht-form-field--invalid" : ""}`}>
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
            <div className="utrecht-form-field utrecht-form-field--checkbox meedoen-choice" key={option.value}>
              <input
                type="checkbox"
                className="utrecht-checkbox utrecht-checkbox--html-input"
                id={id}
                name={field.name}
                value={option.value}
                defaultChecked={checked.has(option.value)}
                aria-invalid={invalid || undefined}
              />
              <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id} lang={option.lang}>
                {option.label}
              </label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

export function TextArea({ field, label, hint, maxLength }: { field: AnyField; label: ReactNode; hint?: ReactNode; maxLength: number }) {
  const invalid = Boolean(field.errors?.length);
  const describedBy = [hint ? field.descriptionId : null, invalid ? field.errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`utrecht-form-field utrecht-form-field--textarea${invalid ? " utrecht-form-field--invalid" : ""}`}>
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
        <textarea
          className="utrecht-textarea utrecht-textarea--html-textarea meedoen-textarea"
          id={field.id}
          name={field.name}
          defaultValue={typeof field.initialValue === "string" ? field.initialValue : ""}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          // A little over the limit, so the server's "too long" message can be shown instead of silently cutting text.
          maxLength={maxLength + 100}
          rows={4}
        />
      </div>
    </div>
  );
}
