import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testBackends } from "../../tests/fixtures/test-database";
import { createTestServices } from "../../tests/fixtures/route-harness";
import { createResident } from "../../tests/fixtures/residents";
import { seedDemoData } from "../../db/seed";
import { createCase } from "~/features/cases/cases.server";
import { getMunicipalityBySlug } from "~/features/municipalities/municipalities.server";
import { withMunicipalityScope } from "./municipality-scope.server";

// The promise of row-level security: inside a staff scope, queries that forget to filter by
// municipality still only see (and touch) their own municipality's rows.
describe.each(testBackends())("row-level security per municipality (%s)", (backend) => {
  let database: TestDatabase;
  let lansingerland: { id: string; caseId: string; residentId: string };
  let gooiseMeren: { id: string; caseId: string; residentId: string };

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    const services = createTestServices(database.db);
    await seedDemoData(database.db);
    const make = async (slug: string, residentKey: string) => {
      const municipality = (await getMunicipalityBySlug(database.db, slug))!;
      const resident = await createResident(services, residentKey);
      const created = await createCase(database.db, { municipality, residentId: resident.id, type: "wijziging", submission: { x: 1 }, formVersion: "t/1", language: "nl", tags: [], actor: { type: "resident", id: resident.id } });
      await database.db
        .insertInto("documents")
        .values({ case_id: created.id, resident_id: resident.id, uploaded_by_type: "resident", uploaded_by_id: resident.id, file_name: "a.pdf", content_type: "application/pdf", size_bytes: 4, sha256: "x", content: Buffer.from("%PDF") })
        .execute();
      return { id: municipality.id, caseId: created.id, residentId: resident.id };
    };
    lansingerland = await make("lansingerland", "fatima");
    gooiseMeren = await make("gooise-meren", "olena");
  });
  afterAll(() => database.close());

  it("a query without a municipality filter sees only its own municipality", async () => {
    const seen = await withMunicipalityScope(database.db, lansingerland.id, async (db) => ({
      cases: await db.selectFrom("cases").select(["id", "municipality_id"]).execute(),
      events: await db.selectFrom("case_events").select("case_id").execute(),
      documents: await db.selectFrom("documents").select("case_id").execute(),
      residents: await db.selectFrom("residents").select("id").execute(),
      staff: await db.selectFrom("staff").select("municipality_id").execute(),
      byId: await db.selectFrom("cases").select("id").where("id", "=", gooiseMeren.caseId).execute(),
    }));
    expect(seen.cases.map((c) => c.id)).toEqual([lansingerland.caseId]);
    expect(new Set(seen.events.map((e) => e.case_id))).toEqual(new Set([lansingerland.caseId]));
    expect(seen.documents.map((d) => d.case_id)).toEqual([lansingerland.caseId]);
    expect(seen.residents.map((r) => r.id)).toEqual([lansingerland.residentId]);
    expect(seen.staff.length).toBeGreaterThan(0);
    expect(seen.staff.every((s) => s.municipality_id === lansingerland.id)).toBe(true);
    expect(seen.byId).toEqual([]);
    // Outside a scope (resident and system code, scoped by their own queries) both exist.
    expect(await database.db.selectFrom("cases").select("id").execute()).toHaveLength(2);
  });

  it("cannot change or add to another municipality's case", async () => {
    const updated = await withMunicipalityScope(database.db, lansingerland.id, (db) =>
      db.updateTable("cases").set({ status: "afgewezen" }).where("id", "=", gooiseMeren.caseId).returning("id").execute(),
    );
    expect(updated).toEqual([]);
    await expect(
      withMunicipalityScope(database.db, lansingerland.id, (db) =>
        db.insertInto("case_events").values({ case_id: gooiseMeren.caseId, type: "notitie", actor_type: "staff", actor_id: null }).execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      withMunicipalityScope(database.db, lansingerland.id, (db) =>
        db.updateTable("cases").set({ municipality_id: gooiseMeren.id }).where("id", "=", lansingerland.caseId).execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    const status = await database.db.selectFrom("cases").select("status").where("id", "=", gooiseMeren.caseId).executeTakeFirstOrThrow();
    expect(status.status).toBe("ontvangen");
  });

  it("never reads sessions or drafts, and ends with the transaction", async () => {
    await expect(withMunicipalityScope(database.db, lansingerland.id, (db) => db.selectFrom("sessions").select("id").execute())).rejects.toThrow(/permission denied/);
    expect(await withMunicipalityScope(database.db, lansingerland.id, (db) => db.selectFrom("drafts").select("id").execute())).toEqual([]);
    // The role and setting are local to the transaction: the pool's connections go back clean.
    const after = await sql<{ role: string; setting: string | null }>`select current_user as role, current_setting('app.municipality_id', true) as setting`.execute(database.db);
    expect(after.rows[0]?.role).not.toBe("meedoen_staff_scope");
    expect(after.rows[0]?.setting || null).toBeNull();
  });

  it("without a municipality set, a scoped query sees nothing", async () => {
    const seen = await database.db.transaction().execute(async (trx) => {
      await sql`set local role meedoen_staff_scope`.execute(trx);
      return trx.selectFrom("cases").select("id").execute();
    });
    expect(seen).toEqual([]);
  });
});
