import { recordAudit } from "~/lib/audit.server";
import type { Database } from "~/lib/db.server";
import type { Staff } from "~/lib/db-schema";
import { getMunicipalityById } from "./municipalities.server";
import { MunicipalitySettingsSchema, type ServicepuntContactSchema } from "./schema";
import type { z } from "zod";

/**
 * A beheerder changes settings without a redeploy. The whole settings object is validated
 * again before it is saved, and every change is logged with what it was and what it became.
 */
export async function updateServicepuntContact(db: Database, staff: Staff, contact: z.output<typeof ServicepuntContactSchema>): Promise<void> {
  const municipality = await getMunicipalityById(db, staff.municipality_id);
  if (!municipality) throw new Error("staff member without municipality");
  const before = municipality.settings.servicepunt;
  const settings = MunicipalitySettingsSchema.parse({ ...municipality.settings, servicepunt: { ...before, ...contact } });
  await db.updateTable("municipalities").set({ settings: JSON.stringify(settings), updated_at: new Date() }).where("id", "=", municipality.id).execute();
  await recordAudit(db, {
    actor: { type: "staff", id: staff.id },
    action: "municipality_settings_changed",
    municipalityId: municipality.id,
    subject: { type: "municipality", id: municipality.id },
    details: { field: "servicepunt", before: { name: before.name, phone: before.phone, phoneDisplay: before.phoneDisplay }, after: contact },
  });
}
