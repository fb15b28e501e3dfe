import type { Kysely } from "kysely";
import type { DB } from "../../app/lib/db-schema";
import { seedPremiumRuleSets } from "../../app/features/premium/rule-sets.server";

/**
 * Version 1 of the uitstroompremie rules (app/features/premium/rule-sets/) for each seeded
 * municipality that has them. Idempotent; a version a beheerder saved later is never touched.
 * De Ronde Venen has none: its residents read that the premium is not in Meedoen yet.
 */
export async function seedPremiumRules(db: Kysely<DB>): Promise<void> {
  await seedPremiumRuleSets(db);
}
