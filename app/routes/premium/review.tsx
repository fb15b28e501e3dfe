import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/review";
import { ErrorSummary } from "~/components/error-summary";
import { CheckboxField } from "~/components/field";
import { Alert, Heading2, Link, Paragraph } from "~/components/nlds";
import { PageTitle } from "~/components/page-title";
import { SummaryList } from "~/components/summary-list";
import { getLatestResidentCaseOfType } from "~/features/cases/cases.server";
import { premiumTranslations, requirePremiumApplicant } from "~/features/premium/page-data.server";
import { ConditionList, OutcomeSummary, PremiumStepLayout, useLineText } from "~/features/premium/premium-view";
import { loadPremiumReview } from "~/features/premium/review-data.server";
import { PremiumDeclarationSchema } from "~/features/premium/schema";
import { submitPremiumApplication } from "~/features/premium/submit.server";
import { ResidentConfirms } from "~/features/help-sessions/resident-confirms";
import { withResidentConfirmation } from "~/features/help-sessions/schema";
import { isAssisted, residentActor } from "~/lib/auth.server";
import { localizePath } from "~/lib/i18n";
import { getRequestState } from "~/lib/request-context.server";
import { usePageLanguage } from "~/lib/use-page-language";
import { readFormData } from "~/lib/form-data";
import { CsrfField } from "~/components/csrf-field";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const { resident, municipality, ruleSet, known, draft } = await requirePremiumApplicant(state, request);
  if (!draft) {
    // After sending, the back button lands here: show the confirmation, never a second case.
    const sent = await getLatestResidentCaseOfType(state.services.db, resident.id, "uitstroompremie");
    throw redirect(localizePath(state.lang, sent ? "/mijn/uitstroompremie/bevestiging" : "/mijn/uitstroompremie"));
  }
  const review = await loadPremiumReview(state.services.db, { draft, ruleSet, known, residentId: resident.id, municipality: municipality.name, lang: state.lang });
  return { translations: premiumTranslations(state), assisted: isAssisted(state), ...review };
}

export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  const { resident, municipality } = await requirePremiumApplicant(state, request);
  const submission = parseWithZod(await readFormData(request), { schema: withResidentConfirmation(PremiumDeclarationSchema, isAssisted(state)) });
  if (submission.status !== "success") return data({ reply: submission.reply() }, { status: 400 });
  const result = await submitPremiumApplication(state.services.db, {
    resident,
    municipality,
    lang: state.lang,
    // In a Servicepunt help session the case records who helped (the resident stays the declarant).
    actor: residentActor(state, resident),
    acceptClosedWindow: submission.value.toch === "ja",
  });
  switch (result.outcome) {
    case "submitted":
      return redirect(localizePath(state.lang, "/mijn/uitstroompremie/bevestiging"));
    case "already-submitted":
      return redirect(localizePath(state.lang, result.caseId ? "/mijn/uitstroompremie/bevestiging" : "/mijn/uitstroompremie"));
    case "no-rules":
      return redirect(localizePath(state.lang, "/mijn/uitstroompremie"));
    case "incomplete":
      return data({ reply: submission.reply({ formErrors: ["errors.premium.incomplete"] }) }, { status: 400 });
    case "window-closed":
      // The window closed while the form was open: say so, and let the resident send it anyway.
      return data({ reply: submission.reply({ fieldErrors: { toch: ["errors.premium.windowClosed"] } }) }, { status: 400 });
  }
}

export default function PremiumReview({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("premium");
  const { href } = usePageLanguage();
  const text = useLineText();
  const [form, fields] = useForm({
    id: "premie-verklaring",
    lastResult: actionData?.reply,
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: withResidentConfirmation(PremiumDeclarationSchema, d.assisted) }),
  });
  const hasErrors = Boolean(form.allErrors && Object.keys(form.allErrors).length);
  const title = t("review.title");
  const change = (step: string) => `${href(`/mijn/uitstroompremie/${step}`)}?terug=controleren`;
  return (
    <PremiumStepLayout number={5} title={title} backHref={href("/mijn/uitstroompremie/rekening")} draftExpiresOn={null}>
      <PageTitle title={`${title} – ${t("progress", { number: 5, total: 5 })}`} hasErrors={hasErrors} />
      <ErrorSummary
        items={[
          { targetId: "premie-ontbreekt", errors: form.errors },
          { targetId: fields.toch.id, errors: fields.toch.errors },
          { targetId: fields.inwonerBevestigt.id, errors: fields.inwonerBevestigt.errors },
          { targetId: fields.verklaring.id, errors: fields.verklaring.errors },
        ]}
      />
      {d.incomplete.length ? (
        <section className="meedoen-task" id="premie-ontbreekt" aria-labelledby="premie-ontbreekt-titel" tabIndex={-1}>
          <h2 className="utrecht-heading-2" id="premie-ontbreekt-titel">
            {t("review.incompleteTitle")}
          </h2>
          <ul className="utrecht-unordered-list">
            {d.incomplete.map((step) => (
              <li className="utrecht-unordered-list__item" key={step}>
                <Link to={change(step)}>{t(`review.steps.${step}`)}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="utrecht-paragraph" id="premie-ontbreekt">
          {t("review.intro")}
        </p>
      )}
      <SummaryList
        rows={d.rows.map((row, index) => ({
          key: `${row.label}-${index}`,
          label: t(row.label),
          value: (
            <>
              <span dir="auto">{typeof row.value === "string" ? row.value : text(row.value)}</span>{" "}
              <Link to={change(row.step)}>
                {t("change")}
                <span className="meedoen-visually-hidden"> {t(row.label)}</span>
              </Link>
            </>
          ),
        }))}
      />
      <Heading2>{t("review.evidenceTitle")}</Heading2>
      <SummaryList
        rows={d.evidence.map((item) => ({
          key: item.key,
          label: t(`evidence.items.${item.kind}.label`, { months: String(item.months ?? ""), key: item.key.replace(/^other_/, "") }),
          value: (
            <>
              <span dir="auto">{item.files.join(", ") || t("evidence.none")}</span>{" "}
              <Link to={change("bewijs")}>{t("change")}</Link>
            </>
          ),
        }))}
      />
      {d.view ? (
        <>
          <Heading2>{t("review.outcomeTitle")}</Heading2>
          <OutcomeSummary view={d.view} />
          <details className="meedoen-dutch-text">
            <summary>{t("review.showConditions")}</summary>
            <ConditionList conditions={d.view.conditions} />
          </details>
        </>
      ) : null}
      <Heading2>{t("review.declarationTitle")}</Heading2>
      <Form method="post" {...getFormProps(form)}>
        <CsrfField />
        {d.windowClosedOn || fields.toch.errors ? (
          <>
            <Alert type="warning">{t("review.windowClosed", { date: d.windowClosedOn ?? "" })}</Alert>
            <CheckboxField field={fields.toch} label={t("review.applyAnyway")} />
          </>
        ) : null}
        {d.assisted ? <ResidentConfirms field={fields.inwonerBevestigt} /> : null}
        <CheckboxField field={fields.verklaring} label={t("review.declaration")} />
        <button type="submit" className="utrecht-button utrecht-button--html-button utrecht-button--primary-action">
          {t("review.submit")}
        </button>
      </Form>
      <Paragraph>{t("review.afterSubmit")}</Paragraph>
    </PremiumStepLayout>
  );
}
