import { sql } from "kysely";
import { getMunicipalityById } from "~/features/municipalities/municipalities.server";
import { todayIso } from "~/lib/date-schema";
import type { Database } from "~/lib/db.server";
import type { CaseStatus, CaseType, Language } from "~/lib/db-schema";
import { formatDate } from "~/lib/format-date.server";
import { formatIban } from "~/lib/iban";
import { explainEvaluation, formatEuro } from "./explain.server";
import { getCurrentRuleSet } from "./rule-sets.server";
import type { PremiumSubmission } from "./submit.server";

/**
 * The amount granted this calendar year: per granted premium case the amount in the decision,
 * or else the amount the evaluation found. `db` is the klantmanager's municipality scope.
 */
export async function committedThisYear(db: Database, municipalityId: string, year: number): Promise<number> {
  const row = await db
    .selectFrom("cases")
    .select(
      sql<string>`coalesce(sum(coalesce((decision ->> 'amountCents')::numeric, (submission -> 'evaluation' ->> 'amountCents')::numeric, 0)), 0)`.as("cents"),
    )
    .where("municipality_id", "=", municipalityId)
    .where("type", "=", "uitstroompremie")
    .where("status", "=", "toegekend")
    // Calendar years in Dutch time: a premium granted at 00:30 on 1 January counts for the new year.
    .where(sql<boolean>`extract(year from decided_at at time zone 'Europe/Amsterdam') = ${year}`)
    .executeTakeFirstOrThrow();
  return Math.round(Number(row.cents));
}

/**
 * What the klantmanager reads on a premium case: the evaluation the resident saw (same
 * sentences, the rule version it used), the work and payment details, the evidence per item,
 * and the year's budget with a warning when granting this case would exceed it.
 */
export async function loadPremiumCaseView(
  db: Database,
  found: { type: CaseType; status: CaseStatus; submission: Record<string, unknown>; municipality_id: string },
  documents: Array<{ id: string; file_name: string }>,
  lang: Language,
) {
  if (found.type !== "uitstroompremie" || !found.submission.evaluation) return null;
  const submission = found.submission as unknown as PremiumSubmission;
  const [municipality, current] = await Promise.all([getMunicipalityById(db, found.municipality_id), getCurrentRuleSet(db, found.municipality_id)]);
  const year = Number(todayIso().slice(0, 4));
  const committed = await committedThisYear(db, found.municipality_id, year);
  const thisCase = submission.evaluation.amountCents;
  const budget = current?.rules.annualBudgetCents ?? null;
  // A granted case is already in the committed amount; an open one would come on top.
  const alreadyCounted = found.status === "toegekend";
  const afterGrant = committed + (alreadyCounted ? 0 : (thisCase ?? 0));
  const names = new Map(documents.map((d) => [d.id, d.file_name]));
  return {
    ruleSetVersion: submission.ruleSet.version,
    currentVersion: current?.version ?? null,
    evaluatedOn: formatDate(submission.evaluatedOn, lang),
    view: explainEvaluation(submission.evaluation, { lang, municipality: municipality?.name ?? "", today: submission.evaluatedOn }),
    windowClosedAcknowledged: submission.windowClosedAcknowledged,
    work: submission.work,
    payment: { iban: formatIban(submission.payment.iban), accountHolder: submission.payment.accountHolder },
    evidence: submission.evidence.map((item) => ({
      key: item.key,
      kind: item.kind,
      months: item.months,
      documents: item.documentIds.filter((id) => names.has(id)).map((id) => ({ id, name: names.get(id)! })),
    })),
    budget: {
      year: String(year),
      total: budget === null ? null : formatEuro(budget, lang),
      committed: formatEuro(committed, lang),
      thisCase: thisCase === null ? null : formatEuro(thisCase, lang),
      left: budget === null ? null : formatEuro(Math.max(0, budget - committed), lang),
      exceeded: budget !== null && afterGrant > budget,
      alreadyCounted,
    },
  };
}

export type PremiumCaseView = NonNullable<Awaited<ReturnType<typeof loadPremiumCaseView>>>;
