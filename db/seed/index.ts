import type { Kysely } from "kysely";
import type { DB } from "../../app/lib/db-schema";
import { upsertMunicipality } from "../../app/features/municipalities/municipalities.server";
import { testStaff } from "./identities";
import { demoMunicipalities } from "./municipalities";
import { seedOccupations } from "./occupations";
import { seedPremiumRules } from "./premium-rules";

/**
 * Idempotent demo data: safe to run at every start. Residents are not seeded here: they are
 * created at their first DigiD login, as in production. Staff are pre-registered, because a
 * staff account is bound to a municipality and a role by the municipality, not by the login.
 */
export async function seedDemoData(db: Kysely<DB>): Promise<void> {
  const ids = new Map<string, string>();
  for (const municipality of demoMunicipalities) {
    const { id } = await upsertMunicipality(db, municipality);
    ids.set(municipality.slug, id);
  }
  for (const person of testStaff) {
    const values = {
      subject: `dev-idp:${person.key}`,
      name: person.name,
      email: person.email,
      role: person.role,
      municipality_id: ids.get(person.municipality)!,
    };
    await db
      .insertInto("staff")
      .values(values)
      .onConflict((oc) => oc.column("subject").doUpdateSet({ name: values.name, email: values.email, role: values.role, municipality_id: values.municipality_id }))
      .execute();
  }
  await seedPremiumRules(db);
}

/** Reference data every deployment needs, production included (also idempotent). */
export async function seedReferenceData(db: Kysely<DB>): Promise<void> {
  await seedOccupations(db);
}
