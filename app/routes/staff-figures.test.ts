import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../db/seed";
import { createResident } from "../../tests/fixtures/residents";
import { callRoute, cookieFrom, createTestServices, type HandlerArgs } from "../../tests/fixtures/route-harness";
import { createTestDatabase, type TestDatabase, testBackends } from "../../tests/fixtures/test-database";
import { createCase } from "~/features/cases/cases.server";
import type { FiguresPageData } from "~/features/figures/figures-page.server";
import { addDays, todayIso } from "~/lib/date-schema";
import { formatHalfYear, halfYearOf, halfYearRange, previousHalfYear } from "~/features/figures/period";
import { getMunicipalityBySlug, type Municipality } from "~/features/municipalities/municipalities.server";
import { getRequestState } from "~/lib/request-context.server";
import type { Services } from "~/lib/services.server";
import { loader as csvLoader } from "./staff-figures-csv";
import { loader } from "./staff-figures";

// The previous half year is over whatever day the test runs, so its figures do not move.
const period = previousHalfYear(halfYearOf(todayIso()));
const periode = formatHalfYear(period);
const start = halfYearRange(period).start;

describe.each(testBackends())("the figures dashboard and its CSV (%s)", (backend) => {
  let database: TestDatabase;
  let services: Services;
  const cookies: Record<string, string> = {};

  async function signInStaff(subject: string) {
    const staff = await database.db.selectFrom("staff").select("id").where("subject", "=", `dev-idp:${subject}`).executeTakeFirstOrThrow();
    const { setCookie } = await callRoute(
      services,
      ({ context }: HandlerArgs) => {
        const state = getRequestState(context);
        state.session.set("staffId", staff.id);
        state.session.set("lastSeenAt", Date.now());
        return null;
      },
      new Request("http://meedoen.test/"),
    );
    return cookieFrom(setCookie);
  }

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    services = createTestServices(database.db);
    await seedDemoData(database.db);
    const add = async (slug: string, residentKey: string, type: "registratie_werkzoekende" | "uitstroompremie", days: number, decided?: { amountCents: number }) => {
      const municipality = (await getMunicipalityBySlug(database.db, slug)) as Municipality;
      const resident = await createResident(services, residentKey);
      const created = await createCase(database.db, { municipality, residentId: resident.id, type, submission: {}, formVersion: "test/1", language: "nl", tags: [], actor: { type: "resident", id: resident.id } });
      const submitted = `${addDays(start, days)}T10:00:00Z`;
      await database.db
        .updateTable("cases")
        .set({
          submitted_at: submitted,
          deadline: addDays(start, days + 14),
          ...(decided ? { status: "toegekend", decided_at: `${addDays(start, days + 3)}T10:00:00Z`, decision: JSON.stringify({ outcome: "toegekend", template: "t", text: "x", amountCents: decided.amountCents }) } : { status: "afgehandeld", decided_at: `${addDays(start, days + 20)}T10:00:00Z` }),
        })
        .where("id", "=", created.id)
        .execute();
    };
    await add("lansingerland", "fatima", "registratie_werkzoekende", 10);
    await add("lansingerland", "daan", "registratie_werkzoekende", 40);
    await add("lansingerland", "fatima", "uitstroompremie", 50, { amountCents: 125050 });
    await add("gooise-meren", "olena", "registratie_werkzoekende", 10);
    await add("gooise-meren", "olena", "uitstroompremie", 20, { amountCents: 99900 });
    for (const subject of ["tl-lansingerland", "bh-lansingerland", "km-lansingerland", "sp-lansingerland"]) cookies[subject] = await signInStaff(subject);
  });
  afterAll(() => database.close());

  const page = (who: string, path = `/medewerker/cijfers?periode=${periode}`) => callRoute(services, loader, new Request(`http://meedoen.test${path}`, { headers: who ? { Cookie: cookies[who]! } : {} }));
  const csv = (who: string) => callRoute(services, csvLoader, new Request(`http://meedoen.test/medewerker/cijfers.csv?periode=${periode}`, { headers: { Cookie: cookies[who]! } }));

  it("shows a teamleider their municipality's figures for the half year asked for", async () => {
    const data = (await page("tl-lansingerland")).result as FiguresPageData & { translations: Record<string, { title: string }> };
    expect(data.municipality).toBe("Lansingerland");
    expect(data.period.value).toBe(periode);
    expect(data.cases.find((c) => c.type === "registratie_werkzoekende")).toMatchObject({ received: 2, decided: 2, decidedOnTime: 0, decidedLate: 2, medianDays: "20" });
    expect(data.totals).toMatchObject({ received: 3, decided: 3 });
    expect(data.premiums).toEqual({ granted: 1, budget: "€\u00a01.250,50", withoutAmount: 0 });
    expect(data.registrations.reduce((sum, w) => sum + w.count, 0)).toBe(2);
    expect(data.csvHref).toBe(`/medewerker/cijfers.csv?periode=${periode}`);
    expect(data.periods).toHaveLength(6);
    expect(data.translations.figures!.title).toBe("Cijfers");
  });

  it("shows a beheerder the same, and in Arabic the figures namespace in Arabic", async () => {
    const data = (await page("bh-lansingerland", `/ar/medewerker/cijfers?periode=${periode}`)).result as FiguresPageData & { translations: Record<string, { title: string }> };
    expect(data.totals).toMatchObject({ received: 3 });
    expect(data.translations.figures!.title).toBe("الأرقام");
  });

  it("falls back to the current half year for an odd period", async () => {
    for (const odd of ["2026-H3", "morgen", `${new Date().getUTCFullYear() + 1}-H1`]) {
      const data = (await page("tl-lansingerland", `/medewerker/cijfers?periode=${encodeURIComponent(odd)}`)).result as FiguresPageData;
      expect(data.period.value).toBe(formatHalfYear(halfYearOf(todayIso())));
    }
  });

  it("answers 404 to klantmanagers and the Servicepunt, and sends strangers to the login", async () => {
    for (const who of ["km-lansingerland", "sp-lansingerland"]) {
      expect(((await page(who)).result as Response).status).toBe(404);
      expect(((await csv(who)).result as Response).status).toBe(404);
    }
    const stranger = (await page("")).result as Response;
    expect(stranger.status).toBe(302);
    expect(stranger.headers.get("Location")).toMatch(/^\/medewerker\/inloggen\?returnTo=/);
  });

  it("exports the half year as a Dutch CSV file for Excel", async () => {
    const response = (await csv("tl-lansingerland")).result as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="meedoen-cijfers-lansingerland-${periode}.csv"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split("\r\n");
    expect(lines[0]).toBe("Gemeente;Periode;Onderdeel;Soort zaak;Tijdvak;Cijfer;Waarde");
    expect(lines).toContain(`Lansingerland;${periode};Zaken per soort;Inschrijving werkzoekende;;Binnengekomen;2`);
    expect(lines).toContain(`Lansingerland;${periode};Uitstroompremies;Uitstroompremie;;Budget gebruikt (euro);1250,50`);
    expect(lines.filter((line) => line && !line.startsWith("Gemeente;") && !line.startsWith("Lansingerland;"))).toEqual([]);
  });
});
