import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/account";
import { ErrorSummary } from "~/components/error-summary";
import { TextField } from "~/components/field";
import { PageTitle } from "~/components/page-title";
import { answersOnly, readEligibility, savePremiumStep } from "~/features/premium/application.server";
import { draftExpiry, premiumTranslations, requirePremiumApplicant } from "~/features/premium/page-data.server";
import { PremiumStepButtons, PremiumStepLayout } from "~/features/premium/premium-view";
import { AccountSchema } from "~/features/premium/schema";
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
  if (!(await readEligibility(draft, ruleSet.rules, known.birthDate ?? null))) throw redirect(localizePath(state.lang, "/mijn/uitstroompremie/vragen"));
  let defaults = draft?.answers.rekening ?? { rekeninghouder: `${resident.given_name} ${resident.family_name}` };
  const pending = takePendingForm(state, new URL(request.url).pathname);
  if (pending) {
    defaults = answersOnly(parseWithZod(pending, { schema: AccountSchema }).payload);
    await savePremiumStep(state.services.db, { residentId: resident.id, step: "rekening", values: defaults, retentionDays: municipality.settings.draftRetentionDays, helpSessionId: helpSessionOf(state) });
  }
  const returnToReview = new URL(request.url).searchParams.get("terug") === "controleren";
  return {
    translations: premiumTranslations(state),
    defaults,
    returnToReview,
    backHref: localizePath(state.lang, returnToReview ? "/mijn/uitstroompremie/controleren" : "/mijn/uitstroompremie/bewijs"),
    draftExpiresOn: draftExpiry(draft, state),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  const { resident, municipality } = await requirePremiumApplicant(state, request);
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: AccountSchema });
  await savePremiumStep(state.services.db, { residentId: resident.id, step: "rekening", values: answersOnly(submission.payload), retentionDays: municipality.settings.draftRetentionDays, helpSessionId: helpSessionOf(state) });
  if (formData.get("intent") === "save") {
    state.session.flash("notice", "premium-draft-saved");
    return redirect(localizePath(state.lang, "/mijn/uitstroompremie"));
  }
  if (submission.status !== "success") return data({ reply: submission.reply() }, { status: 400 });
  return redirect(localizePath(state.lang, "/mijn/uitstroompremie/controleren"));
}

export default function PremiumAccount({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("premium");
  const { form, fields, hasErrors } = useStepForm("premie-rekening", AccountSchema, d.defaults, actionData?.reply);
  const title = t("account.title");
  return (
    <PremiumStepLayout number={4} title={title} backHref={d.backHref} draftExpiresOn={d.draftExpiresOn}>
      <PageTitle title={`${title} – ${t("progress", { number: 4, total: 5 })}`} hasErrors={hasErrors} />
      <ErrorSummary
        items={[
          { targetId: fields.iban.id, errors: fields.iban.errors },
          { targetId: fields.rekeninghouder.id, errors: fields.rekeninghouder.errors },
        ]}
      />
      <p className="utrecht-paragraph">{t("account.intro")}</p>
      <Form method="post" {...getFormProps(form)}>
        <CsrfField />
        {/* An IBAN reads left to right, also on an Arabic page. */}
        <TextField field={fields.iban} label={t("account.iban")} hint={t("account.ibanHint")} dir="ltr" autoComplete="off" />
        <TextField field={fields.rekeninghouder} label={t("account.holder")} hint={t("account.holderHint")} autoComplete="name" />
        <PremiumStepButtons returnToReview={d.returnToReview} />
      </Form>
    </PremiumStepLayout>
  );
}
