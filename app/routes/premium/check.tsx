import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, redirect } from "react-router";
import type { Route } from "./+types/check";
import { answersOnly, asksFor, savePremiumStep } from "~/features/premium/application.server";
import { EligibilityForm } from "~/features/premium/eligibility-form";
import { draftExpiry, knownFactsView, premiumTranslations, requirePremiumApplicant } from "~/features/premium/page-data.server";
import { PremiumStepLayout } from "~/features/premium/premium-view";
import { createEligibilitySchema } from "~/features/premium/schema";
import { localizePath } from "~/lib/i18n";
import { takePendingForm } from "~/lib/pending-form.server";
import { helpSessionOf } from "~/lib/auth.server";
import { getRequestState } from "~/lib/request-context.server";
import { readFormData } from "~/lib/form-data";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const applicant = await requirePremiumApplicant(state, request);
  const { resident, municipality, ruleSet, known } = applicant;
  let { draft } = applicant;
  const schema = createEligibilitySchema(asksFor(ruleSet.rules), known.birthDate ?? null);
  // Typed before the session expired and sent after logging in again: keep it, unchecked.
  const pending = takePendingForm(state, new URL(request.url).pathname);
  if (pending) {
    const payload = answersOnly(parseWithZod(pending, { schema }).payload);
    await savePremiumStep(state.services.db, { residentId: resident.id, step: "vragen", values: payload, retentionDays: municipality.settings.draftRetentionDays, helpSessionId: helpSessionOf(state) });
    draft = { ...(draft ?? { lastStep: "vragen", expiresAt: new Date(), formVersion: "" }), answers: { ...draft?.answers, vragen: payload } };
  }
  const returnToReview = new URL(request.url).searchParams.get("terug") === "controleren";
  return {
    translations: premiumTranslations(state),
    asks: asksFor(ruleSet.rules),
    birthDateIso: known.birthDate ?? null,
    known: knownFactsView(resident, municipality, known, state),
    defaults: draft?.answers.vragen ?? null,
    returnToReview,
    backHref: localizePath(state.lang, returnToReview ? "/mijn/uitstroompremie/controleren" : "/mijn/uitstroompremie"),
    draftExpiresOn: draftExpiry(draft, state),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  const { resident, municipality, ruleSet, known } = await requirePremiumApplicant(state, request);
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: createEligibilitySchema(asksFor(ruleSet.rules), known.birthDate ?? null) });
  // Saved first, valid or not: nothing typed is lost.
  await savePremiumStep(state.services.db, { residentId: resident.id, step: "vragen", values: answersOnly(submission.payload), retentionDays: municipality.settings.draftRetentionDays, helpSessionId: helpSessionOf(state) });
  if (formData.get("intent") === "save") {
    state.session.flash("notice", "premium-draft-saved");
    return redirect(localizePath(state.lang, "/mijn/uitstroompremie"));
  }
  if (submission.status !== "success") return data({ reply: submission.reply() }, { status: 400 });
  return redirect(localizePath(state.lang, formData.get("terug") === "controleren" ? "/mijn/uitstroompremie/controleren" : "/mijn/uitstroompremie/uitkomst"));
}

export default function PremiumCheck({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("premium");
  const title = t("check.title");
  return (
    <PremiumStepLayout number={1} title={title} backHref={d.backHref} draftExpiresOn={d.draftExpiresOn}>
      <EligibilityForm
        asks={d.asks}
        birthDateIso={d.birthDateIso}
        known={d.known}
        defaults={d.defaults}
        lastResult={actionData?.reply}
        returnToReview={d.returnToReview}
        pageTitle={`${title} – ${t("progress", { number: 1, total: 5 })}`}
      />
    </PremiumStepLayout>
  );
}
