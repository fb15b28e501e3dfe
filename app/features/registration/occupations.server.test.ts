import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testBackends } from "../../../tests/fixtures/test-database";
import { seedReferenceData } from "../../../db/seed";
import { listOccupationNames, resolveOccupation, suggestOccupations } from "./occupations.server";

describe.each(testBackends())("occupation list (%s)", (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(backend);
    await seedReferenceData(database.db);
    await seedReferenceData(database.db); // idempotent
  });
  afterAll(() => database.close());

  it("holds several hundred occupations, named in every language", async () => {
    const names = await listOccupationNames(database.db, "uk");
    expect(names.length).toBeGreaterThanOrEqual(300);
    expect(names).toContain("Прибиральник / прибиральниця");
  });

  it("understands the words residents use, in their language or in Dutch", async () => {
    expect(await resolveOccupation(database.db, "  Schoonmaker ", "nl")).toBe("medewerker-schoonmaak");
    expect(await resolveOccupation(database.db, "Cleaner", "en")).toBe("medewerker-schoonmaak");
    expect(await resolveOccupation(database.db, "عامل نظافة", "ar")).toBe("medewerker-schoonmaak");
    expect(await resolveOccupation(database.db, "Medewerker schoonmaak", "pl")).toBe("medewerker-schoonmaak");
    expect(await resolveOccupation(database.db, "astronaut op de maan", "nl")).toBeNull();
  });

  it("suggests close matches, and treats LIKE wildcards as text", async () => {
    expect((await suggestOccupations(database.db, "schoon", "nl")).map((o) => o.name)).toContain("Medewerker schoonmaak");
    expect((await suggestOccupations(database.db, "schoonmaakhulp", "nl")).map((o) => o.name)).toContain("Medewerker schoonmaak");
    expect(await suggestOccupations(database.db, "%%", "nl")).toEqual([]);
  });
});
