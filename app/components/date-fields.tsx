import type { AnyField } from "./any-field";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FieldGroup } from "./field";

type Part = { name: "dag" | "maand" | "jaar" };

/**
 * A date as separate boxes for day, month and year (GOV.UK pattern): works on every phone
 * without a date picker. `parts` leaves out the day for month-and-year questions.
 */
export function DateParts({
  field,
  legend,
  hint,
  withDay = true,
}: {
  field: AnyField;
  legend: ReactNode;
  hint?: ReactNode;
  withDay?: boolean;
}) {
  const { t } = useTranslation();
  const parts: Part[] = [...(withDay ? [{ name: "dag" } as Part] : []), { name: "maand" }, { name: "jaar" }];
  const errors = [...(field.errors ?? []), ...Object.values(field.allErrors ?? {}).flat()].filter((e, i, all) => all.indexOf(e) === i);
  const invalid = errors.length > 0;
  const initial = (typeof field.initialValue === "object" && field.initialValue ? field.initialValue : {}) as Record<string, string | undefined>;
  return (
    <FieldGroup field={field} legend={legend} hint={hint} errors={errors} kind="date">
      <div className="meedoen-date__parts" dir="ltr">
        {parts.map((part) => {
          const id = `${field.id}-${part.name}`;
          return (
            <div className="meedoen-date__part" key={part.name}>
              <label className="utrecht-form-label" htmlFor={id}>
                {t(`dateParts.${part.name}`)}
              </label>
              <input
                className={`utrecht-textbox utrecht-textbox--html-input meedoen-date__input--${part.name}`}
                id={id}
                name={`${field.name}.${part.name}`}
                defaultValue={initial[part.name] ?? ""}
                inputMode="numeric"
                autoComplete="off"
                maxLength={4}
                aria-invalid={invalid || undefined}
              />
            </div>
          );
        })}
      </div>
    </FieldGroup>
  );
}
