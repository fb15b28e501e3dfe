import { sql } from "kysely";
import type { Database } from "./db.server";

/**
 * Runs staff work inside one transaction that the database itself limits to one municipality:
 * row-level security (db/migrations/…-0004-case-queue.ts) applies to the role
 * `meedoen_staff_scope`, and `app.municipality_id` says which municipality it may see. So a
 * query that forgets `where municipality_id = …` still cannot read another municipality's
 * cases, residents, files or events. Everything staff read or change goes through here.
 */
export async function withMunicipalityScope<T>(db: Database, municipalityId: string, work: (scoped: Database) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('app.municipality_id', ${municipalityId}, true)`.execute(trx);
    await sql`set local role meedoen_staff_scope`.execute(trx);
    return work(trx);
  });
}
