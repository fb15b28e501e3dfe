import { describe, expect, it } from "vitest";
import { formatHalfYear, halfYearOf, halfYearRange, isoWeekNumber, mondayOf, monthsOf, parseHalfYear, recentHalfYears, weeksOf } from "./period";

describe("half-year periods", () => {
  it("knows which half year a day is in", () => {
    expect(halfYearOf("2026-06-30")).toEqual({ year: 2026, half: 1 });
    expect(halfYearOf("2026-07-01")).toEqual({ year: 2026, half: 2 });
    expect(formatHalfYear({ year: 2026, half: 2 })).toBe("2026-H2");
  });

  it("parses ?periode= and falls back to the current half year for anything odd", () => {
    const today = "2026-11-23";
    expect(parseHalfYear("2026-H2", today)).toEqual({ year: 2026, half: 2 });
    expect(parseHalfYear("2024-H1", today)).toEqual({ year: 2024, half: 1 });
    expect(parseHalfYear(" 2025-H2 ", today)).toEqual({ year: 2025, half: 2 });
    for (const odd of [null, undefined, "", "2026-H3", "2026-h1", "2026H1", "26-H1", "2027-H1", "0202-H1", "2026-H1; drop table cases"]) {
      expect(parseHalfYear(odd, today), String(odd)).toEqual({ year: 2026, half: 2 });
    }
  });

  it("offers the last six half years, newest first, across a year boundary", () => {
    expect(recentHalfYears("2026-03-15").map(formatHalfYear)).toEqual(["2026-H1", "2025-H2", "2025-H1", "2024-H2", "2024-H1", "2023-H2"]);
  });

  it("gives the range with an exclusive end", () => {
    expect(halfYearRange({ year: 2026, half: 1 })).toEqual({ start: "2026-01-01", end: "2026-07-01" });
    expect(halfYearRange({ year: 2026, half: 2 })).toEqual({ start: "2026-07-01", end: "2027-01-01" });
  });

  it("lists the months up to today's month", () => {
    expect(monthsOf({ year: 2026, half: 2 }, "2027-02-01")).toEqual(["2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"]);
    expect(monthsOf({ year: 2026, half: 2 }, "2026-09-01")).toEqual(["2026-07", "2026-08", "2026-09"]);
  });

  it("numbers weeks the ISO way", () => {
    expect(mondayOf("2026-07-01")).toBe("2026-06-29");
    expect(mondayOf("2026-06-29")).toBe("2026-06-29");
    expect(mondayOf("2026-07-05")).toBe("2026-06-29");
    expect(isoWeekNumber("2026-06-29")).toEqual({ year: 2026, week: 27 });
    // 1 January 2027 is a Friday: it belongs to the last week of 2026 (week 53).
    expect(isoWeekNumber("2027-01-01")).toEqual({ year: 2026, week: 53 });
    expect(isoWeekNumber("2025-12-29")).toEqual({ year: 2026, week: 1 });
  });

  it("lists the weeks overlapping the half year, up to today", () => {
    const all = weeksOf({ year: 2026, half: 2 }, "2027-03-01");
    expect(all[0]).toEqual({ monday: "2026-06-29", year: 2026, week: 27 });
    expect(all.at(-1)).toEqual({ monday: "2026-12-28", year: 2026, week: 53 });
    expect(all).toHaveLength(27);
    expect(weeksOf({ year: 2026, half: 2 }, "2026-07-14").map((w) => w.week)).toEqual([27, 28, 29]);
  });
});
