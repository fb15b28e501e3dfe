import type { Route } from "./+types/resident-document";
import { getResidentDocument } from "~/features/cases/resident-cases.server";
import { requireResident } from "~/lib/auth.server";
import { getRequestState } from "~/lib/request-context.server";

// A file of the resident's own case: always a download, with the type its bytes have, so a
// browser never runs it as a page.
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const resident = await requireResident(state, request);
  const document = await getResidentDocument(state.services.db, resident.id, params.caseId, params.documentId);
  if (!document) throw new Response("Not Found", { status: 404 });
  return new Response(new Uint8Array(document.content), {
    headers: {
      "Content-Type": document.content_type,
      "Content-Disposition": `attachment; filename="${document.file_name.replace(/[^\w.-]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(document.file_name)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
