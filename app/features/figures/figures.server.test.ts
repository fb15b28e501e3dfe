import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../../db/seed";
import { createResident } from "../../../tests/fixtures/residents";
import { createTestServices } from "../../../tests/fixtures/route-harness";
import { createTestDatabase, type TestDatabase, testBackends } from "../../../tests/fixtures/test-database";
import { createCase } from "~/features/cases/cases.server";
import { getMunicipalityBySlug, type Municipality } from "~/features/municipalities/municipalities.server";
import type { CaseStatus, CaseType, FeedbackTable } from "~/lib/db-schema";
import { withMunicipalityScope } from "~/lib/municipality-scope.server";
import { loadFigures } from "./figures.server";

const H1 = { year: 2026, half: 1 } as const;
const H2 = { year: 2026, half: 2 } as const;
const TODAY = "2026-11-23";

// Times are UTC; the comments give the Dutch time where the difference matters.
describe.each(testBackends())("figures per municipality and half year (%s)", (backend) => {
  let database: TestDatabase;
  let lansingerland: Municipality;
  let gooiseMeren: Municipality;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    const services = createTestServices(database.db);
    await seedDemoData(database.db);
    lansingerland = (await getMunicipalityBySlug(database.db, "lansingerland"))!;
    gooiseMeren = (await getMunicipalityBySlug(database.db, "gooise-meren"))!;
    const fatima = await createResident(services, "fatima");
    const olena = await createResident(services, "olena");
    const db = database.db;

    const make = async (municipality: Municipality, residentId: string, type: CaseType, c: { submitted: string; deadline: string; status?: CaseStatus; decided?: string; amountCents?: number | null }) => {
      const created = await createCase(db, { municipality, residentId, type, submission: {}, formVersion: "test/1", language: "nl", tags: [], actor: { type: "resident", id: residentId } });
      const outcome = c.status === "toegekend" || c.status === "afgewezen" || c.status === "afgehandeld" ? c.status : null;
      await db
        .updateTable("cases")
        .set({
          submitted_at: c.submitted,
          deadline: c.deadline,
          status: c.status ?? "ontvangen",
          decided_at: c.decided ?? null,
          decision: outcome ? JSON.stringify({ outcome, template: "test", text: "Besluit", ...(c.amountCents !== undefined ? { amountCents: c.amountCents } : {}) }) : null,
        })
        .where("id", "=", created.id)
        .execute();
      return created.id;
    };
    const L = (type: CaseType, c: Parameters<typeof make>[3]) => make(lansingerland, fatima.id, type, c);
    const G = (type: CaseType, c: Parameters<typeof make>[3]) => make(gooiseMeren, olena.id, type, c);

    // Registrations in Lansingerland.
    await L("registratie_werkzoekende", { submitted: "2026-07-01T06:00:00Z", deadline: "2026-07-15", status: "toegekend", decided: "2026-07-11T06:00:00Z" }); // 10 days, on time
    await L("registratie_werkzoekende", { submitted: "2026-07-02T10:00:00Z", deadline: "2026-07-10", status: "afgewezen", decided: "2026-07-13T10:00:00Z" }); // 11 days, late
    await L("registratie_werkzoekende", { submitted: "2026-06-30T22:30:00Z", deadline: "2026-07-20", status: "ontvangen" }); // 1 July 00:30 in NL: H2; open and overdue
    await L("registratie_werkzoekende", { submitted: "2026-06-30T21:30:00Z", deadline: "2026-06-30", status: "in_behandeling" }); // 30 June 23:30 in NL: H1; overdue in H1
    await L("registratie_werkzoekende", { submitted: "2026-07-06T10:00:00Z", deadline: "2026-07-15", status: "afgehandeld", decided: "2026-07-15T22:30:00Z" }); // decided 16 July in NL: late
    // Changes: waiting on the resident (clock paused), not yet due, due today: none overdue.
    await L("wijziging", { submitted: "2026-07-20T09:00:00Z", deadline: "2026-08-10", status: "aanvulling_gevraagd" });
    await L("wijziging", { submitted: "2026-09-10T09:00:00Z", deadline: TODAY, status: "in_behandeling" });
    await L("wijziging", { submitted: "2026-11-02T09:00:00Z", deadline: "2026-12-01", status: "in_behandeling" });
    // Premiums: two granted in H2 (one without an amount), one refused, one granted in H1.
    await L("uitstroompremie", { submitted: "2026-08-01T10:00:00Z", deadline: "2026-09-12", status: "toegekend", decided: "2026-09-01T10:00:00Z", amountCents: 150000 }); // 31 days
    await L("uitstroompremie", { submitted: "2026-08-05T10:00:00Z", deadline: "2026-09-16", status: "toegekend", decided: "2026-09-02T10:00:00Z", amountCents: null }); // 28 days
    await L("uitstroompremie", { submitted: "2026-08-10T10:00:00Z", deadline: "2026-09-21", status: "afgewezen", decided: "2026-09-03T10:00:00Z" }); // 24 days
    await L("uitstroompremie", { submitted: "2026-03-01T10:00:00Z", deadline: "2026-04-12", status: "toegekend", decided: "2026-04-01T10:00:00Z", amountCents: 50000 });
    await L("periodieke_check", { submitted: "2026-10-05T10:00:00Z", deadline: "2026-10-19", status: "ontvangen" });

    // Gooise Meren: figures that must never show up in Lansingerland's.
    await G("registratie_werkzoekende", { submitted: "2026-07-03T10:00:00Z", deadline: "2026-07-05", status: "toegekend", decided: "2026-07-30T10:00:00Z" });
    await G("uitstroompremie", { submitted: "2026-08-03T10:00:00Z", deadline: "2026-09-01", status: "toegekend", decided: "2026-08-20T10:00:00Z", amountCents: 99900 });
    await G("wijziging", { submitted: "2026-07-03T10:00:00Z", deadline: "2026-07-17", status: "in_behandeling" });
    await G("periodieke_check", { submitted: "2026-10-03T10:00:00Z", deadline: "2026-10-17", status: "ontvangen" });

    const feedback = (municipality: Municipality, answer: FeedbackTable["answer"], at: string) =>
      db.insertInto("feedback").values({ municipality_id: municipality.id, case_id: null, answer, comment: null, created_at: at }).execute();
    await feedback(lansingerland, "makkelijk", "2026-07-10T10:00:00Z");
    await feedback(lansingerland, "makkelijk", "2026-12-31T22:00:00Z"); // 23:00 on New Year's Eve in NL: H2
    await feedback(lansingerland, "makkelijk", "2026-12-31T23:30:00Z"); // 00:30 on 1 January in NL: not H2
    await feedback(lansingerland, "hulp_nodig", "2026-08-01T10:00:00Z");
    await feedback(lansingerland, "moeilijk", "2026-05-01T10:00:00Z");
    for (let i = 0; i < 3; i++) await feedback(gooiseMeren, "moeilijk", "2026-09-01T10:00:00Z");
  });
  afterAll(() => database.close());

  const figuresOf = (scope: Municipality, asked: Municipality, period: { year: number; half: 1 | 2 } = H2) =>
    withMunicipalityScope(database.db, scope.id, (db) => loadFigures(db, asked.id, period, TODAY));

  it("counts cases in, decided, on time and overdue per type, in Dutch days", async () => {
    const { cases } = await figuresOf(lansingerland, lansingerland);
    expect(cases).toEqual({
      registratie_werkzoekende: { received: 4, decided: 3, decidedOnTime: 1, decidedLate: 2, openOverdue: 1, overdue: 3 },
      wijziging: { received: 3, decided: 0, decidedOnTime: 0, decidedLate: 0, openOverdue: 0, overdue: 0 },
      periodieke_check: { received: 1, decided: 0, decidedOnTime: 0, decidedLate: 0, openOverdue: 1, overdue: 1 },
      uitstroompremie: { received: 3, decided: 3, decidedOnTime: 3, decidedLate: 0, openOverdue: 0, overdue: 0 },
    });
  });

  it("counts a case still open past its deadline in the half year of the deadline", async () => {
    const { cases } = await figuresOf(lansingerland, lansingerland, H1);
    expect(cases.registratie_werkzoekende).toEqual({ received: 1, decided: 0, decidedOnTime: 0, decidedLate: 0, openOverdue: 1, overdue: 1 });
    expect(cases.uitstroompremie).toMatchObject({ received: 1, decided: 1 });
  });

  it("gives the median days to a decision per type and for all types", async () => {
    const { medianDays } = await figuresOf(lansingerland, lansingerland);
    // Registrations: 9.52, 10 and 11 days; premiums 24, 28 and 31; all six: (11 + 24) / 2.
    expect(medianDays).toEqual({ registratie_werkzoekende: 10, wijziging: null, periodieke_check: null, uitstroompremie: 28, all: 17.5 });
  });

  it("counts registrations per week, every week up to today", async () => {
    const { registrations } = await figuresOf(lansingerland, lansingerland);
    expect(registrations).toHaveLength(22);
    expect(registrations.slice(0, 3)).toEqual([
      { monday: "2026-06-29", year: 2026, week: 27, count: 3 },
      { monday: "2026-07-06", year: 2026, week: 28, count: 1 },
      { monday: "2026-07-13", year: 2026, week: 29, count: 0 },
    ]);
    expect(registrations.at(-1)).toEqual({ monday: "2026-11-23", year: 2026, week: 48, count: 0 });
  });

  it("counts reported changes and periodic checks per month", async () => {
    const { changes, checks } = await figuresOf(lansingerland, lansingerland);
    expect(changes).toEqual([
      { month: "2026-07", count: 1 },
      { month: "2026-08", count: 0 },
      { month: "2026-09", count: 1 },
      { month: "2026-10", count: 0 },
      { month: "2026-11", count: 1 },
    ]);
    expect(checks.map((m) => m.count)).toEqual([0, 0, 0, 1, 0]);
  });

  it("counts premiums granted and the budget, keeping those without an amount apart", async () => {
    expect((await figuresOf(lansingerland, lansingerland)).premiums).toEqual({ granted: 2, amountCents: 150000, withoutAmount: 1 });
    expect((await figuresOf(lansingerland, lansingerland, H1)).premiums).toEqual({ granted: 1, amountCents: 50000, withoutAmount: 0 });
  });

  it("counts the Hoe ging het? answers of the half year", async () => {
    expect((await figuresOf(lansingerland, lansingerland)).feedback).toEqual({ makkelijk: 2, moeilijk: 0, hulp_nodig: 1 });
  });

  it("gives each municipality only its own figures", async () => {
    const gooi = await figuresOf(gooiseMeren, gooiseMeren);
    expect(gooi.cases.registratie_werkzoekende).toEqual({ received: 1, decided: 1, decidedOnTime: 0, decidedLate: 1, openOverdue: 0, overdue: 1 });
    expect(gooi.premiums).toEqual({ granted: 1, amountCents: 99900, withoutAmount: 0 });
    expect(gooi.feedback).toEqual({ makkelijk: 0, moeilijk: 3, hulp_nodig: 0 });
    expect(gooi.medianDays.registratie_werkzoekende).toBe(27);
  });

  it("shows nothing of another municipality even when asked for it: row-level security holds", async () => {
    // Lansingerland's scope, Gooise Meren's id: the filter alone would find Gooise Meren's
    // cases; the database policy hides them.
    const leaked = await figuresOf(lansingerland, gooiseMeren);
    expect(Object.values(leaked.cases).every((c) => Object.values(c).every((n) => n === 0))).toBe(true);
    expect(leaked.premiums).toEqual({ granted: 0, amountCents: 0, withoutAmount: 0 });
    expect(leaked.feedback).toEqual({ makkelijk: 0, moeilijk: 0, hulp_nodig: 0 });
    expect(leaked.medianDays.all).toBeNull();
    expect([...leaked.registrations, ...leaked.changes, ...leaked.checks].every((row) => row.count === 0)).toBe(true);
  });
});
