import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../../db/seed";
import { createTestDatabase, type TestDatabase, testBackends } from "../../../tests/fixtures/test-database";
import { getMunicipalityBySlug } from "~/features/municipalities/municipalities.server";
import type { Staff } from "~/lib/db-schema";
import { withMunicipalityScope } from "~/lib/municipality-scope.server";
import { applyRulesForm, RulesFormSchema, rulesFormDefaults } from "./rules-form";
import { diffRules, getCurrentRuleSet, listRuleSetVersions, saveRuleSetVersion, seedPremiumRuleSets } from "./rule-sets.server";
import { seededPremiumRuleSets } from "./rule-sets";

describe.each(testBackends())("premium rule sets in the database (%s)", (backend) => {
  let database: TestDatabase;
  let beheerder: Staff;
  let gooiBeheerder: Staff;
  const idOf = async (slug: string) => (await getMunicipalityBySlug(database.db, slug))!.id;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    await seedDemoData(database.db);
    beheerder = await database.db.selectFrom("staff").selectAll().where("subject", "=", "dev-idp:bh-lansingerland").executeTakeFirstOrThrow();
    gooiBeheerder = await database.db.selectFrom("staff").selectAll().where("subject", "=", "dev-idp:bh-gooise-meren").executeTakeFirstOrThrow();
  });
  afterAll(() => database.close());

  it("seeds version 1 for each municipality with rules, none for De Ronde Venen, and seeding twice changes nothing", async () => {
    await seedPremiumRuleSets(database.db);
    for (const slug of ["lansingerland", "gooise-meren", "nijkerk", "hof-van-twente", "den-helder", "pijnacker-nootdorp"] as const) {
      const current = await getCurrentRuleSet(database.db, await idOf(slug));
      expect(current?.version, slug).toBe(1);
      expect(current?.rules).toEqual(seededPremiumRuleSets[slug]);
    }
    expect(await getCurrentRuleSet(database.db, await idOf("de-ronde-venen"))).toBeNull();
    const rows = await database.db.selectFrom("premium_rule_sets").select("id").execute();
    expect(rows).toHaveLength(6);
  });

  it("saves a change as a new version, keeps the old one, and logs what changed", async () => {
    const municipalityId = await idOf("lansingerland");
    const current = (await getCurrentRuleSet(database.db, municipalityId))!;
    const form = RulesFormSchema.parse({ ...rulesFormDefaults(current.rules, current.version), bedragen: ["600"], werkMaanden: "9" });
    const rules = applyRulesForm(current.rules, form)!;
    const saved = await withMunicipalityScope(database.db, municipalityId, (db) => saveRuleSetVersion(db, beheerder, { basedOn: 1, rules, today: "2026-11-23" }));
    expect(saved).toEqual({ outcome: "saved", version: 2 });

    const now = (await getCurrentRuleSet(database.db, municipalityId))!;
    expect(now.version).toBe(2);
    expect(now.createdBy).toBe(beheerder.id);
    expect(now.rules).toMatchObject({ version: 2, validFrom: "2026-11-23", tiers: [{ amountCents: 600_00 }], work: { minimumDuration: { months: 9, comparison: "more_than" } } });
    // Version 1 is still there, unchanged.
    const v1 = await database.db.selectFrom("premium_rule_sets").select("rules").where("municipality_id", "=", municipalityId).where("version", "=", 1).executeTakeFirstOrThrow();
    expect(v1.rules).toMatchObject({ version: 1, tiers: [{ amountCents: 500_00 }] });
    expect((await listRuleSetVersions(database.db, municipalityId)).map((v) => [v.version, v.staff_name])).toEqual([
      [2, "Petra Smit"],
      [1, null],
    ]);
    const audit = await database.db.selectFrom("audit_log").select(["action", "actor_id", "details"]).where("action", "=", "premium_rules_changed").execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: beheerder.id, details: { fromVersion: 1, toVersion: 2 } });
    expect(audit[0]!.details.changes).toEqual([
      { path: "tiers.0.amountCents", before: 500_00, after: 600_00 },
      { path: "work.minimumDuration.months", before: 6, after: 9 },
    ]);
  });

  it("refuses to overwrite a colleague's newer version", async () => {
    const municipalityId = await idOf("lansingerland");
    const current = (await getCurrentRuleSet(database.db, municipalityId))!;
    const result = await withMunicipalityScope(database.db, municipalityId, (db) => saveRuleSetVersion(db, beheerder, { basedOn: 1, rules: current.rules }));
    expect(result).toEqual({ outcome: "conflict", currentVersion: 2 });
    expect((await getCurrentRuleSet(database.db, municipalityId))!.version).toBe(2);
  });

  it("validates the new version with the rule model: a window that closes before it opens is refused", async () => {
    const municipalityId = await idOf("gooise-meren");
    const current = (await getCurrentRuleSet(database.db, municipalityId))!;
    const form = RulesFormSchema.parse({ ...rulesFormDefaults(current.rules, 1), opentMaanden: "9", sluitMaanden: "3", sluitDagen: "0" });
    const result = await withMunicipalityScope(database.db, municipalityId, (db) => saveRuleSetVersion(db, gooiBeheerder, { basedOn: 1, rules: applyRulesForm(current.rules, form)! }));
    expect(result.outcome).toBe("invalid");
    expect(result.outcome === "invalid" && result.issues.map((i) => i.path.join("."))).toContain("applicationWindow.closesAfter");
    expect((await getCurrentRuleSet(database.db, municipalityId))!.version).toBe(1);
  });

  it("keeps every version as it was: the table refuses updates and deletes", async () => {
    await expect(sql`update premium_rule_sets set version = version`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from premium_rule_sets`.execute(database.db)).rejects.toThrow(/append-only/);
  });

  it("shows staff only their own municipality's rules, also when a query forgets to filter", async () => {
    const rows = await withMunicipalityScope(database.db, gooiBeheerder.municipality_id, (db) => db.selectFrom("premium_rule_sets").select("municipality_id").execute());
    expect(new Set(rows.map((r) => r.municipality_id))).toEqual(new Set([gooiBeheerder.municipality_id]));
    // Writing another municipality's version is refused by the database itself.
    const lansingerland = await idOf("lansingerland");
    await expect(
      withMunicipalityScope(database.db, gooiBeheerder.municipality_id, (db) =>
        db.insertInto("premium_rule_sets").values({ municipality_id: lansingerland, version: 99, rules: JSON.stringify(seededPremiumRuleSets.lansingerland), created_by: gooiBeheerder.id }).execute(),
      ),
    ).rejects.toThrow(/row-level security/);
  });
});

describe("the beheerder's form", () => {
  const rules = seededPremiumRuleSets["den-helder"];

  it("shows the rules as they are and changes only what was edited", () => {
    const defaults = rulesFormDefaults(rules, 1);
    expect(defaults).toMatchObject({ bedragen: ["750", "300"], uitkeringMaanden: ["12"], werkMaanden: "12", termijn: "work_start", opentMaanden: "12", sluitMaanden: "18", budget: "" });
    const unchanged = applyRulesForm(rules, RulesFormSchema.parse(defaults))!;
    expect(diffRules(rules, unchanged)).toEqual([]);
    const changed = applyRulesForm(rules, RulesFormSchema.parse({ ...defaults, bedragen: ["800,50", "300"], termijn: "geen", budget: "20000" }))!;
    expect(diffRules(rules, changed)).toEqual([
      { path: "tiers.0.amountCents", before: 750_00, after: 800_50 },
      { path: "applicationWindow", before: rules.applicationWindow, after: null },
      { path: "annualBudgetCents", before: null, after: 20_000_00 },
    ]);
  });

  it("explains bad input with i18n keys", () => {
    const defaults = rulesFormDefaults(rules, 1);
    const result = RulesFormSchema.safeParse({ ...defaults, bedragen: ["0", "abc"], uitkeringMaanden: ["0"], sluitMaanden: "", sluitDagen: "" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages).toEqual({
      "bedragen.0": "errors.premium.rules.amount",
      "bedragen.1": "errors.premium.rules.amount",
      "uitkeringMaanden.0": "errors.premium.rules.months",
      sluitMaanden: "errors.premium.rules.windowClose",
    });
  });
});
