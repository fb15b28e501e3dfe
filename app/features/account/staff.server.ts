import type { Database } from "~/lib/db.server";
import type { Staff } from "~/lib/db-schema";

export async function getStaffBySubject(db: Database, subject: string): Promise<Staff | null> {
  return (await db.selectFrom("staff").selectAll().where("subject", "=", subject).executeTakeFirst()) ?? null;
}

export async function getStaffById(db: Database, id: string): Promise<Staff | null> {
  return (await db.selectFrom("staff").selectAll().where("id", "=", id).executeTakeFirst()) ?? null;
}
