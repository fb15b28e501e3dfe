import { useTranslation } from "react-i18next";
import { data, Form, redirect, type ShouldRevalidateFunction } from "react-router";
import type { Route } from "./+types/evidence";
import { Alert } from "~/components/nlds";
import { ErrorSummary } from "~/components/error-summary";
import { PageTitle } from "~/components/page-title";
import { readEligibility, requiredEvidence, savePremiumStep } from "~/features/premium/application.server";
import { EvidenceField } from "~/features/premium/evidence-field";
import { addDraftFiles, getDraftId, listDraftFiles, MAX_FILES_PER_ITEM, removeDraftFile } from "~/features/premium/evidence.server";
import { draftExpiry, premiumTranslations, requirePremiumApplicant } from "~/features/premium/page-data.server";
import { PremiumStepButtons, PremiumStepLayout } from "~/features/premium/premium-view";
import { localizePath } from "~/lib/i18n";
import { helpSessionOf } from "~/lib/auth.server";
import { getRequestState } from "~/lib/request-context.server";
import { readFormData } from "~/lib/form-data";
import { getVirusScanner } from "~/lib/virus-scan.server";
import { CsrfField } from "~/components/csrf-field";
import { withoutScripts } from "~/lib/page-scripts";

export const handle = withoutScripts;

async function requireEvidenceStep(state: ReturnType<typeof getRequestState>, request: Request) {
  const applicant = await requirePremiumApplicant(state, request);
  const answers = await readEligibility(applicant.draft, applicant.ruleSet.rules, applicant.known.birthDate ?? null);
  if (!answers) throw redirect(localizePath(state.lang, "/mijn/uitstroompremie/vragen"));
  const evidence = requiredEvidence(applicant.ruleSet.rules, answers.soortWerk === "zelfstandig" ? "self_employed" : "employed");
  return { ...applicant, evidence };
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const { resident, draft, evidence } = await requireEvidenceStep(state, request);
  const files = await listDraftFiles(state.services.db, resident.id);
  const returnToReview = new URL(request.url).searchParams.get("terug") === "controleren";
  return {
    translations: premiumTranslations(state),
    items: evidence.map((item) => ({ ...item, files: files.filter((f) => f.evidenceKey === item.key).map((f) => ({ id: f.id, name: f.fileName, sizeKb: Math.max(1, Math.round(f.sizeBytes / 1024)) })) })),
    maxMb: Math.round(state.services.env.MAX_UPLOAD_BYTES / 1024 / 1024),
    maxFiles: MAX_FILES_PER_ITEM,
    notice: state.session.get("notice") ?? null,
    returnToReview,
    backHref: localizePath(state.lang, returnToReview ? "/mijn/uitstroompremie/controleren" : "/mijn/uitstroompremie/werk"),
    draftExpiresOn: draftExpiry(draft, state),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const state = getRequestState(context);
  const { resident, municipality, evidence } = await requireEvidenceStep(state, request);
  const { db } = state.services;
  const formData = await readFormData(request);
  const intent = String(formData.get("intent") ?? "next");
  const returnToReview = formData.get("terug") === "controleren";
  const here = localizePath(state.lang, `/mijn/uitstroompremie/bewijs${returnToReview ? "?terug=controleren" : ""}`);
  // Visiting the step is saved too, so "continue later" brings the resident back here.
  await savePremiumStep(db, { residentId: resident.id, step: "bewijs", values: { bezocht: "ja" }, retentionDays: municipality.settings.draftRetentionDays, helpSessionId: helpSessionOf(state) });
  const draftId = (await getDraftId(db, resident.id))!;
  // Files chosen before pressing any button are kept, whichever button it was.
  const uploaded = await addDraftFiles(db, { residentId: resident.id, draftId, formData, evidenceKeys: evidence.map((item) => item.key), maxBytes: state.services.env.MAX_UPLOAD_BYTES, scanner: getVirusScanner(state.services.env) });
  const removal = intent.match(/^remove:([0-9a-f-]{36})$/);
  if (removal) await removeDraftFile(db, resident.id, removal[1]!);
  if (Object.keys(uploaded.errors).length) return data({ errors: uploaded.errors, added: uploaded.added }, { status: 400 });
  if (removal) {
    state.session.flash("notice", "premium-file-removed");
    return redirect(here);
  }
  if (intent === "save") {
    state.session.flash("notice", "premium-draft-saved");
    return redirect(localizePath(state.lang, "/mijn/uitstroompremie"));
  }
  if (intent === "upload") {
    state.session.flash("notice", uploaded.added ? "premium-files-added" : "premium-no-file");
    return redirect(here);
  }
  const files = await listDraftFiles(db, resident.id);
  const missing = Object.fromEntries(evidence.filter((item) => !files.some((f) => f.evidenceKey === item.key)).map((item) => [`bestanden.${item.key}`, ["errors.premium.evidence.missing"]]));
  if (Object.keys(missing).length) return data({ errors: missing, added: uploaded.added }, { status: 400 });
  return redirect(localizePath(state.lang, returnToReview ? "/mijn/uitstroompremie/controleren" : "/mijn/uitstroompremie/rekening"));
}

// After a refused file the good files of the same post were kept: show them (React Router skips
// reloading after a 400 by default).
export const shouldRevalidate: ShouldRevalidateFunction = () => true;

export default function PremiumEvidence({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("premium");
  const errors = actionData?.errors ?? {};
  const title = t("evidence.title");
  const notice = actionData ? null : d.notice;
  return (
    <PremiumStepLayout number={3} title={title} backHref={d.backHref} draftExpiresOn={d.draftExpiresOn}>
      <PageTitle title={`${title} – ${t("progress", { number: 3, total: 5 })}`} hasErrors={Object.keys(errors).length > 0} />
      <ErrorSummary items={d.items.map((item) => ({ targetId: `bestanden-${item.key}`, errors: errors[`bestanden.${item.key}`] }))} />
      {notice === "premium-files-added" || notice === "premium-file-removed" || notice === "premium-no-file" ? (
        <Alert type={notice === "premium-no-file" ? "warning" : "ok"} role="status">
          {t(`evidence.notices.${notice}`)}
        </Alert>
      ) : null}
      {actionData?.added ? (
        <Alert type="ok" role="status">
          {t("evidence.notices.premium-files-added")}
        </Alert>
      ) : null}
      <p className="utrecht-paragraph">{t("evidence.intro")}</p>
      <p className="utrecht-paragraph">{t("evidence.formats", { mb: d.maxMb, count: d.maxFiles })}</p>
      {/* A new form once the stored files change: with JavaScript the file inputs would otherwise
          keep files that were already added, and "continue" would add them a second time. */}
      <Form method="post" encType="multipart/form-data" id="premie-bewijs" key={d.items.flatMap((item) => item.files.map((f) => f.id)).join(",")}>
        <CsrfField />
        {d.items.map((item) => (
          <EvidenceField key={item.key} item={item} errors={errors[`bestanden.${item.key}`]} />
        ))}
        <p className="meedoen-actions">
          <button type="submit" name="intent" value="upload" className="utrecht-button utrecht-button--html-button utrecht-button--secondary-action">
            {t("evidence.upload")}
          </button>
        </p>
        <PremiumStepButtons returnToReview={d.returnToReview} />
      </Form>
    </PremiumStepLayout>
  );
}
