import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestBackend, type TestDatabase, testBackends } from "../fixtures/test-database";

describe.each(testBackends())("test database on %s", (backend: TestBackend) => {
  let first: TestDatabase;
  let second: TestDatabase;

  beforeAll(async () => {
    first = await createTestDatabase(backend);
    second = await createTestDatabase(backend);
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it("has every table of the foundation migration", async () => {
    const { rows } = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = 'public'`.execute(first.db);
    const tables = rows.map((row) => row.table_name);
    for (const table of ["municipalities", "residents", "staff", "sessions", "audit_log"]) expect(tables).toContain(table);
  });

  it("refuses to update or delete audit_log entries", async () => {
    const entry = await first.db
      .insertInto("audit_log")
      .values({ actor_type: "system", action: "test.append_only" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await expect(first.db.updateTable("audit_log").set({ action: "changed" }).where("id", "=", entry.id).execute()).rejects.toThrow(/append-only/);
    await expect(first.db.deleteFrom("audit_log").where("id", "=", entry.id).execute()).rejects.toThrow(/append-only/);
    const kept = await first.db.selectFrom("audit_log").select("action").where("id", "=", entry.id).executeTakeFirstOrThrow();
    expect(kept.action).toBe("test.append_only");
  });

  it("gives each call its own database", async () => {
    await first.db
      .insertInto("municipalities")
      .values({ slug: "isolation-check", name: "Isolation", settings: JSON.stringify({}) })
      .execute();
    const inFirst = await first.db.selectFrom("municipalities").select("slug").where("slug", "=", "isolation-check").execute();
    const inSecond = await second.db.selectFrom("municipalities").select("slug").where("slug", "=", "isolation-check").execute();
    expect(inFirst).toHaveLength(1);
    expect(inSecond).toHaveLength(0);
  });
});
