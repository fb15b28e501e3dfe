import { describe, expect, it } from "vitest";
import { isValidBsn, redactBsns } from "./bsn";

describe("isValidBsn", () => {
  it("accepts numbers that pass the 11-test", () => {
    expect(isValidBsn("999990019")).toBe(true);
    expect(isValidBsn("111222333")).toBe(true);
  });
  it("refuses wrong checksums, lengths and non-digits", () => {
    expect(isValidBsn("999990018")).toBe(false);
    expect(isValidBsn("12345678")).toBe(false);
    expect(isValidBsn("1234567890")).toBe(false);
    expect(isValidBsn("99999001a")).toBe(false);
    expect(isValidBsn("000000000")).toBe(false);
  });
});

describe("redactBsns", () => {
  it("replaces valid BSNs anywhere in a text, and leaves other numbers", () => {
    expect(redactBsns("/zoek?bsn=999990019&x=1")).toBe("/zoek?bsn=[BSN]&x=1");
    expect(redactBsns("order 999990018 and 1234567890")).toBe("order 999990018 and 1234567890");
  });
});
