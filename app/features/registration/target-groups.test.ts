import { describe, expect, it } from "vitest";
import type { JobseekerProfile } from "./profile";
import { deriveTargetGroupTags, searchPeriodEnd } from "./target-groups";

const profile = (overrides: Partial<JobseekerProfile> = {}): JobseekerProfile => ({
  situatie: { situatie: "geen_werk", bijstandAanvragen: "ja", wwEinddatum: undefined },
  opleiding: { niveau: "mbo", diploma: "ja", buitenlandsDiploma: "nee" },
  werkervaring: [],
  bemiddelingsberoep: ["kok"],
  werktijden: { urenPerWeek: 24, dagen: ["ma"] },
  mobiliteit: { reisafstand: "10", vervoer: [] },
  rijbewijs: [],
  taalbeheersing: { nederlands: { spreken: "goed", luisteren: "goed", lezen: "goed", schrijven: "goed" }, andereTalen: [] },
  belemmeringen: { domeinen: [] },
  toestemmingTotDelenProfiel: true,
  ...overrides,
});

describe("target-group tags", () => {
  it("tags under-27s as jongere, the day before their 27th birthday but not on it", () => {
    expect(deriveTargetGroupTags(profile(), "2000-03-10", "2027-03-09")).toContain("jongere");
    expect(deriveTargetGroupTags(profile(), "2000-03-10", "2027-03-10")).not.toContain("jongere");
  });
  it("tags 55 and over", () => {
    expect(deriveTargetGroupTags(profile(), "1971-11-23", "2026-11-23")).toEqual(["55plus"]);
    expect(deriveTargetGroupTags(profile(), "1971-11-24", "2026-11-23")).toEqual([]);
  });
  it("tags school leavers", () => {
    expect(deriveTargetGroupTags(profile({ situatie: { situatie: "schoolverlater", bijstandAanvragen: "nee", wwEinddatum: undefined } }), "1990-01-01", "2026-11-23")).toEqual(["schoolverlater"]);
  });
  it("tags language support from weak Dutch or a language obstacle", () => {
    const weak = profile({ taalbeheersing: { nederlands: { spreken: "beetje", luisteren: "goed", lezen: "goed", schrijven: "goed" }, andereTalen: [] } });
    expect(deriveTargetGroupTags(weak, "1990-01-01", "2026-11-23")).toEqual(["taalondersteuning"]);
    expect(deriveTargetGroupTags(profile({ belemmeringen: { domeinen: ["taal"] } }), "1990-01-01", "2026-11-23")).toEqual(["taalondersteuning"]);
  });
});

describe("search period", () => {
  const under27 = { searchPeriod: { appliesTo: "under27" as const, weeks: 4 } };
  it("is 4 weeks from registration for under-27s only", () => {
    expect(searchPeriodEnd(under27, "2003-09-30", "2026-11-23")).toBe("2026-12-21");
    expect(searchPeriodEnd(under27, "1988-04-12", "2026-11-23")).toBeNull();
  });
  it("applies to everyone where the municipality says so (Renkum), and to nobody where it does not", () => {
    expect(searchPeriodEnd({ searchPeriod: { appliesTo: "everyone", weeks: 4 } }, "1960-01-01", "2026-11-23")).toBe("2026-12-21");
    expect(searchPeriodEnd({ searchPeriod: { appliesTo: "nobody", weeks: 4 } }, "2003-09-30", "2026-11-23")).toBeNull();
  });
});
