import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/review";
import { ErrorSummary } from "~/components/error-summary";
import { CheckboxField } from "~/components/field";
import { PageTitle } from "~/components/page-title";
import { getLatestResidentCaseOfType } from "~/features/cases/cases.server";
import { registrationTranslations, requireRegistrant } from "~/features/registration/page-data.server";
import { ProfileSummary } from "~/features/registration/profile-summary";
import { assembleProfile, getRegistrationDraft, submitRegistration } from "~/features/registration/registration.server";
import { DeclarationSchema } from "~/features/registration/schema";
import { summaryExtras } from "~/features/registration/summary-data.server";
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
  const { resident } = await requireRegistrant(state, request);
  const { db } = state.services;
  const draft = await getRegistrationDraft(db, resident.id);
  if (!draft) {
    // After submitting, the back button lands here: show the confirmation, never a resubmit.
    const submitted = await getLatestResidentCaseOfType(db, resident.id, "registratie_werkzoekende");
    throw redirect(localizePath(state.lang, submitted ? "/mijn/inschrijven/bevestiging" : "/mijn/inschrijven"));
  }
  const { partial, incomplete } = await assembleProfile(db, draft.answers, state.lang);
  return { translations: registrationTranslations(state), partial, incomplete, assisted: isAssisted(state), ...(await summaryExtras(db, partial, state.lang)) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  const { resident, municipality } = await requireRegistrant(state, request);
  const submission = parseWithZod(await readFormData(request), { schema: withResidentConfirmation(DeclarationSchema, isAssisted(state)) });
  if (submission.status !== "success") return data({ reply: submission.reply(), incomplete: [] as string[] }, { status: 400 });
  const result = await submitRegistration(state.services.db, { resident, municipality, lang: state.lang, actor: residentActor(state, resident) });
  if (result.outcome === "incomplete") {
    return data({ reply: submission.reply({ formErrors: ["errors.registration.incomplete"] }), incomplete: result.incomplete as string[] }, { status: 400 });
  }
  return redirect(localizePath(state.lang, "/mijn/inschrijven/bevestiging"));
}

export default function RegistrationReview({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("registration");
  const { href } = usePageLanguage();
  const [form, fields] = useForm({
    id: "verklaring",
    lastResult: actionData?.reply,
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: withResidentConfirmation(DeclarationSchema, loaderData.assisted) }),
  });
  const incomplete = loaderData.incomplete;
  const hasErrors = Boolean(form.allErrors && Object.keys(form.allErrors).length);
  return (
    <>
      <PageTitle title={t("review.title")} hasErrors={hasErrors} />
      <p className="meedoen-back">
        <a className="utrecht-link" href={href("/mijn/inschrijven/toestemming")}>
          {t("back")}
        </a>
      </p>
      <h1 className="utrecht-heading-1">{t("review.title")}</h1>
      <ErrorSummary
        items={[
          { targetId: fields.inwonerBevestigt.id, errors: fields.inwonerBevestigt.errors },
          { targetId: fields.verklaring.id, errors: fields.verklaring.errors },
          { targetId: "summary-situatie", errors: form.errors },
        ]}
      />
      {incomplete.length ? <p className="utrecht-paragraph meedoen-incomplete">{t("review.incomplete")}</p> : <p className="utrecht-paragraph">{t("review.intro")}</p>}
      <ProfileSummary
        partial={loaderData.partial}
        occupationNames={loaderData.occupationNames}
        experiencePeriods={loaderData.experiencePeriods}
        wwEndDate={loaderData.wwEndDate}
        changeHref={(slug) => `${href(`/mijn/inschrijven/${slug}`)}?terug=controleren`}
      />
      <h2 className="utrecht-heading-2">{t("review.declarationTitle")}</h2>
      <Form method="post" {...getFormProps(form)}>
        <CsrfField />
        {loaderData.assisted ? <ResidentConfirms field={fields.inwonerBevestigt} /> : null}
        <CheckboxField field={fields.verklaring} label={t("review.declaration")} />
        <button type="submit" className="utrecht-button utrecht-button--html-button utrecht-button--primary-action">
          {t("review.submit")}
        </button>
      </Form>
    </>
  );
}
