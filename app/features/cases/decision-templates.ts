import type { CaseDecision } from "~/lib/db-schema";

/**
 * Reasons a klantmanager starts from. The Dutch text of each template (locales/nl/common.json,
 * `decisions.templates.*`) is what the klantmanager edits and what binds; residents also read
 * the template in their own language beside it.
 */
export const DECISION_OUTCOMES = ["toegekend", "afgewezen", "afgehandeld"] as const satisfies readonly CaseDecision["outcome"][];

export const DECISION_TEMPLATES = {
  toegekend: ["voldoet", "voldoet_met_voorwaarden"],
  afgewezen: ["voldoet_niet", "niet_compleet", "buiten_termijn"],
  afgehandeld: ["verwerkt", "ingetrokken", "doorverwezen"],
} as const satisfies Record<CaseDecision["outcome"], readonly string[]>;

export type DecisionTemplate = (typeof DECISION_TEMPLATES)[keyof typeof DECISION_TEMPLATES][number];
export const ALL_DECISION_TEMPLATES = Object.values(DECISION_TEMPLATES).flat() as DecisionTemplate[];

/** Templates are unique across outcomes, so choosing a reason also chooses the outcome. */
export function outcomeOf(template: string): CaseDecision["outcome"] {
  const outcome = DECISION_OUTCOMES.find((o) => (DECISION_TEMPLATES[o] as readonly string[]).includes(template));
  if (!outcome) throw new Error(`Unknown decision template: ${template}`);
  return outcome;
}
