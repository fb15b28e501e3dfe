import { useTranslation } from "react-i18next";
import { data, redirect } from "react-router";
import type { Route } from "./+types/step";
import { getCurrentProfile, getRegistrationDraft, experienceEntries } from "~/features/registration/registration.server";
import { listOccupationNames } from "~/features/registration/occupations.server";
import { registrationTranslations, requireRegistrant } from "~/features/registration/page-data.server";
import { handleStepSubmit } from "~/features/registration/step-actions.server";
import { StepLayout } from "~/features/registration/step-layout";
import { findStep, nextStepSlug, previousStepSlug } from "~/features/registration/steps";
import { AboutYouStep } from "~/features/registration/steps/about-you-step";
import { ExperienceStep } from "~/features/registration/steps/experience-step";
import { ConsentStep, EducationStep, LanguagesStep, ObstaclesStep, SituationStep } from "~/features/registration/steps/simple-steps";
import { WantedWorkStep } from "~/features/registration/steps/wanted-work-step";
import { formatDate, formatMonth } from "~/lib/format-date.server";
import { localizePath } from "~/lib/i18n";
import { takePendingForm } from "~/lib/pending-form.server";
import { residentActor } from "~/lib/auth.server";
import { getRequestState } from "~/lib/request-context.server";
import { readFormData } from "~/lib/form-data";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

const monthParts = (value?: string) => (value ? { maand: String(Number(value.slice(5, 7))), jaar: value.slice(0, 4) } : undefined);

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const { resident, municipality } = await requireRegistrant(state, request);
  const step = findStep(params.step);
  if (!step) throw new Response("Not Found", { status: 404 });
  const { db } = state.services;
  // Typed before the session expired and sent after: save it now (unchecked, like "save for later").
  const pending = takePendingForm(state, new URL(request.url).pathname);
  if (pending) {
    pending.set("intent", "save");
    const current = await getRegistrationDraft(db, resident.id);
    await handleStepSubmit({ db, residentId: resident.id, lang: state.lang, retentionDays: municipality.settings.draftRetentionDays, draft: current }, step.slug, pending);
  }
  const draft = await getRegistrationDraft(db, resident.id);
  // Registered already and not updating: the profile is the place to be.
  if (!draft && (await getCurrentProfile(db, resident.id))) throw redirect(localizePath(state.lang, "/mijn/werkzoekende-profiel"));

  const url = new URL(request.url);
  const returnToReview = url.searchParams.get("terug") === "controleren";
  const previous = previousStepSlug(step.slug);
  const entries = experienceEntries(draft);
  const editParam = url.searchParams.get("wijzig");
  const editIndex = editParam !== null && /^\d+$/.test(editParam) && Number(editParam) < entries.length ? Number(editParam) : null;
  const editing = editIndex === null ? undefined : entries[editIndex]!;
  return {
    translations: registrationTranslations(state),
    step: { slug: step.slug, key: step.key, number: step.number, total: step.total },
    returnToReview,
    backHref: localizePath(state.lang, returnToReview ? "/mijn/inschrijven/controleren" : previous ? `/mijn/inschrijven/${previous}` : "/mijn/inschrijven"),
    draftExpiresOn: draft ? formatDate(draft.expiresAt, state.lang) : null,
    defaults:
      step.slug === "werkervaring"
        ? editing && { beroep: editing.beroep, werkgever: editing.werkgever, van: monthParts(editing.van), tot: monthParts(editing.tot), huidig: editing.tot ? undefined : "ja" }
        : draft?.answers[step.slug],
    person: {
      name: `${resident.given_name} ${resident.family_name}`,
      birthDate: resident.birth_date ? formatDate(resident.birth_date, state.lang) : "",
      address: [resident.street_address, [resident.postal_code, resident.locality].filter(Boolean).join(" ")].filter((l): l is string => Boolean(l)),
    },
    entries: entries.map((e) => ({ beroep: e.beroep, werkgever: e.werkgever, period: `${formatMonth(e.van, state.lang)} – ${e.tot ? formatMonth(e.tot, state.lang) : "…"}` })),
    editIndex,
    occupationNames: step.slug === "gewenst-werk" ? await listOccupationNames(db, state.lang) : [],
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const state = getRequestState(context);
  const { resident, municipality } = await requireRegistrant(state, request);
  const step = findStep(params.step);
  if (!step) throw new Response("Not Found", { status: 404 });
  const { db } = state.services;
  const formData = await readFormData(request);
  const returnToReview = formData.get("terug") === "controleren";
  const draft = await getRegistrationDraft(db, resident.id);
  const outcome = await handleStepSubmit(
    { db, residentId: resident.id, lang: state.lang, retentionDays: municipality.settings.draftRetentionDays, draft, helpSessionId: residentActor(state, resident).helpSessionId },
    step.slug,
    formData,
  );
  const here = `/mijn/inschrijven/${step.slug}${returnToReview ? "?terug=controleren" : ""}`;
  switch (outcome.kind) {
    case "invalid":
      return data({ reply: outcome.reply, suggestions: outcome.suggestions ?? {}, listError: outcome.listError ?? null }, { status: 400 });
    case "stay":
      return redirect(localizePath(state.lang, here));
    case "saved-for-later":
      state.session.flash("notice", "draft-saved");
      return redirect(localizePath(state.lang, "/mijn"));
    case "continue": {
      const next = nextStepSlug(step.slug);
      return redirect(localizePath(state.lang, returnToReview || !next ? "/mijn/inschrijven/controleren" : `/mijn/inschrijven/${next}`));
    }
  }
}

export default function RegistrationStep({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("registration");
  const { step } = loaderData;
  const title = t(`steps.${step.key}`);
  const common = { defaults: loaderData.defaults, lastResult: actionData?.reply, returnToReview: loaderData.returnToReview, pageTitle: `${title} – ${t("progress", { number: step.number, total: step.total })}` };
  return (
    <StepLayout number={step.number} total={step.total} title={title} backHref={loaderData.backHref} draftExpiresOn={loaderData.draftExpiresOn}>
      {step.slug === "over-u" ? <AboutYouStep person={loaderData.person} returnToReview={loaderData.returnToReview} pageTitle={common.pageTitle} /> : null}
      {step.slug === "situatie" ? <SituationStep {...common} /> : null}
      {step.slug === "opleiding" ? <EducationStep {...common} /> : null}
      {step.slug === "werkervaring" ? <ExperienceStep key={`${loaderData.entries.length}-${loaderData.editIndex}`} {...common} entries={loaderData.entries} editIndex={loaderData.editIndex} listError={actionData?.listError ?? null} /> : null}
      {step.slug === "gewenst-werk" ? <WantedWorkStep {...common} occupationNames={loaderData.occupationNames} suggestions={actionData?.suggestions ?? {}} /> : null}
      {step.slug === "talen" ? <LanguagesStep {...common} /> : null}
      {step.slug === "belemmeringen" ? <ObstaclesStep {...common} /> : null}
      {step.slug === "toestemming" ? <ConsentStep {...common} /> : null}
    </StepLayout>
  );
}
