import type { Kysely } from "kysely";
import { upsertResidentFromIdentity } from "~/features/account/residents.server";
import { createCase } from "~/features/cases/cases.server";
import { getMunicipalityBySlug } from "~/features/municipalities/municipalities.server";
import type { JobseekerProfile } from "~/features/registration/profile";
import type { BsnCrypto } from "~/lib/crypto.server";
import { addDays, todayIso } from "~/lib/date-schema";
import type { DB } from "~/lib/db-schema";
import { findTestResident, testResidentIdentity } from "./identities";

// A queue that is not empty on a fresh start: registrations of the demo residents who are
// kept for the queue (see identities.ts), submitted a few days apart. Idempotent: a resident
// who already has a case gets no second one.
const DEMO_CASE_RESIDENTS = [
  { key: "bas", daysAgo: 3 },
  { key: "iris", daysAgo: 2 },
  { key: "karim", daysAgo: 60 },
  { key: "lotte", daysAgo: 1 },
];

const DEMO_PROFILE: JobseekerProfile = {
  situatie: { situatie: "geen_werk", wwEinddatum: undefined, bijstandAanvragen: "ja" },
  opleiding: { niveau: "mbo", diploma: "ja", buitenlandsDiploma: "nee" },
  werkervaring: [{ beroep: "Magazijnmedewerker", werkgever: "Kwekerij De Tuin", van: "2019-03", tot: "2024-06" }],
  bemiddelingsberoep: [],
  werktijden: { urenPerWeek: 32, dagen: ["ma", "di", "wo", "do"] },
  mobiliteit: { reisafstand: "10", vervoer: ["fiets", "ov"] },
  rijbewijs: [],
  taalbeheersing: { nederlands: { spreken: "redelijk", luisteren: "goed", lezen: "beetje", schrijven: "beetje" }, andereTalen: ["ar"] },
  belemmeringen: { domeinen: [], toelichting: undefined },
  toestemmingTotDelenProfiel: true,
};

export async function seedDemoCases(db: Kysely<DB>, bsnCrypto: BsnCrypto, today = todayIso()): Promise<void> {
  for (const demo of DEMO_CASE_RESIDENTS) {
    const person = findTestResident(demo.key);
    const resident = await upsertResidentFromIdentity(db, bsnCrypto, testResidentIdentity(person));
    const existing = await db.selectFrom("cases").select("id").where("resident_id", "=", resident.id).executeTakeFirst();
    if (existing) continue;
    const municipality = await getMunicipalityBySlug(db, person.municipality);
    if (!municipality) continue;
    await db.transaction().execute((trx) =>
      createCase(trx, {
        municipality,
        residentId: resident.id,
        type: "registratie_werkzoekende",
        submission: DEMO_PROFILE,
        formVersion: "demo",
        language: "nl",
        tags: [],
        actor: { type: "resident", id: resident.id },
        today: addDays(today, -demo.daysAgo),
      }),
    );
  }
}
