import type { Route } from "./+types/staff-document";
import { getStaffDocument } from "~/features/cases/staff-case.server";
import { requireStaff } from "~/lib/auth.server";
import { withMunicipalityScope } from "~/lib/municipality-scope.server";
import { getRequestState } from "~/lib/request-context.server";
import { attachmentResponse } from "~/lib/uploads.server";

// A file of a case, for the klantmanager of its municipality; each view is audited.
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const staff = await requireStaff(state, request, ["klantmanager"]);
  const document = await withMunicipalityScope(state.services.db, staff.municipality_id, (db) => getStaffDocument(db, staff, params.caseId, params.documentId));
  if (!document) throw new Response("Not Found", { status: 404 });
  return attachmentResponse(document);
}
