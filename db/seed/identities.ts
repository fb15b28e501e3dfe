import type { ResidentIdentity } from "~/features/account/residents.server";

// Test identities offered by the development identity provider and used by the tests.
// BSNs are in the 9999xxxxx range used for test persons and pass the 11-test; they are not
// real people. Addresses are in the seeded municipalities.

export type TestResident = {
  key: string;
  bsn: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  streetAddress: string;
  postalCode: string;
  locality: string;
  municipality: string; // slug
};

export type TestStaff = {
  key: string;
  name: string;
  email: string;
  role: "klantmanager" | "servicepunt" | "beheerder" | "teamleider";
  municipality: string; // slug
  // The development identity provider says these people used a second factor (amr otp), as a
  // municipality's provider with MFA would. `false`: it says only "password", so Meedoen asks
  // for its own TOTP code (app/features/staff-two-factor); that path needs people of its own.
  providerMfa?: boolean;
};

export const testResidents: TestResident[] = [
  { key: "fatima", bsn: "999990019", givenName: "Fatima", familyName: "El Amrani", birthDate: "1988-04-12", streetAddress: "Raadhuisstraat 12", postalCode: "2651 AB", locality: "Berkel en Rodenrijs", municipality: "lansingerland" },
  { key: "daan", bsn: "999990068", givenName: "Daan", familyName: "de Vries", birthDate: "2003-09-30", streetAddress: "Oudeweg 4", postalCode: "2665 CD", locality: "Bleiswijk", municipality: "lansingerland" },
  { key: "olena", bsn: "999990159", givenName: "Olena", familyName: "Kovalenko", birthDate: "1979-01-23", streetAddress: "Brinklaan 88", postalCode: "1404 GA", locality: "Bussum", municipality: "gooise-meren" },
  { key: "mehmet", bsn: "999990299", givenName: "Mehmet", familyName: "Yılmaz", birthDate: "1969-06-02", streetAddress: "Vestingwal 7", postalCode: "1411 EA", locality: "Naarden", municipality: "gooise-meren" },
  { key: "anna", bsn: "999990810", givenName: "Anna", familyName: "Kowalska", birthDate: "1995-11-17", streetAddress: "Dorpsstraat 31", postalCode: "3641 ED", locality: "Mijdrecht", municipality: "de-ronde-venen" },
  { key: "sanne", bsn: "999990901", givenName: "Sanne", familyName: "Bakker", birthDate: "2001-02-08", streetAddress: "Herenweg 150", postalCode: "3645 DT", locality: "Vinkeveen", municipality: "de-ronde-venen" },
  { key: "youssef", bsn: "999991930", givenName: "Youssef", familyName: "Benali", birthDate: "2004-05-14", streetAddress: "Noordeindseweg 20", postalCode: "2651 CA", locality: "Berkel en Rodenrijs", municipality: "lansingerland" },
  { key: "emma", bsn: "999992028", givenName: "Emma", familyName: "Jansen", birthDate: "1992-08-21", streetAddress: "Kerkstraat 5", postalCode: "2665 BT", locality: "Bleiswijk", municipality: "lansingerland" },
  { key: "noor", bsn: "999992077", givenName: "Noor", familyName: "Haddad", birthDate: "2002-12-01", streetAddress: "Wilhelminalaan 33", postalCode: "2651 DX", locality: "Berkel en Rodenrijs", municipality: "lansingerland" },
  { key: "lucas", bsn: "999992119", givenName: "Lucas", familyName: "Visser", birthDate: "1985-03-09", streetAddress: "Zuidweg 61", postalCode: "2671 MN", locality: "Bergschenhoek", municipality: "lansingerland" },
  { key: "mila", bsn: "999992168", givenName: "Mila", familyName: "Petrenko", birthDate: "1998-07-19", streetAddress: "Meentweg 12", postalCode: "1411 GT", locality: "Naarden", municipality: "gooise-meren" },
  { key: "ahmed", bsn: "999992259", givenName: "Ahmed", familyName: "Yusuf", birthDate: "1975-10-30", streetAddress: "Huizerweg 70", postalCode: "1402 AD", locality: "Bussum", municipality: "gooise-meren" },
  { key: "julia", bsn: "999992399", givenName: "Julia", familyName: "Nowak", birthDate: "2000-01-26", streetAddress: "Hoofdweg 8", postalCode: "1398 EA", locality: "Muiden", municipality: "gooise-meren" },
  { key: "finn", bsn: "999992910", givenName: "Finn", familyName: "de Groot", birthDate: "2005-04-03", streetAddress: "Proostdijstraat 2", postalCode: "3641 AB", locality: "Mijdrecht", municipality: "de-ronde-venen" },
  { key: "aylin", bsn: "999993008", givenName: "Aylin", familyName: "Demir", birthDate: "1990-09-12", streetAddress: "Dorpsstraat 77", postalCode: "3641 EC", locality: "Mijdrecht", municipality: "de-ronde-venen" },
  { key: "sophie", bsn: "999993100", givenName: "Sophie", familyName: "van Dijk", birthDate: "1996-06-15", streetAddress: "Frieseweg 4", postalCode: "3861 AV", locality: "Nijkerk", municipality: "nijkerk" },
  { key: "taras", bsn: "999993057", givenName: "Taras", familyName: "Shevchenko", birthDate: "1983-11-05", streetAddress: "Baambrugse Zuwe 10", postalCode: "3645 AE", locality: "Vinkeveen", municipality: "de-ronde-venen" },
  // Helped at the Servicepunt (help-session.spec.ts), one per Playwright project.
  { key: "hanan", bsn: "999995509", givenName: "Hanan", familyName: "Saleh", birthDate: "1984-03-18", streetAddress: "Westersingel 14", postalCode: "2651 BB", locality: "Berkel en Rodenrijs", municipality: "lansingerland" },
  { key: "samir", bsn: "999995510", givenName: "Samir", familyName: "Haddad", birthDate: "1977-09-05", streetAddress: "Rodenrijseweg 101", postalCode: "2651 BR", locality: "Berkel en Rodenrijs", municipality: "lansingerland" },
  // Report changes (changes.spec.ts), each journey with its own person per Playwright project.
  { key: "ingrid", bsn: "999996009", givenName: "Ingrid", familyName: "Smits", birthDate: "1982-05-09", streetAddress: "Kerkvaart 3", postalCode: "3641 AC", locality: "Mijdrecht", municipality: "de-ronde-venen" },
  { key: "piotr", bsn: "999996010", givenName: "Piotr", familyName: "Zieliński", birthDate: "1991-10-21", streetAddress: "Industrieweg 12", postalCode: "3641 RK", locality: "Mijdrecht", municipality: "de-ronde-venen" },
  { key: "ruud", bsn: "999996022", givenName: "Ruud", familyName: "Hoekstra", birthDate: "1974-02-27", streetAddress: "Dorpsstraat 101", postalCode: "3641 EE", locality: "Mijdrecht", municipality: "de-ronde-venen" },
  { key: "mirjam", bsn: "999996034", givenName: "Mirjam", familyName: "de Wit", birthDate: "1989-08-14", streetAddress: "Herenweg 42", postalCode: "3645 DL", locality: "Vinkeveen", municipality: "de-ronde-venen" },
  // Receive a benefit (db/seed/checks.ts): invited to the periodic check that is open in the demo.
  { key: "kees", bsn: "999996046", givenName: "Kees", familyName: "Dekker", birthDate: "1966-12-03", streetAddress: "Bozenhoven 8", postalCode: "3641 AE", locality: "Mijdrecht", municipality: "de-ronde-venen" },
  { key: "nadia", bsn: "999996058", givenName: "Nadia", familyName: "Amrani", birthDate: "1993-04-30", streetAddress: "Kerklaan 17", postalCode: "3645 ES", locality: "Vinkeveen", municipality: "de-ronde-venen" },
  { key: "joost", bsn: "999996071", givenName: "Joost", familyName: "Brouwer", birthDate: "1979-07-16", streetAddress: "Hofland 22", postalCode: "3641 GA", locality: "Mijdrecht", municipality: "de-ronde-venen" },
  { key: "yara", bsn: "999996083", givenName: "Yara", familyName: "Mansour", birthDate: "1997-01-11", streetAddress: "Plevierenlaan 5", postalCode: "3645 AB", locality: "Vinkeveen", municipality: "de-ronde-venen" },
  // Apply for an uitstroompremie in tests/e2e/premium.spec.ts (one of each per Playwright project).
  { key: "priya", bsn: "999997609", givenName: "Priya", familyName: "Ramdin", birthDate: "1990-03-14", streetAddress: "Westersingel 18", postalCode: "2651 BK", locality: "Berkel en Rodenrijs", municipality: "lansingerland" },
  { key: "oksana", bsn: "999997610", givenName: "Oksana", familyName: "Melnyk", birthDate: "1985-09-02", streetAddress: "Nieuwe 's-Gravelandseweg 40", postalCode: "1405 HL", locality: "Bussum", municipality: "gooise-meren" },
  { key: "thijs", bsn: "999997622", givenName: "Thijs", familyName: "Vermeer", birthDate: "1994-06-21", streetAddress: "Cort van der Lindenlaan 6", postalCode: "1412 BX", locality: "Naarden", municipality: "gooise-meren" },
  { key: "rana", bsn: "999997634", givenName: "Rana", familyName: "Saleh", birthDate: "1987-12-12", streetAddress: "Graaf Wichmanlaan 9", postalCode: "1405 HA", locality: "Bussum", municipality: "gooise-meren" },
  { key: "gerrit", bsn: "999997646", givenName: "Gerrit", familyName: "Hoekman", birthDate: "1976-04-08", streetAddress: "Oosterstraat 14", postalCode: "3861 BJ", locality: "Nijkerk", municipality: "nijkerk" },
  { key: "noah", bsn: "999997658", givenName: "Noah", familyName: "Pinas", birthDate: "1989-01-30", streetAddress: "Oostlaan 77", postalCode: "2641 DL", locality: "Pijnacker", municipality: "pijnacker-nootdorp" },
  // Kept for the klantmanager's queue: each starts with a submitted registration (demo-cases.ts).
  { key: "bas", bsn: "999994001", givenName: "Bas", familyName: "Willems", birthDate: "1987-02-14", streetAddress: "Klapwijkseweg 9", postalCode: "2651 LV", locality: "Berkel en Rodenrijs", municipality: "lansingerland" },
  { key: "iris", bsn: "999994013", givenName: "Iris", familyName: "Koster", birthDate: "1993-10-02", streetAddress: "Hoflaan 21", postalCode: "2665 AL", locality: "Bleiswijk", municipality: "lansingerland" },
  { key: "karim", bsn: "999994025", givenName: "Karim", familyName: "Aziz", birthDate: "1981-07-27", streetAddress: "Boterbloem 3", postalCode: "2671 AB", locality: "Bergschenhoek", municipality: "lansingerland" },
  { key: "lotte", bsn: "999994037", givenName: "Lotte", familyName: "Meijer", birthDate: "1999-12-05", streetAddress: "Laan van Romen 40", postalCode: "2651 XA", locality: "Berkel en Rodenrijs", municipality: "lansingerland" },
];

export const testStaff: TestStaff[] = [
  { key: "km-lansingerland", name: "Karin Vermeulen", email: "k.vermeulen@lansingerland.example", role: "klantmanager", municipality: "lansingerland" },
  { key: "km2-lansingerland", name: "Mohamed Bouzid", email: "m.bouzid@lansingerland.example", role: "klantmanager", municipality: "lansingerland" },
  { key: "tl-lansingerland", name: "Anouk de Graaf", email: "a.degraaf@lansingerland.example", role: "teamleider", municipality: "lansingerland" },
  { key: "sp-lansingerland", name: "Youssef Haddou", email: "y.haddou@lansingerland.example", role: "servicepunt", municipality: "lansingerland" },
  { key: "bh-lansingerland", name: "Petra Smit", email: "p.smit@lansingerland.example", role: "beheerder", municipality: "lansingerland" },
  { key: "km-gooise-meren", name: "Ruben Jansen", email: "r.jansen@gooisemeren.example", role: "klantmanager", municipality: "gooise-meren" },
  { key: "sp-gooise-meren", name: "Ilse de Boer", email: "i.deboer@gooisemeren.example", role: "servicepunt", municipality: "gooise-meren" },
  { key: "bh-gooise-meren", name: "Tom Visser", email: "t.visser@gooisemeren.example", role: "beheerder", municipality: "gooise-meren" },
  { key: "km-de-ronde-venen", name: "Esther Mulder", email: "e.mulder@derondevenen.example", role: "klantmanager", municipality: "de-ronde-venen" },
  { key: "sp-de-ronde-venen", name: "Bram Peters", email: "b.peters@derondevenen.example", role: "servicepunt", municipality: "de-ronde-venen" },
  { key: "bh-nijkerk", name: "Wouter Kok", email: "w.kok@nijkerk.example", role: "beheerder", municipality: "nijkerk" },
  { key: "bh-de-ronde-venen", name: "Linda Hendriks", email: "l.hendriks@derondevenen.example", role: "beheerder", municipality: "de-ronde-venen" },
  { key: "bh-pijnacker-nootdorp", name: "Hanneke Bos", email: "h.bos@pijnacker-nootdorp.example", role: "beheerder", municipality: "pijnacker-nootdorp" },
  { key: "km-pijnacker-nootdorp", name: "Ayoub El Idrissi", email: "a.elidrissi@pijnacker-nootdorp.example", role: "klantmanager", municipality: "pijnacker-nootdorp" },
  { key: "km-nijkerk", name: "Femke de Jong", email: "f.dejong@nijkerk.example", role: "klantmanager", municipality: "nijkerk" },
  // Without MFA at the provider: they set up and use Meedoen's TOTP step (staff-two-factor.spec.ts,
  // one per Playwright project, because setting up happens once per person).
  { key: "tl2-lansingerland", name: "Sara Lindeman", email: "s.lindeman@lansingerland.example", role: "teamleider", municipality: "lansingerland", providerMfa: false },
  { key: "tl3-lansingerland", name: "Joris van Leeuwen", email: "j.vanleeuwen@lansingerland.example", role: "teamleider", municipality: "lansingerland", providerMfa: false },
];

/**
 * What DigiD (here: the development identity provider, standing in for the BRP) says about a
 * test resident, in the shape a login hands to upsertResidentFromIdentity.
 */
export function testResidentIdentity(person: TestResident): ResidentIdentity {
  return {
    bsn: person.bsn,
    givenName: person.givenName,
    familyName: person.familyName,
    birthDate: person.birthDate,
    streetAddress: person.streetAddress,
    postalCode: person.postalCode,
    locality: person.locality,
    municipalitySlug: person.municipality,
  };
}

export function findTestResident(key: string): TestResident {
  const person = testResidents.find((p) => p.key === key);
  if (!person) throw new Error(`unknown test resident ${key}`);
  return person;
}
