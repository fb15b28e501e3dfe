import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testBackends } from "../../../tests/fixtures/test-database";
import { createTestServices } from "../../../tests/fixtures/route-harness";
import { createResident } from "../../../tests/fixtures/residents";
import { seedDemoData } from "../../../db/seed";
import { getMunicipalityBySlug, type Municipality } from "~/features/municipalities/municipalities.server";
import { addDays, todayIso } from "~/lib/date-schema";
import type { Resident } from "~/lib/db-schema";
import type { Services } from "~/lib/services.server";
import { getRegistrationDraft, submitRegistration } from "./registration.server";
import { handleStepSubmit } from "./step-actions.server";
import type { RegistrationStepSlug } from "./steps";

const form = (fields: Record<string, string | string[]>) => {
  const formData = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) formData.append(key, v);
  return formData;
};

// A complete registration, as a resident would post it step by step.
const ANSWERS: Array<[RegistrationStepSlug, Record<string, string | string[]>]> = [
  ["over-u", { intent: "next" }],
  ["situatie", { intent: "next", situatie: "schoolverlater", bijstandAanvragen: "weet_niet" }],
  ["opleiding", { intent: "next", niveau: "mbo", diploma: "ja", buitenlandsDiploma: "nee" }],
  ["werkervaring", { intent: "add", beroep: "Afwasser", werkgever: "<b>Eethuis</b>", "van.maand": "6", "van.jaar": "2022", huidig: "ja" }],
  ["werkervaring", { intent: "next" }],
  ["gewenst-werk", { intent: "next", beroep1: "schoonmaker", beroep2: "Kok", urenPerWeek: "32", dagen: ["ma", "di", "wo"], reisafstand: "10", vervoer: ["fiets", "ov"], rijbewijs: ["B"] }],
  ["talen", { intent: "next", spreken: "beetje", luisteren: "redelijk", lezen: "beetje", schrijven: "niet", andereTalen: ["ar", "en"] }],
  ["belemmeringen", { intent: "next" }],
  ["toestemming", { intent: "next", toestemmingTotDelenProfiel: "ja" }],
];

describe.each(testBackends())("registration as werkzoekende (%s)", (backend) => {
  let database: TestDatabase;
  let services: Services;
  let resident: Resident;
  let municipality: Municipality;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    services = createTestServices(database.db);
    await seedDemoData(database.db);
    await database.db
      .insertInto("occupations")
      .values([
        { code: "medewerker-schoonmaak", isco: "9112", names: JSON.stringify({ nl: "Medewerker schoonmaak", en: "Cleaner" }), synonyms: ["schoonmaker"], search_text: "medewerker schoonmaak | cleaner | schoonmaker" },
        { code: "kok", isco: "5120", names: JSON.stringify({ nl: "Kok", en: "Cook" }), synonyms: [], search_text: "kok | cook" },
      ])
      .execute();
    resident = await createResident(services, "daan"); // born 2003: under 27
    municipality = (await getMunicipalityBySlug(database.db, "lansingerland"))!;
  });
  afterAll(() => database.close());

  const step = async (slug: RegistrationStepSlug, fields: Record<string, string | string[]>) =>
    handleStepSubmit(
      { db: database.db, residentId: resident.id, lang: "nl", retentionDays: 30, draft: await getRegistrationDraft(database.db, resident.id) },
      slug,
      form(fields),
    );
  const submit = () => submitRegistration(database.db, { resident, municipality, lang: "nl", actor: { type: "resident", id: resident.id } });

  it("refuses to submit while steps are missing, and names them", async () => {
    await step("over-u", { intent: "next" });
    const result = await submit();
    expect(result).toMatchObject({ outcome: "incomplete" });
    expect(result.outcome === "incomplete" && result.incomplete).toContain("situatie");
  });

  it("keeps what was typed in the draft even when it is not valid yet", async () => {
    expect(await step("gewenst-werk", { intent: "next", beroep1: "ruimtevaarder", urenPerWeek: "99" })).toMatchObject({ kind: "invalid" });
    const draft = await getRegistrationDraft(database.db, resident.id);
    expect(draft?.answers["gewenst-werk"]).toMatchObject({ beroep1: "ruimtevaarder", urenPerWeek: "99" });
  });

  it("creates one case with status, deadline, tags and the versioned submission", async () => {
    for (const [slug, fields] of ANSWERS) expect(await step(slug, fields)).not.toMatchObject({ kind: "invalid" });
    const [first, second] = await Promise.all([submit(), submit()]);
    expect([first.outcome, second.outcome].sort()).toEqual(["already-submitted", "submitted"]);

    const cases = await database.db.selectFrom("cases").selectAll().where("resident_id", "=", resident.id).execute();
    expect(cases).toHaveLength(1);
    const created = cases[0]!;
    expect(created).toMatchObject({ type: "registratie_werkzoekende", status: "ontvangen", form_version: "registratie-werkzoekende/2026-11", language: "nl" });
    expect(created.deadline).toBe(addDays(todayIso(), 14));
    expect(created.tags.sort()).toEqual(["jongere", "schoolverlater", "taalondersteuning"]);
    expect(created.reference).toMatch(/^MD-\d{4}-\d{6}$/);
    expect(created.submission).toMatchObject({
      bemiddelingsberoep: ["medewerker-schoonmaak", "kok"],
      werkervaring: [{ beroep: "Afwasser", werkgever: "<b>Eethuis</b>", van: "2022-06" }],
      werktijden: { urenPerWeek: 32, dagen: ["ma", "di", "wo"] },
      taalbeheersing: { nederlands: { spreken: "beetje", luisteren: "redelijk", lezen: "beetje", schrijven: "niet" }, andereTalen: ["ar", "en"] },
      toestemmingTotDelenProfiel: true,
    });
    expect(await getRegistrationDraft(database.db, resident.id)).toBeNull();
    const events = await database.db.selectFrom("case_events").select("type").where("case_id", "=", created.id).execute();
    expect(events.map((e) => e.type)).toEqual(["ingediend"]);
  });

  it("submitting again without a draft changes nothing", async () => {
    expect(await submit()).toMatchObject({ outcome: "already-submitted" });
    expect(await database.db.selectFrom("jobseeker_profiles").select("version").where("resident_id", "=", resident.id).execute()).toEqual([{ version: 1 }]);
  });

  it("an update makes a new profile version, keeps the history and no second case", async () => {
    for (const [slug, fields] of ANSWERS) await step(slug, slug === "opleiding" ? { ...fields, niveau: "hbo" } : fields);
    expect(await submit()).toMatchObject({ outcome: "submitted" });
    const versions = await database.db.selectFrom("jobseeker_profiles").select(["version", "profile"]).where("resident_id", "=", resident.id).orderBy("version").execute();
    expect(versions.map((v) => [v.version, (v.profile as { opleiding: { niveau: string } }).opleiding.niveau])).toEqual([
      [1, "mbo"],
      [2, "hbo"],
    ]);
    expect(await database.db.selectFrom("cases").select("id").where("resident_id", "=", resident.id).execute()).toHaveLength(1);
  });
});
