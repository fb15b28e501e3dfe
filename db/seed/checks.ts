import type { Kysely } from "kysely";
import { upsertResidentFromIdentity } from "~/features/account/residents.server";
import { getMunicipalityBySlug } from "~/features/municipalities/municipalities.server";
import { openCheckRound } from "~/features/periodic-check/rounds.server";
import type { BsnCrypto } from "~/lib/crypto.server";
import { addDays, todayIso } from "~/lib/date-schema";
import type { DB } from "~/lib/db-schema";
import { testResidents } from "./identities";

// Demo residents who receive a benefit (there is no benefit administration in Meedoen: in
// production these rows come from the municipality's benefit system), and an open round of
// the periodic check in De Ronde Venen, so the check can be tried at once on a fresh start.
// Idempotent: a resident's benefit is added once; a round opens only when none is open.
const DEMO_BENEFITS = [
  { key: "kees", kind: "participatiewet", sinceDays: 900 },
  { key: "nadia", kind: "participatiewet", sinceDays: 400 },
  { key: "joost", kind: "ioaw", sinceDays: 700 },
  { key: "yara", kind: "participatiewet", sinceDays: 200 },
] as const;
const DEMO_CHECK_MUNICIPALITY = "de-ronde-venen";

export async function seedDemoChecks(db: Kysely<DB>, bsnCrypto: BsnCrypto, today = todayIso()): Promise<void> {
  for (const demo of DEMO_BENEFITS) {
    const person = testResidents.find((p) => p.key === demo.key);
    if (!person) throw new Error(`demo benefit for unknown test resident ${demo.key}`);
    const resident = await upsertResidentFromIdentity(db, bsnCrypto, {
      bsn: person.bsn,
      givenName: person.givenName,
      familyName: person.familyName,
      birthDate: person.birthDate,
      streetAddress: person.streetAddress,
      postalCode: person.postalCode,
      locality: person.locality,
      municipalitySlug: person.municipality,
    });
    const existing = await db.selectFrom("benefits").select("id").where("resident_id", "=", resident.id).executeTakeFirst();
    if (existing || !resident.municipality_id) continue;
    await db.insertInto("benefits").values({ resident_id: resident.id, municipality_id: resident.municipality_id, kind: demo.kind, started_on: addDays(today, -demo.sinceDays) }).execute();
  }
  const municipality = await getMunicipalityBySlug(db, DEMO_CHECK_MUNICIPALITY);
  if (!municipality) return;
  const open = await db.selectFrom("check_rounds").select("id").where("municipality_id", "=", municipality.id).where("status", "=", "open").where("closes_on", ">=", today).executeTakeFirst();
  if (!open) await openCheckRound(db, { municipality, opensOn: today });
}
