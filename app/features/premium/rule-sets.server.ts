import { sql } from "kysely";
import { recordAudit } from "~/lib/audit.server";
import { todayIso } from "~/lib/date-schema";
import type { Database } from "~/lib/db.server";
import type { Staff } from "~/lib/db-schema";
import { type PremiumRuleSet, PremiumRuleSetSchema } from "./rule-set";
import { seededPremiumRuleSets } from "./rule-sets";

/**
 * Rule sets in the database: one row per version, never updated. The newest version is the one
 * a new check or application uses; a case stores the version it was evaluated with.
 */
export type StoredRuleSet = { id: string; version: number; rules: PremiumRuleSet; createdAt: Date; createdBy: string | null };

function toStored(row: { id: string; version: number; rules: unknown; created_at: Date; created_by: string | null }): StoredRuleSet {
  // Checked on the way out too: a row edited by hand must not break a resident's page silently.
  return { id: row.id, version: row.version, rules: PremiumRuleSetSchema.parse(row.rules), createdAt: row.created_at, createdBy: row.created_by };
}

export async function getCurrentRuleSet(db: Database, municipalityId: string): Promise<StoredRuleSet | null> {
  const row = await db
    .selectFrom("premium_rule_sets")
    .select(["id", "version", "rules", "created_at", "created_by"])
    .where("municipality_id", "=", municipalityId)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ? toStored(row) : null;
}

export async function listRuleSetVersions(db: Database, municipalityId: string) {
  return db
    .selectFrom("premium_rule_sets")
    .leftJoin("staff", "staff.id", "premium_rule_sets.created_by")
    .select(["premium_rule_sets.version", "premium_rule_sets.created_at", "staff.name as staff_name"])
    .where("premium_rule_sets.municipality_id", "=", municipalityId)
    .orderBy("premium_rule_sets.version", "desc")
    .limit(50)
    .execute();
}

export type SaveRuleSetResult = { outcome: "saved"; version: number } | { outcome: "conflict"; currentVersion: number } | { outcome: "invalid"; issues: Array<{ path: PropertyKey[]; message: string }> };

/**
 * Saves changed rules as a new version. `basedOn` is the version the beheerder edited: when a
 * colleague saved in between, nothing is saved, so no change is overwritten unseen. Run it in
 * the beheerder's municipality scope (row-level security) or a transaction.
 */
export async function saveRuleSetVersion(
  db: Database,
  staff: Pick<Staff, "id" | "municipality_id">,
  input: { basedOn: number; rules: PremiumRuleSet; today?: string },
): Promise<SaveRuleSetResult> {
  // One beheerder at a time per municipality: the lock ends with the transaction.
  await sql`select pg_advisory_xact_lock(hashtext(${`premium_rule_sets:${staff.municipality_id}`}))`.execute(db);
  const current = await getCurrentRuleSet(db, staff.municipality_id);
  if (!current) throw new Error("no premium rule set to change for this municipality");
  if (current.version !== input.basedOn) return { outcome: "conflict", currentVersion: current.version };
  const version = current.version + 1;
  const parsed = PremiumRuleSetSchema.safeParse({ ...input.rules, version, validFrom: input.today ?? todayIso(), municipality: current.rules.municipality });
  if (!parsed.success) return { outcome: "invalid", issues: parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message })) };
  await db
    .insertInto("premium_rule_sets")
    .values({ municipality_id: staff.municipality_id, version, rules: JSON.stringify(parsed.data), created_by: staff.id })
    .execute();
  await recordAudit(db, {
    actor: { type: "staff", id: staff.id },
    action: "premium_rules_changed",
    municipalityId: staff.municipality_id,
    subject: { type: "premium_rule_set", id: `${current.rules.municipality}:${version}` },
    details: { fromVersion: current.version, toVersion: version, changes: diffRules(current.rules, parsed.data) },
  });
  return { outcome: "saved", version };
}

/** What changed, as paths with their old and new values (for the audit log). */
export function diffRules(before: unknown, after: unknown, path = ""): Array<{ path: string; before: unknown; after: unknown }> {
  if (path === "version" || path === "validFrom") return [];
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
  if (isObject(before) && isObject(after) && Array.isArray(before) === Array.isArray(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => diffRules(before[key], after[key], path ? `${path}.${key}` : key));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ path, before: before ?? null, after: after ?? null }];
}

/**
 * Version 1 for every municipality in the database that has seeded rules (idempotent). A
 * municipality that already has a version, for example one a beheerder saved, is left alone.
 */
export async function seedPremiumRuleSets(db: Database): Promise<void> {
  const municipalities = await db.selectFrom("municipalities").select(["id", "slug"]).execute();
  for (const municipality of municipalities) {
    const rules = (seededPremiumRuleSets as Record<string, PremiumRuleSet>)[municipality.slug];
    if (!rules) continue;
    await db
      .insertInto("premium_rule_sets")
      .values({ municipality_id: municipality.id, version: 1, rules: JSON.stringify(rules), created_by: null })
      .onConflict((oc) => oc.columns(["municipality_id", "version"]).doNothing())
      .execute();
  }
}
