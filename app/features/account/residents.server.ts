import type { BsnCrypto } from "~/lib/crypto.server";
import type { Database } from "~/lib/db.server";
import type { Resident } from "~/lib/db-schema";
import type { ContactDetails } from "./schema";

export type ResidentIdentity = {
  bsn: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  locality: string | null;
  municipalitySlug: string | null;
};

/**
 * A resident exists from their first login. Name and address come from the identity (the
 * BRP is the truth), so they are refreshed at every login; contact details are the resident's own.
 */
export async function upsertResidentFromIdentity(db: Database, bsnCrypto: BsnCrypto, identity: ResidentIdentity): Promise<Resident> {
  const municipality = identity.municipalitySlug
    ? await db.selectFrom("municipalities").select("id").where("slug", "=", identity.municipalitySlug).executeTakeFirst()
    : undefined;
  const fromIdentity = {
    given_name: identity.givenName,
    family_name: identity.familyName,
    birth_date: identity.birthDate,
    street_address: identity.streetAddress,
    postal_code: identity.postalCode,
    locality: identity.locality,
    municipality_id: municipality?.id ?? null,
    last_login_at: new Date(),
  };
  return db
    .insertInto("residents")
    .values({ ...fromIdentity, bsn_hash: bsnCrypto.lookupHash(identity.bsn), bsn_encrypted: bsnCrypto.encrypt(identity.bsn) })
    .onConflict((oc) => oc.column("bsn_hash").doUpdateSet({ ...fromIdentity, updated_at: new Date() }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function getResidentById(db: Database, id: string): Promise<Resident | null> {
  return (await db.selectFrom("residents").selectAll().where("id", "=", id).executeTakeFirst()) ?? null;
}

export async function saveContactDetails(db: Database, residentId: string, details: ContactDetails): Promise<void> {
  await db
    .updateTable("residents")
    .set({
      email: details.email ?? null,
      mobile: details.mobile ?? null,
      reminder_channel: details.reminderChannel,
      preferred_language: details.preferredLanguage,
      updated_at: new Date(),
    })
    .where("id", "=", residentId)
    .execute();
}
