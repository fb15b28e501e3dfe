import type { AnyField } from "./any-field";
import type { ReactNode } from "react";
import { type ChoiceOption, ChoiceGroup, LabelledField } from "./field";

/** Checkboxes for one question ("choose all that apply"). */
export function CheckboxGroup(props: { field: AnyField; legend: ReactNode; hint?: ReactNode; options: ChoiceOption[] }) {
  return <ChoiceGroup {...props} multiple />;
}

export function TextArea({ field, label, hint, maxLength }: { field: AnyField; label: ReactNode; hint?: ReactNode; maxLength: number }) {
  const invalid = Boolean(field.errors?.length);
  const describedBy = [hint ? field.descriptionId : null, invalid ? field.errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <LabelledField field={field} label={label} hint={hint} kind="textarea">
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
    </LabelledField>
  );
}
