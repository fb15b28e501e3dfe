// Test people from db/seed/identities.ts, as the development identity provider lists them.
//
// Both projects (js, no-js) run at the same time against one server and one database. Logging
// out ends every session of that person, and saving contact details changes what another test
// would see, so a test that does either has a person of its own in each project. People who
// only log in and look are shared. Every run starts from a fresh database (support/web-server.mjs),
// so the contact details test finds its person without saved details; `--repeat-each` would
// not (run the suite again instead).

export type Person = { name: string; givenName: string };

const fatima: Person = { name: "Fatima El Amrani", givenName: "Fatima" };
const daan: Person = { name: "Daan de Vries", givenName: "Daan" };
const olena: Person = { name: "Olena Kovalenko", givenName: "Olena" };
const mehmet: Person = { name: "Mehmet Yılmaz", givenName: "Mehmet" };
const anna: Person = { name: "Anna Kowalska", givenName: "Anna" };
const sanne: Person = { name: "Sanne Bakker", givenName: "Sanne" };

export function peopleFor(projectName: string) {
  const js = projectName === "js";
  return {
    /** Logs in and looks around (login, 404, tampered cookie). */
    visitor: fatima,
    /** Logs in after choosing a language. */
    traveller: daan,
    /** Saves contact details. */
    contact: js ? olena : anna,
    /** Logs out everywhere. */
    leaver: js ? mehmet : sanne,
  };
}

// Klantmanager of Lansingerland; only logs in.
export const klantmanager = { name: "Karin Vermeulen", role: "klantmanager", municipality: "Lansingerland" };
