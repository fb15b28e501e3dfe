import { describe, expect, it } from "vitest";
import { formatAmount, parseDutchAmount } from "./amount";

describe("amounts typed the Dutch way", () => {
  it.each([
    ["1.234,56", 123456],
    ["1234,56", 123456],
    ["€ 1.234,56", 123456],
    ["€1.234,5", 123450],
    ["12,-", 1200],
    ["650", 65000],
    ["650,00 euro", 65000],
    ["1.234", 123400],
    ["12.345.678", 1234567800],
    ["1 234,56", 123456],
    ["0,99", 99],
  ])("reads %s as %i cents", (typed, cents) => {
    expect(parseDutchAmount(typed)).toBe(cents);
  });

  it("also reads a decimal point from an English keyboard when it cannot mean thousands", () => {
    expect(parseDutchAmount("1234.56")).toBe(123456);
    expect(parseDutchAmount("12.5")).toBe(1250);
    expect(parseDutchAmount("1,234.56")).toBe(123456);
  });

  it.each(["", "abc", "1,234", "1.23.4", "12,345,6", "-50", "1.2345", "12,,5", "€", "1.234,567", "5 euro 50"])("refuses %j rather than guess", (typed) => {
    expect(parseDutchAmount(typed)).toBeNull();
  });

  it("formats cents back as Dutch money", () => {
    expect(formatAmount(123456).replace(/\s/g, " ")).toBe("€ 1.234,56");
  });
});
