import type { Route } from "./+types/resident-document";
import { getResidentDocument } from "~/features/cases/resident-cases.server";
import { requireResident } from "~/lib/auth.server";
import { getRequestState } from "~/lib/request-context.server";
import { attachmentResponse } from "~/lib/uploads.server";

// A file of the resident's own case.
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const resident = await requireResident(state, request);
  const document = await getResidentDocument(state.services.db, resident.id, params.caseId, params.documentId);
  if (!document) throw new Response("Not Found", { status: 404 });
  return attachmentResponse(document);
}
