import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { getMunicipalityById } from "~/features/municipalities/municipalities.server";
import type { Staff } from "~/lib/db-schema";
import type { RequestState } from "~/lib/request-context.server";
import { findResidentForHelp, startHelpSession } from "./help-sessions.server";
import { StartHelpSessionSchema } from "./schema";

/**
 * Identify the resident, record the ID check and consent, and turn the employee's session into
 * a help session: a new session id (the old one cannot be replayed), the resident's pages open,
 * the employee's own stays. Returns the form's problems when something does not match; the
 * BSN is never sent back to the page.
 */
export async function startHelpFromForm(state: RequestState, staff: Staff, formData: FormData): Promise<{ ok: true } | { ok: false; reply: SubmissionResult<string[]> }> {
  const submission = parseWithZod(formData, { schema: StartHelpSessionSchema });
  if (submission.status !== "success") return { ok: false, reply: submission.reply({ hideFields: ["bsn"] }) };
  const { db, bsnCrypto, env } = state.services;
  const resident = await findResidentForHelp(db, bsnCrypto, {
    bsn: submission.value.bsn,
    birthDate: submission.value.geboortedatum,
    municipalityId: staff.municipality_id,
    useTestRegistry: !env.isProduction,
  });
  if (!resident) return { ok: false, reply: submission.reply({ fieldErrors: { bsn: ["errors.help.notFound"] }, hideFields: ["bsn"] }) };
  const municipality = await getMunicipalityById(db, staff.municipality_id);
  const helpSession = await startHelpSession(db, staff, { resident, location: municipality?.settings.servicepunt.name ?? "Servicepunt", idDocumentKind: submission.value.idSoort });
  await state.rotateSession();
  state.session.set("residentId", resident.id);
  state.session.set("helpSessionId", helpSession.id);
  state.session.set("lastSeenAt", Date.now());
  return { ok: true };
}
