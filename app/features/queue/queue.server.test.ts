import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testBackends } from "../../../tests/fixtures/test-database";
import { createTestServices } from "../../../tests/fixtures/route-harness";
import { createResident } from "../../../tests/fixtures/residents";
import { seedDemoData } from "../../../db/seed";
import { createCase } from "~/features/cases/cases.server";
import { addResidentMessage } from "~/features/cases/resident-cases.server";
import { decideCase, pickUpCase, requestInformation } from "~/features/cases/staff-actions.server";
import { getMunicipalityBySlug } from "~/features/municipalities/municipalities.server";
import { addDays, todayIso } from "~/lib/date-schema";
import type { Staff } from "~/lib/db-schema";
import { withMunicipalityScope } from "~/lib/municipality-scope.server";
import { parseQueueFilters } from "./queue-filters";
import { countOpenCases, listQueuePage, QUEUE_PAGE_SIZE } from "./queue.server";

describe.each(testBackends())("the klantmanager's queue (%s)", (backend) => {
  let database: TestDatabase;
  let karin: Staff;
  let mohamed: Staff;
  let residentId: string;
  const today = todayIso();
  const ids: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    const services = createTestServices(database.db);
    await seedDemoData(database.db);
    const lansingerland = (await getMunicipalityBySlug(database.db, "lansingerland"))!;
    const gooiseMeren = (await getMunicipalityBySlug(database.db, "gooise-meren"))!;
    residentId = (await createResident(services, "fatima")).id;
    const other = (await createResident(services, "olena")).id;
    // 60 cases submitted on 60 different days: deadlines spread before and after today.
    for (let i = 0; i < 60; i++) {
      const created = await createCase(database.db, {
        municipality: lansingerland,
        residentId,
        type: i % 2 ? "wijziging" : "registratie_werkzoekende",
        submission: {},
        formVersion: "t/1",
        language: "nl",
        tags: i % 3 === 0 ? ["jongere"] : [],
        actor: { type: "resident", id: residentId },
        today: addDays(today, -80 + i),
      });
      ids.push(created.id);
    }
    await createCase(database.db, { municipality: gooiseMeren, residentId: other, type: "wijziging", submission: {}, formVersion: "t/1", language: "nl", tags: [], actor: { type: "resident", id: other }, today: addDays(today, -90) });
    karin = await database.db.selectFrom("staff").selectAll().where("subject", "=", "dev-idp:km-lansingerland").executeTakeFirstOrThrow();
    mohamed = await database.db.selectFrom("staff").selectAll().where("subject", "=", "dev-idp:km2-lansingerland").executeTakeFirstOrThrow();
  });
  afterAll(() => database.close());

  const page = (staff: Staff, query: string) => withMunicipalityScope(database.db, staff.municipality_id, (db) => listQueuePage(db, staff, parseQueueFilters(new URLSearchParams(query)), today));

  it("pages through every open case once, soonest deadline first, with a keyset cursor", async () => {
    const seen: string[] = [];
    const deadlines: string[] = [];
    let query = "";
    for (let guard = 0; guard < 5; guard++) {
      const result = await page(karin, query);
      seen.push(...result.cases.map((c) => c.id));
      deadlines.push(...result.cases.map((c) => c.deadline));
      if (!result.nextCursor) break;
      expect(result.cases).toHaveLength(QUEUE_PAGE_SIZE);
      query = `na=${encodeURIComponent(result.nextCursor)}`;
    }
    expect(seen).toHaveLength(60);
    expect(new Set(seen)).toEqual(new Set(ids));
    expect([...deadlines].sort()).toEqual(deadlines);
  });

  it("filters by type, target group, and deadline; nonsense falls back to the defaults", async () => {
    expect((await page(karin, "type=wijziging&status=alle")).cases.every((c) => c.type === "wijziging")).toBe(true);
    const young = await page(karin, "doelgroep=jongere");
    expect(young.cases.length).toBeGreaterThan(0);
    expect(young.cases.every((c) => c.tags.includes("jongere"))).toBe(true);
    const overdue = await page(karin, "termijn=te-laat");
    expect(overdue.cases.length).toBeGreaterThan(0);
    expect(overdue.cases.every((c) => c.deadline < today && c.overdue)).toBe(true);
    const nonsense = await page(karin, "type=<script>&status=DROP TABLE&behandelaar=1&na=garbage");
    expect(nonsense.cases).toHaveLength(QUEUE_PAGE_SIZE);
  });

  it("two klantmanagers pick up the same case at once: exactly one wins", async () => {
    const caseId = ids[0]!;
    const results = await Promise.all([karin, mohamed].map((staff) => withMunicipalityScope(database.db, staff.municipality_id, (db) => pickUpCase(db, staff, caseId))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "taken" }]);
    const mine = await page(karin, "behandelaar=mijn");
    const his = await page(mohamed, "behandelaar=mijn");
    expect([...mine.cases, ...his.cases].map((c) => c.id)).toEqual([caseId]);
    expect((await page(karin, "behandelaar=niemand")).cases.map((c) => c.id)).not.toContain(caseId);
  });

  it("pauses the clock while the resident is asked, and moves the deadline on by the days waited", async () => {
    const caseId = ids[59]!;
    const before = await database.db.selectFrom("cases").select("deadline").where("id", "=", caseId).executeTakeFirstOrThrow();
    await withMunicipalityScope(database.db, karin.municipality_id, (db) => requestInformation(db, karin, { caseId, message: "Stuur uw contract." }));
    // Pretend the question was asked 5 days ago.
    await sql`update cases set waiting_since = current_date - 5 where id = ${caseId}`.execute(database.db);
    const waiting = await withMunicipalityScope(database.db, karin.municipality_id, (db) => countOpenCases(db, karin, today));
    expect(waiting.byStatus.aanvulling_gevraagd).toBe(1);
    await addResidentMessage(database.db, { residentId, caseId, text: "Hierbij.", upload: null, actor: { type: "resident", id: residentId } });
    const after = await database.db.selectFrom("cases").select(["deadline", "status", "waiting_since"]).where("id", "=", caseId).executeTakeFirstOrThrow();
    expect(after).toEqual({ deadline: addDays(before.deadline, 5), status: "in_behandeling", waiting_since: null });
  });

  it("counts open cases per status and overdue, and a decided case leaves the open queue", async () => {
    const counts = await withMunicipalityScope(database.db, karin.municipality_id, (db) => countOpenCases(db, karin, today));
    const total = Object.values(counts.byStatus).reduce((a, b) => a + b, 0);
    expect(total).toBe(60);
    const decided = await withMunicipalityScope(database.db, karin.municipality_id, (db) =>
      decideCase(db, karin, { caseId: ids[1]!, decision: { outcome: "afgehandeld", template: "verwerkt", text: "Verwerkt." } }),
    );
    expect(decided).toEqual({ ok: true });
    const again = await withMunicipalityScope(database.db, karin.municipality_id, (db) =>
      decideCase(db, karin, { caseId: ids[1]!, decision: { outcome: "toegekend", template: "voldoet", text: "Toch wel." } }),
    );
    expect(again).toEqual({ ok: false, reason: "closed" });
    const openIds = (await page(karin, "status=open")).cases.map((c) => c.id);
    expect(openIds).not.toContain(ids[1]);
    expect((await page(karin, "status=afgehandeld")).cases.map((c) => c.id)).toEqual([ids[1]]);
  });
});
