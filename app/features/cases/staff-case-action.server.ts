import { parseWithZod } from "@conform-to/zod/v4";
import type { SubmissionResult } from "@conform-to/react";
import type { Database } from "~/lib/db.server";
import type { Staff } from "~/lib/db-schema";
import { outcomeOf } from "./decision-templates";
import { type ActionResult, addInternalNote, closeCase, decideCase, pickUpCase, reassignCase, requestInformation } from "./staff-actions.server";
import { CloseSchema, DecisionSchema, InformationRequestSchema, NoteSchema, PickUpSchema, ReassignSchema, STAFF_CASE_INTENTS } from "./staff-schema";

export type StaffCaseIntent = (typeof STAFF_CASE_INTENTS)[number];

/** What the page does next: show a notice after a redirect, or show the form again with its problems. */
export type StaffCaseActionOutcome =
  | { kind: "done"; notice: `staff-${string}` }
  | { kind: "refused"; notice: `staff-${string}` }
  | { kind: "invalid"; intent: StaffCaseIntent; reply: SubmissionResult<string[]> }
  | { kind: "not_found" };

const SCHEMAS = {
  oppakken: PickUpSchema,
  toewijzen: ReassignSchema,
  notitie: NoteSchema,
  aanvulling: InformationRequestSchema,
  besluit: DecisionSchema,
  sluiten: CloseSchema,
} as const;

/**
 * Runs one klantmanager action on a case. `db` is the municipality-scoped transaction, so a
 * case id of another municipality is "not found" whatever the action.
 */
export async function handleStaffCaseAction(db: Database, staff: Staff, caseId: string, formData: FormData): Promise<StaffCaseActionOutcome> {
  const intent = String(formData.get("intent") ?? "");
  if (!(STAFF_CASE_INTENTS as readonly string[]).includes(intent)) return { kind: "not_found" };
  const typedIntent = intent as StaffCaseIntent;
  const submission = parseWithZod(formData, { schema: SCHEMAS[typedIntent] });
  if (submission.status !== "success") return { kind: "invalid", intent: typedIntent, reply: submission.reply() };
  const value = submission.value;
  let result: ActionResult;
  switch (value.intent) {
    case "oppakken":
      result = await pickUpCase(db, staff, caseId);
      break;
    case "toewijzen":
      result = await reassignCase(db, staff, { caseId, colleagueId: value.collega, note: value.tekst });
      break;
    case "notitie":
      result = await addInternalNote(db, staff, { caseId, text: value.tekst });
      break;
    case "aanvulling":
      result = await requestInformation(db, staff, { caseId, message: value.tekst, dueDate: value.uiterlijk ?? null });
      break;
    case "besluit":
      result = await decideCase(db, staff, { caseId, decision: { outcome: outcomeOf(value.sjabloon), template: value.sjabloon, text: value.tekst } });
      break;
    case "sluiten":
      result = await closeCase(db, staff, caseId);
      break;
  }
  if (result.ok) return { kind: "done", notice: `staff-${value.intent}` };
  if (result.reason === "not_found") return { kind: "not_found" };
  return { kind: "refused", notice: `staff-refused-${result.reason}` };
}
