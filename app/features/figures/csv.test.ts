import { describe, expect, it } from "vitest";
import { CSV_HEADER, csvCell, figuresCsvFileName, figuresCsvRows, toCsv } from "./csv";
import type { Figures } from "./figures.server";

const counts = (received: number, decided = 0, decidedOnTime = 0, decidedLate = 0, openOverdue = 0) => ({ received, decided, decidedOnTime, decidedLate, openOverdue, overdue: decidedLate + openOverdue });

const figures: Figures = {
  cases: {
    registratie_werkzoekende: counts(4, 3, 1, 2, 1),
    wijziging: counts(3),
    periodieke_check: counts(1, 0, 0, 0, 1),
    uitstroompremie: counts(3, 3, 3),
  },
  medianDays: { registratie_werkzoekende: 10, wijziging: null, periodieke_check: null, uitstroompremie: 28, all: 17.5 },
  registrations: [
    { monday: "2026-06-29", year: 2026, week: 27, count: 3 },
    { monday: "2026-07-06", year: 2026, week: 28, count: 1 },
  ],
  changes: [{ month: "2026-07", count: 0 }],
  checks: [{ month: "2026-07", count: 2 }],
  premiums: { granted: 2, amountCents: 150050, withoutAmount: 1 },
  feedback: { makkelijk: 2, moeilijk: 0, hulp_nodig: 1 },
};

describe("CSV cells", () => {
  it("leaves plain text and numbers alone, with a decimal comma", () => {
    expect(csvCell("Lansingerland")).toBe("Lansingerland");
    expect(csvCell(12)).toBe("12");
    expect(csvCell(17.5)).toBe("17,5");
    expect(csvCell(null)).toBe("");
  });

  it("quotes separators, quotes and line breaks", () => {
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCell("regel 1\nregel 2")).toBe('"regel 1\nregel 2"');
    expect(csvCell(" spatie")).toBe('" spatie"');
  });

  it("keeps Excel from running text as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://evil.example\")")).toBe('"\'=HYPERLINK(""http://evil.example"")"');
    expect(csvCell("+31 6")).toBe("'+31 6");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    // Our own numbers are not text and are not touched.
    expect(csvCell(-1)).toBe("-1");
  });

  it("starts with a byte order mark and ends every line with CRLF", () => {
    expect(toCsv([["a", 1], ["b", null]])).toBe("\uFEFFa;1\r\nb;\r\n");
  });
});

describe("the figures report", () => {
  const csv = toCsv(figuresCsvRows(figures, { municipality: "Lansingerland", period: "2026-H2" }));
  const lines = csv.slice(1).trimEnd().split("\r\n");

  it("has Dutch column headers", () => {
    expect(lines[0]).toBe(CSV_HEADER.join(";"));
    expect(lines[0]).toBe("Gemeente;Periode;Onderdeel;Soort zaak;Tijdvak;Cijfer;Waarde");
  });

  it("has one figure per row", () => {
    expect(lines).toContain("Lansingerland;2026-H2;Zaken per soort;Inschrijving werkzoekende;;Binnengekomen;4");
    expect(lines).toContain("Lansingerland;2026-H2;Zaken per soort;Inschrijving werkzoekende;;Te laat besloten;2");
    expect(lines).toContain("Lansingerland;2026-H2;Zaken per soort;Inschrijving werkzoekende;;Nog open, te laat;1");
    expect(lines).toContain("Lansingerland;2026-H2;Zaken per soort;Inschrijving werkzoekende;;Te laat, totaal;3");
    expect(lines).toContain("Lansingerland;2026-H2;Zaken per soort;Wijziging;;Mediaan dagen tot besluit;");
    expect(lines).toContain("Lansingerland;2026-H2;Zaken per soort;Alle soorten;;Binnengekomen;11");
    expect(lines).toContain("Lansingerland;2026-H2;Zaken per soort;Alle soorten;;Mediaan dagen tot besluit;17,5");
    expect(lines).toContain("Lansingerland;2026-H2;Inschrijvingen per week;Inschrijving werkzoekende;2026-W27;Aantal;3");
    expect(lines).toContain("Lansingerland;2026-H2;Zelf gemelde wijzigingen;Wijziging;2026-07;Aantal meldingen;0");
    expect(lines).toContain("Lansingerland;2026-H2;Periodieke check;Periodieke check;2026-07;Aantal checks;2");
    expect(lines).toContain("Lansingerland;2026-H2;Uitstroompremies;Uitstroompremie;;Budget gebruikt (euro);1500,50");
    expect(lines).toContain("Lansingerland;2026-H2;Uitstroompremies;Uitstroompremie;;Toegekend zonder bedrag;1");
    expect(lines).toContain("Lansingerland;2026-H2;Hoe ging het?;;;Ik had hulp nodig;1");
    expect(lines).toHaveLength(1 + 4 * 7 + 7 + 2 + 1 + 1 + 3 + 3);
  });

  it("guards a municipality name that looks like a formula", () => {
    const rows = figuresCsvRows(figures, { municipality: "=cmd|' /C calc'!A0", period: "2026-H2" });
    expect(toCsv(rows).split("\r\n")[1]).toMatch(/^'=cmd\|' \/C calc'!A0;2026-H2;/);
  });

  it("names the file after the municipality and the half year", () => {
    expect(figuresCsvFileName("lansingerland", "2026-H2")).toBe("meedoen-cijfers-lansingerland-2026-H2.csv");
    expect(figuresCsvFileName('gooi"; x=1', "2026-H1")).toBe("meedoen-cijfers-gooix1-2026-H1.csv");
  });
});
