import type { Draft } from "~/features/drafts/drafts.server";
import { todayIso } from "~/lib/date-schema";
import type { Database } from "~/lib/db.server";
import { formatDate } from "~/lib/format-date.server";
import { formatIban } from "~/lib/iban";
import type { Language } from "~/lib/i18n";
import { evaluateDraft, type KnownFacts, type PremiumStep, readAccount, readWorkDetails, requiredEvidence } from "./application.server";
import { listDraftFiles } from "./evidence.server";
import { explainEvaluation, type Line } from "./explain.server";
import type { StoredRuleSet } from "./rule-sets.server";

/** One answer on the check-your-answers page: the question, the answer and where to change it. */
export type AnswerRow = { label: string; value: Line | string; step: PremiumStep };

/**
 * Everything the check-your-answers page shows, from the draft as it is now. Steps that are not
 * (validly) answered are listed, so the page sends the resident back to exactly those.
 */
export async function loadPremiumReview(db: Database, input: { draft: Draft | null; ruleSet: StoredRuleSet; known: KnownFacts; residentId: string; municipality: string; lang: Language }) {
  const { lang } = input;
  const today = todayIso();
  const date = (iso: string | undefined | null) => (iso ? formatDate(iso, lang) : "–");
  const [checked, work, account, files] = await Promise.all([
    evaluateDraft(input.draft, input.ruleSet, input.known, today),
    readWorkDetails(input.draft),
    readAccount(input.draft),
    listDraftFiles(db, input.residentId),
  ]);
  const incomplete: PremiumStep[] = [];
  if (!checked) incomplete.push("vragen");
  if (!work) incomplete.push("werk");
  const evidence = checked ? requiredEvidence(input.ruleSet.rules, checked.facts.workType) : [];
  if (!checked || evidence.some((item) => !files.some((f) => f.evidenceKey === item.key))) incomplete.push("bewijs");
  if (!account) incomplete.push("rekening");

  const rows: AnswerRow[] = [];
  if (checked) {
    const a = checked.answers;
    rows.push(
      { label: "check.benefitType", value: { key: `check.benefitOptions.${a.uitkering}` }, step: "vragen" },
      { label: "check.benefitStart", value: date(a.uitkeringStart), step: "vragen" },
      ...(a.zonderOnderbreking ? [{ label: "check.continuous", value: { key: `yesNo.${a.zonderOnderbreking}` }, step: "vragen" as const }] : []),
      { label: "check.exitType", value: { key: `check.exitOptions.${a.uitkeringGestopt}` }, step: "vragen" },
      ...(a.uitkeringEinde ? [{ label: "check.benefitEnd", value: date(a.uitkeringEinde), step: "vragen" as const }] : []),
      { label: "check.workStart", value: date(a.werkStart), step: "vragen" },
      { label: "check.workType", value: { key: `check.workOptions.${a.soortWerk}` }, step: "vragen" },
      { label: "check.hours", value: String(a.uren), step: "vragen" },
      { label: "check.contract", value: { key: `check.contractOptions.${a.contract}` }, step: "vragen" },
      ...(a.contractEinde ? [{ label: "check.contractEnd", value: date(a.contractEinde), step: "vragen" as const }] : []),
      { label: "check.subsidy", value: { key: `check.subsidyOptions.${a.subsidie}` }, step: "vragen" },
      ...(checked.facts.jobReportedOn ? [{ label: "check.reported", value: date(checked.facts.jobReportedOn), step: "vragen" as const }] : []),
    );
  }
  const variant = checked?.answers.soortWerk === "zelfstandig" ? "selfEmployed" : "employed";
  if (work) rows.push({ label: `work.employer.${variant}`, value: work.werkgever, step: "werk" }, { label: `work.jobTitle.${variant}`, value: work.functie, step: "werk" });
  if (account) rows.push({ label: "account.iban", value: formatIban(account.iban), step: "rekening" }, { label: "account.holder", value: account.rekeninghouder, step: "rekening" });

  const view = checked ? explainEvaluation(checked.evaluation, { lang, municipality: input.municipality, today }) : null;
  return {
    incomplete,
    rows,
    evidence: evidence.map((item) => ({ ...item, files: files.filter((f) => f.evidenceKey === item.key).map((f) => f.fileName) })),
    view,
    windowClosedOn: checked?.evaluation.window && today > checked.evaluation.window.closesOn ? formatDate(checked.evaluation.window.closesOn, lang) : null,
  };
}
