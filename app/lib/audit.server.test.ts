import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testBackends } from "../../tests/fixtures/test-database";
import { seedDemoData } from "../../db/seed";
import { getMunicipalityBySlug } from "~/features/municipalities/municipalities.server";
import { recordAudit, verifyAuditChain } from "./audit.server";
import { withMunicipalityScope } from "./municipality-scope.server";

// The audit log is a hash chain: changing or removing an entry is found by verifyAuditChain.
// Tampering needs the table owner to switch off the append-only trigger first, as an attacker
// with database access would.
describe.each(testBackends())("the audit log's hash chain (%s)", (backend) => {
  let database: TestDatabase;
  let municipalities: string[];

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    await seedDemoData(database.db);
    municipalities = [(await getMunicipalityBySlug(database.db, "lansingerland"))!.id, (await getMunicipalityBySlug(database.db, "gooise-meren"))!.id];
  });
  afterAll(() => database.close());

  async function tamper(statement: ReturnType<typeof sql>) {
    await sql`alter table audit_log disable trigger audit_log_no_update_or_delete`.execute(database.db);
    try {
      await statement.execute(database.db);
    } finally {
      await sql`alter table audit_log enable trigger audit_log_no_update_or_delete`.execute(database.db);
    }
  }

  it("entries written at the same time, by two municipalities' staff scopes, form one intact chain", async () => {
    const before = await verifyAuditChain(database.db);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        withMunicipalityScope(database.db, municipalities[i % 2]!, (db) =>
          recordAudit(db, { actor: { type: "system" }, action: "test_entry", municipalityId: municipalities[i % 2]!, details: { i, text: "ü ✓ \u202e" } }),
        ),
      ),
    );
    const after = await verifyAuditChain(database.db);
    expect(after.broken).toEqual([]);
    expect(after.entries).toBe(before.entries + 20);
    expect(after.lastHash).toMatch(/^[0-9a-f]{64}$/);
    expect(after.lastHash).not.toBe(before.lastHash);
  });

  it("the application cannot change or remove an entry", async () => {
    await expect(sql`update audit_log set reason = 'x' where chain_seq = 1`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where chain_seq = 1`.execute(database.db)).rejects.toThrow(/append-only/);
  });

  it("a changed entry is found, and so is a removed one", async () => {
    const { rows } = await sql<{ chain_seq: string }>`select chain_seq::text from audit_log order by chain_seq desc limit 1 offset 5`.execute(database.db);
    const changed = rows[0]!.chain_seq;
    await tamper(sql`update audit_log set details = '{"i": 999}' where chain_seq = ${changed}`);
    const report = await verifyAuditChain(database.db);
    expect(report.broken[0]).toMatchObject({ chainSeq: changed, problem: "content changed" });

    await tamper(sql`delete from audit_log where chain_seq = ${Number(changed) + 2}`);
    const afterDelete = await verifyAuditChain(database.db);
    expect(afterDelete.broken.map((b) => [b.chainSeq, b.problem])).toContainEqual([String(Number(changed) + 3), "entry missing before this one"]);
  });
});
