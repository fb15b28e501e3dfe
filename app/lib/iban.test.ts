import { describe, expect, it } from "vitest";
import { formatIban, isValidIban, normalizeIban } from "./iban";

// The example IBANs published in the SWIFT IBAN registry, one per country.
const registryExamples = [
  "NL91 ABNA 0417 1643 00",
  "BE68 5390 0754 7034",
  "DE89 3704 0044 0532 0130 00",
  "FR14 2004 1010 0505 0001 3M02 606",
  "LU28 0019 4006 4475 0000",
  "ES91 2100 0418 4502 0005 1332",
  "IT60 X054 2811 1010 0000 0123 456",
  "PL61 1090 1014 0000 0712 1981 2874",
  "TR33 0006 1005 1978 6457 8413 26",
  "UA21 3223 1300 0002 6007 2335 6600 1",
  "GB29 NWBK 6016 1331 9268 19",
];

describe("isValidIban", () => {
  it.each(registryExamples)("accepts %s", (iban) => {
    expect(isValidIban(iban)).toBe(true);
  });

  it("accepts lower case, no spaces and odd spacing", () => {
    expect(isValidIban("nl91abna0417164300")).toBe(true);
    expect(isValidIban("  NL91ABNA 04171643 00 ")).toBe(true);
  });

  it("refuses a changed digit and swapped digits", () => {
    expect(isValidIban("NL91 ABNA 0417 1643 01")).toBe(false);
    expect(isValidIban("NL91 ABNA 0417 1634 00")).toBe(false);
    expect(isValidIban("NL19 ABNA 0417 1643 00")).toBe(false);
  });

  it("refuses a wrong length for the country, even when mod-97 would pass", () => {
    expect(isValidIban("NL91 ABNA 0417 1643 0")).toBe(false);
    // 16 characters with correct check digits: only the Dutch length of 18 catches it.
    expect(isValidIban("NL45 ABNA 0417 1643")).toBe(false);
  });

  it("refuses countries it has no length for, and malformed input", () => {
    expect(isValidIban("XX91 ABNA 0417 1643 00")).toBe(false);
    expect(isValidIban("")).toBe(false);
    expect(isValidIban("91NL ABNA 0417 1643 00")).toBe(false);
    expect(isValidIban("NL91-ABNA-0417-1643-00")).toBe(false);
  });

  it("refuses the check digits 00, 01 and 99 even when mod-97 passes", () => {
    // NL97ABNA0000000075 is valid; "00" is congruent to 97 modulo 97, so mod-97 alone would pass it.
    expect(isValidIban("NL97ABNA0000000075")).toBe(true);
    expect(isValidIban("NL00ABNA0000000075")).toBe(false);
  });
});

describe("normalizeIban and formatIban", () => {
  it("removes whitespace and upper-cases", () => {
    expect(normalizeIban(" nl91 abna\t0417 1643 00 ")).toBe("NL91ABNA0417164300");
  });

  it("groups by four, with a shorter last group", () => {
    expect(formatIban("nl91abna0417164300")).toBe("NL91 ABNA 0417 1643 00");
    expect(formatIban("BE68539007547034")).toBe("BE68 5390 0754 7034");
    expect(formatIban("UA213223130000026007233566001")).toBe("UA21 3223 1300 0002 6007 2335 6600 1");
  });
});
