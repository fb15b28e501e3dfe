import { redirect } from "react-router";
import { requireReporter } from "~/features/changes/page-data.server";
import { localizePath } from "~/lib/i18n";
import type { RequestState } from "~/lib/request-context.server";
import { getResidentCheck, type ResidentCheck, submitCheck } from "./check.server";

/**
 * Every page inside the check: a resident with an open, unanswered invitation. Once answered
 * the start page says so; after the window closed, what they filled in becomes a normal change
 * report, with an explanation (seeds 000:328: reporting a change is always possible).
 */
export async function requireOpenCheck(state: RequestState, request: Request) {
  const { resident, municipality } = await requireReporter(state, request);
  const check = await getResidentCheck(state.services.db, resident.id);
  if (!check || check.answeredAt) throw redirect(localizePath(state.lang, "/mijn/controle"));
  if (check.closed) throw await lateCheckRedirect(state, { resident, municipality });
  return { resident, municipality, check: check as ResidentCheck };
}

export async function lateCheckRedirect(state: RequestState, input: Pick<Parameters<typeof submitCheck>[1], "resident" | "municipality">) {
  const result = await submitCheck(state.services.db, {
    ...input,
    lang: state.lang,
    actor: { type: "resident", id: input.resident.id },
    retentionDays: input.municipality.settings.draftRetentionDays,
  });
  state.session.flash("notice", "changes-check-closed");
  const hasChanges = result.outcome === "closed" && result.hasChanges;
  return redirect(localizePath(state.lang, hasChanges ? "/mijn/wijziging/controleren" : "/mijn/wijziging"));
}
