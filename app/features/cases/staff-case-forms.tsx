import { getFormProps, getSelectProps, type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { TextArea } from "~/components/choice-fields";
import { DateParts } from "~/components/date-fields";
import { ErrorSummary } from "~/components/error-summary";
import { LabelledField, RadioGroup } from "~/components/field";
import { Button, Heading2 } from "~/components/nlds";
import { DECISION_OUTCOMES, DECISION_TEMPLATES } from "./decision-templates";
import type { StaffCaseIntent } from "./staff-case-action.server";
import { DecisionSchema, InformationRequestSchema, NoteSchema, ReassignSchema } from "./staff-schema";
import { CsrfField } from "~/components/csrf-field";

// The klantmanager's forms on a case page. Each posts an `intent`; a returned problem belongs
// to the form that was sent, so only that one shows it (and its error summary takes focus).
type Invalid = { intent: StaffCaseIntent; reply: SubmissionResult<string[]> } | undefined;
const resultFor = (invalid: Invalid, intent: StaffCaseIntent) => (invalid?.intent === intent ? invalid.reply : undefined);

function Intent({ value }: { value: StaffCaseIntent }) {
  return <input type="hidden" name="intent" value={value} />;
}

/** A one-button form (pick up, close): nothing to fill in, so nothing to go wrong. */
export function ButtonForm({ intent, label, appearance = "primary" }: { intent: StaffCaseIntent; label: string; appearance?: "primary" | "secondary" }) {
  return (
    <Form method="post" className="meedoen-inline-form">
      <CsrfField />
      <Intent value={intent} />
      <Button type="submit" appearance={appearance}>
        {label}
      </Button>
    </Form>
  );
}

function ActionSection({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="meedoen-staff-action">
      <Heading2 id={id}>{title}</Heading2>
      {children}
    </section>
  );
}

export function NoteForm({ invalid }: { invalid: Invalid }) {
  const { t } = useTranslation();
  const [form, fields] = useForm({ id: "notitie", lastResult: resultFor(invalid, "notitie"), shouldValidate: "onSubmit", onValidate: ({ formData }) => parseWithZod(formData, { schema: NoteSchema }) });
  return (
    <ActionSection title={t("staffCase.noteTitle")} id="notitie-titel">
      <ErrorSummary items={[{ targetId: fields.tekst.id, errors: fields.tekst.errors }]} />
      <Form method="post" {...getFormProps(form)}>
        <CsrfField />
        <Intent value="notitie" />
        <TextArea field={fields.tekst} label={t("staffCase.noteLabel")} hint={t("staffCase.noteHint")} maxLength={2000} />
        <Button type="submit" appearance="secondary">
          {t("staffCase.noteButton")}
        </Button>
      </Form>
    </ActionSection>
  );
}

export function InformationRequestForm({ invalid }: { invalid: Invalid }) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "aanvulling",
    lastResult: resultFor(invalid, "aanvulling"),
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: InformationRequestSchema }),
  });
  return (
    <ActionSection title={t("staffCase.askTitle")} id="aanvulling-titel">
      <ErrorSummary
        items={[
          { targetId: fields.tekst.id, errors: fields.tekst.errors },
          { targetId: `${fields.uiterlijk.id}-dag`, errors: fields.uiterlijk.errors },
        ]}
      />
      <Form method="post" {...getFormProps(form)}>
        <CsrfField />
        <Intent value="aanvulling" />
        <TextArea field={fields.tekst} label={t("staffCase.askLabel")} hint={t("staffCase.askHint")} maxLength={2000} />
        <DateParts field={fields.uiterlijk} legend={t("staffCase.askDueLabel")} hint={t("staffCase.askDueHint")} />
        <Button type="submit">{t("staffCase.askButton")}</Button>
      </Form>
    </ActionSection>
  );
}

export function ReassignForm({ invalid, colleagues }: { invalid: Invalid; colleagues: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const [form, fields] = useForm({ id: "toewijzen", lastResult: resultFor(invalid, "toewijzen"), shouldValidate: "onSubmit", onValidate: ({ formData }) => parseWithZod(formData, { schema: ReassignSchema }) });
  if (colleagues.length === 0) return null;
  return (
    <ActionSection title={t("staffCase.reassignTitle")} id="toewijzen-titel">
      <ErrorSummary
        items={[
          { targetId: fields.collega.id, errors: fields.collega.errors },
          { targetId: fields.tekst.id, errors: fields.tekst.errors },
        ]}
      />
      <Form method="post" {...getFormProps(form)}>
        <CsrfField />
        <Intent value="toewijzen" />
        <LabelledField field={fields.collega} label={t("staffCase.reassignColleague")} kind="select">
          <select {...getSelectProps(fields.collega)} key={fields.collega.key} className="utrecht-select utrecht-select--html-select">
            <option value="">{t("staffCase.reassignChoose")}</option>
            {colleagues.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </LabelledField>
        <TextArea field={fields.tekst} label={t("staffCase.reassignNote")} hint={t("staffCase.noteHint")} maxLength={1000} />
        <Button type="submit" appearance="secondary">
          {t("staffCase.reassignButton")}
        </Button>
      </Form>
    </ActionSection>
  );
}

/**
 * Deciding takes two steps that both work without JavaScript: choose the reason (a GET form,
 * which fills in the template), then read, edit and record the Dutch text.
 */
export function DecisionForms({ invalid, draft }: { invalid: Invalid; draft: { template: string; text: string } | null }) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "besluit",
    lastResult: resultFor(invalid, "besluit"),
    shouldValidate: "onSubmit",
    defaultValue: { tekst: draft?.text ?? "", sjabloon: draft?.template ?? "" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: DecisionSchema }),
  });
  const [choice, choiceFields] = useForm({ id: "besluit-kiezen", defaultValue: { sjabloon: draft?.template ?? "" } });
  return (
    <ActionSection title={t("staffCase.decideTitle")} id="besluit-titel">
      <Form method="get" {...getFormProps(choice)}>
        <RadioGroup
          field={choiceFields.sjabloon}
          legend={t("staffCase.decideChoose")}
          options={DECISION_OUTCOMES.flatMap((outcome) =>
            DECISION_TEMPLATES[outcome].map((template) => ({ value: template, label: `${t(`queue.statuses.${outcome}`)}: ${t(`decisions.templateNames.${template}`)}` })),
          )}
        />
        <Button type="submit" appearance="secondary">
          {t("staffCase.decideUseTemplate")}
        </Button>
      </Form>
      {draft ? (
        <>
          <ErrorSummary items={[{ targetId: fields.tekst.id, errors: fields.tekst.errors }]} />
          <Form method="post" {...getFormProps(form)}>
            <CsrfField />
            <Intent value="besluit" />
            <input type="hidden" name="sjabloon" value={draft.template} />
            <TextArea field={fields.tekst} label={t("staffCase.decideText")} hint={t("staffCase.decideTextHint")} maxLength={4000} />
            <Button type="submit">{t("staffCase.decideButton")}</Button>
          </Form>
        </>
      ) : null}
    </ActionSection>
  );
}
