import { parseWithZod } from "@conform-to/zod/v4";
import { redirect } from "react-router";
import type { Route } from "./+types/feedback";
import { recordFeedback } from "~/features/cases/resident-cases.server";
import { FeedbackSchema } from "~/features/cases/schema";
import { requireResident } from "~/lib/auth.server";
import { localizePath } from "~/lib/i18n";
import { getRequestState } from "~/lib/request-context.server";
import { readFormData } from "~/lib/form-data";

// "Hoe ging het?" is optional: an empty or odd answer is simply not recorded.
export async function action({ request, context, params }: Route.ActionArgs) {
  const state = getRequestState(context);
  const resident = await requireResident(state, request);
  const submission = parseWithZod(await readFormData(request), { schema: FeedbackSchema });
  if (submission.status === "success") {
    await recordFeedback(state.services.db, { residentId: resident.id, caseId: params.caseId, answer: submission.value.antwoord, comment: submission.value.toelichting });
    state.session.flash("notice", "feedback-thanks");
  }
  return redirect(localizePath(state.lang, "/mijn"));
}

export function loader({ context }: Route.LoaderArgs) {
  return redirect(localizePath(getRequestState(context).lang, "/mijn"));
}
