import { parseWithZod } from "@conform-to/zod/v4";
import type { ZodType } from "zod";
import { type Draft, getDraft, saveDraftStep } from "~/features/drafts/drafts.server";
import type { Municipality } from "~/features/municipalities/municipalities.server";
import { todayIso } from "~/lib/date-schema";
import type { Database } from "~/lib/db.server";
import type { Resident } from "~/lib/db-schema";
import { payloadToFormData } from "~/lib/form-data";
import { evaluatePremium, evidenceFor, type PremiumEvaluation } from "./evaluate";
import type { PremiumFacts } from "./facts";
import type { PremiumEvidence, PremiumRuleSet } from "./rule-set";
import type { StoredRuleSet } from "./rule-sets.server";
import {
  AccountSchema,
  createEligibilitySchema,
  type EligibilityAnswers,
  type EligibilityAsks,
  PREMIUM_FORM_TYPE,
  PREMIUM_FORM_VERSION,
  WorkDetailsSchema,
} from "./schema";

/** The steps of the application, in order, with the draft key each one saves under. */
export const PREMIUM_STEPS = ["vragen", "werk", "bewijs", "rekening"] as const;
export type PremiumStep = (typeof PREMIUM_STEPS)[number];

export function asksFor(rules: PremiumRuleSet): EligibilityAsks {
  return { continuous: rules.benefit.mustBeContinuous, jobReport: Boolean(rules.jobReport) };
}

export function getPremiumDraft(db: Database, residentId: string): Promise<Draft | null> {
  return getDraft(db, residentId, PREMIUM_FORM_TYPE);
}

export function savePremiumStep(db: Database, input: { residentId: string; step: PremiumStep; values: unknown; retentionDays: number; helpSessionId?: string | null }) {
  return saveDraftStep(db, { residentId: input.residentId, formType: PREMIUM_FORM_TYPE, formVersion: PREMIUM_FORM_VERSION, step: input.step, values: input.values, retentionDays: input.retentionDays, helpSessionId: input.helpSessionId });
}

/** Buttons are not answers. */
export function answersOnly(payload: Record<string, unknown>) {
  const { intent: _intent, terug: _terug, ...answers } = payload;
  return answers;
}

async function check<T>(schema: ZodType<T>, payload: unknown): Promise<T | null> {
  if (!payload) return null;
  const submission = await parseWithZod(payloadToFormData(payload), { schema, async: true });
  return submission.status === "success" ? (submission.value as T) : null;
}

/** What the municipality already knows, so the resident is not asked (domain.md: fill in what is known). */
export type KnownFacts = Pick<PremiumFacts, "birthDate" | "livesInMunicipality" | "lastPremiumGrantedOn">;

export async function getKnownFacts(db: Database, resident: Resident, municipality: Municipality): Promise<KnownFacts> {
  const lastGrant = await db
    .selectFrom("cases")
    .select("decided_at")
    .where("resident_id", "=", resident.id)
    .where("type", "=", "uitstroompremie")
    .where("status", "=", "toegekend")
    .where("decided_at", "is not", null)
    .orderBy("decided_at", "desc")
    .limit(1)
    .executeTakeFirst();
  return {
    ...(resident.birth_date ? { birthDate: resident.birth_date } : {}),
    livesInMunicipality: resident.municipality_id === municipality.id,
    // Only premiums granted through Meedoen are known here; the klantmanager checks older ones.
    lastPremiumGrantedOn: lastGrant?.decided_at ? lastGrant.decided_at.toISOString().slice(0, 10) : null,
  };
}

/** The resident's answers and what is known, as facts for the evaluator. */
export function factsFrom(answers: EligibilityAnswers, known: KnownFacts, today: string, asks: EligibilityAsks): PremiumFacts {
  const employed = answers.soortWerk === "loondienst";
  return {
    ...(answers.uitkering !== "weet_niet" ? { benefitType: answers.uitkering } : {}),
    benefitStart: answers.uitkeringStart,
    ...(answers.uitkeringEinde ? { benefitEnd: answers.uitkeringEinde } : {}),
    ...(answers.zonderOnderbreking ? { benefitContinuous: answers.zonderOnderbreking === "ja" } : {}),
    exitType: answers.uitkeringGestopt === "helemaal" ? "full" : "partial",
    workStart: answers.werkStart,
    workType: employed ? "employed" : "self_employed",
    hoursPerWeek: answers.uren,
    contractEndsOn: answers.contract === "tijdelijk" ? (answers.contractEinde ?? null) : null,
    // A subsidy is paid to an employer; the self-employed have none.
    ...(!employed ? { employerSubsidy: false } : answers.subsidie !== "weet_niet" ? { employerSubsidy: answers.subsidie === "ja" } : {}),
    // Not reported yet: this application reports the job today.
    ...(asks.jobReport ? { jobReportedOn: answers.gemeld ?? today } : {}),
    ...known,
  };
}

export async function readEligibility(draft: Draft | null, rules: PremiumRuleSet, birthDate: string | null) {
  return check(createEligibilitySchema(asksFor(rules), birthDate), draft?.answers.vragen);
}

export async function readWorkDetails(draft: Draft | null) {
  return check(WorkDetailsSchema, draft?.answers.werk);
}

export async function readAccount(draft: Draft | null) {
  return check(AccountSchema, draft?.answers.rekening);
}

export type DraftEvaluation = { facts: PremiumFacts; evaluation: PremiumEvaluation; answers: EligibilityAnswers };

/** Evaluates the saved check against the given rules; null while the check is not answered (validly). */
export async function evaluateDraft(draft: Draft | null, ruleSet: StoredRuleSet, known: KnownFacts, today = todayIso()): Promise<DraftEvaluation | null> {
  const answers = await readEligibility(draft, ruleSet.rules, known.birthDate ?? null);
  if (!answers) return null;
  const facts = factsFrom(answers, known, today, asksFor(ruleSet.rules));
  return { facts, evaluation: evaluatePremium(ruleSet.rules, facts, today), answers };
}

/** A stable key per evidence item: its kind, or the beheerder's key for "other". */
export function evidenceKey(item: PremiumEvidence): string {
  return item.kind === "other" ? `other_${item.key}` : item.kind;
}

export function requiredEvidence(rules: PremiumRuleSet, workType: PremiumFacts["workType"]) {
  return evidenceFor(rules, { workType }).map((item) => ({ key: evidenceKey(item), kind: item.kind, months: item.kind === "payslips" ? item.months : null }));
}
