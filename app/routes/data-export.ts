import type { Route } from "./+types/data-export";
import { exportResidentData } from "~/features/account/data-export.server";
import { recordAudit } from "~/lib/audit.server";
import { isAssisted, requireResident } from "~/lib/auth.server";
import { getRequestState } from "~/lib/request-context.server";

// AVG inzage: the signed-in resident downloads everything Meedoen keeps about them, as a
// readable JSON file. Not in a Servicepunt help session: the employee helps fill in forms and
// has no business taking a resident's whole file home.
export async function loader({ request, context }: Route.LoaderArgs) {
  const state = getRequestState(context);
  const resident = await requireResident(state, request);
  if (isAssisted(state)) throw new Response("Not Found", { status: 404 });
  const { db, bsnCrypto } = state.services;
  const data = await exportResidentData(db, bsnCrypto, resident.id);
  await recordAudit(db, { actor: { type: "resident", id: resident.id }, action: "data_exported", municipalityId: resident.municipality_id, subject: { type: "resident", id: resident.id } });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="meedoen-mijn-gegevens.json"',
      "Cache-Control": "no-store",
    },
  });
}
