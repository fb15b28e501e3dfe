import { type FieldMetadata, type FormMetadata, type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { z, ZodType } from "zod";

// The form's fields by name as typed in the markup (date parts, checkbox lists); which values
// are valid is the schema's business.
type StepFields<S extends ZodType> = { [K in keyof z.input<S> & string]-?: FieldMetadata<unknown, Record<string, unknown>, string[]> };

/** One form pattern for every step: the step's schema checks in the browser and in the action. */
export function useStepForm<S extends ZodType>(id: string, schema: S, defaults: unknown, lastResult: SubmissionResult<string[]> | undefined) {
  const [form, fields] = useForm<Record<string, unknown>>({
    id,
    lastResult,
    // Draft answers are stored exactly as typed: the shape of the form, not of the schema output.
    defaultValue: (defaults ?? {}) as never,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }) as never,
  });
  const hasErrors = Boolean(form.allErrors && Object.keys(form.allErrors).length);
  return { form: form as FormMetadata<Record<string, unknown>, string[]>, fields: fields as unknown as StepFields<S>, hasErrors };
}
