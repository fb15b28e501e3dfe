import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/work";
import { ErrorSummary } from "~/components/error-summary";
import { TextField } from "~/components/field";
import { PageTitle } from "~/components/page-title";
import { answersOnly, readEligibility, savePremiumStep } from "~/features/premium/application.server";
import { draftExpiry, premiumTranslations, requirePremiumApplicant } from "~/features/premium/page-data.server";
import { PremiumStepButtons, PremiumStepLayout } from "~/features/premium/premium-view";
import { WorkDetailsSchema } from "~/features/premium/schema";
import { useStepForm } from "~/features/registration/steps/use-step-form";
import { localizePath } from "~/lib/i18n";
import { takePendingForm } from "~/lib/pending-form.server";
import { helpSessionOf } from "~/lib/auth.server";
import { getRequestState } from "~/lib/request-context.server";
import { readFormData } from "~/lib/form-data";
import { CsrfField } from "~/components/csrf-field";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const { resident, municipality, ruleSet, known, draft } = await requirePremiumApplicant(state, request);
  const answers = await readEligibility(draft, ruleSet.rules, known.birthDate ?? null);
  if (!answers) throw redirect(localizePath(state.lang, "/mijn/uitstroompremie/vragen"));
  let defaults = draft?.answers.werk ?? null;
  const pending = takePendingForm(state, new URL(request.url).pathname);
  if (pending) {
    defaults = answersOnly(parseWithZod(pending, { schema: WorkDetailsSchema }).payload);
    await savePremiumStep(state.services.db, { residentId: resident.id, step: "werk", values: defaults, retentionDays: municipality.settings.draftRetentionDays, helpSessionId: helpSessionOf(state) });
  }
  const returnToReview = new URL(request.url).searchParams.get("terug") === "controleren";
  return {
    translations: premiumTranslations(state),
    selfEmployed: answers.soortWerk === "zelfstandig",
    defaults,
    returnToReview,
    backHref: localizePath(state.lang, returnToReview ? "/mijn/uitstroompremie/controleren" : "/mijn/uitstroompremie/uitkomst"),
    draftExpiresOn: draftExpiry(draft, state),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  const { resident, municipality } = await requirePremiumApplicant(state, request);
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: WorkDetailsSchema });
  await savePremiumStep(state.services.db, { residentId: resident.id, step: "werk", values: answersOnly(submission.payload), retentionDays: municipality.settings.draftRetentionDays, helpSessionId: helpSessionOf(state) });
  if (formData.get("intent") === "save") {
    state.session.flash("notice", "premium-draft-saved");
    return redirect(localizePath(state.lang, "/mijn/uitstroompremie"));
  }
  if (submission.status !== "success") return data({ reply: submission.reply() }, { status: 400 });
  return redirect(localizePath(state.lang, formData.get("terug") === "controleren" ? "/mijn/uitstroompremie/controleren" : "/mijn/uitstroompremie/bewijs"));
}

export default function PremiumWork({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("premium");
  const { form, fields, hasErrors } = useStepForm("premie-werk", WorkDetailsSchema, d.defaults, actionData?.reply);
  const title = t("work.title");
  const variant = d.selfEmployed ? "selfEmployed" : "employed";
  return (
    <PremiumStepLayout number={2} title={title} backHref={d.backHref} draftExpiresOn={d.draftExpiresOn}>
      <PageTitle title={`${title} – ${t("progress", { number: 2, total: 5 })}`} hasErrors={hasErrors} />
      <ErrorSummary
        items={[
          { targetId: fields.werkgever.id, errors: fields.werkgever.errors },
          { targetId: fields.functie.id, errors: fields.functie.errors },
        ]}
      />
      <p className="utrecht-paragraph">{t("work.intro")}</p>
      <Form method="post" {...getFormProps(form)}>
        <CsrfField />
        <TextField field={fields.werkgever} label={t(`work.employer.${variant}`)} hint={t(`work.employerHint.${variant}`)} autoComplete="organization" />
        <TextField field={fields.functie} label={t(`work.jobTitle.${variant}`)} hint={t("work.jobTitleHint")} autoComplete="organization-title" />
        <PremiumStepButtons returnToReview={d.returnToReview} />
      </Form>
    </PremiumStepLayout>
  );
}
