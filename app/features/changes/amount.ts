/**
 * Amounts as residents type them. Dutch writes "1.234,56": a dot between thousands and a
 * comma before the cents. Many phones and English keyboards give "1234.56", so a dot with one
 * or two digits after it is read as a decimal point. Anything that could mean two different
 * amounts ("1,234": one euro or twelve hundred?) is refused rather than guessed.
 * Returns whole cents, or null when the text is not an amount.
 */
export const MAX_AMOUNT_CENTS = 100_000_000_00; // a hundred million euro: beyond that it is a typo

export function parseDutchAmount(input: string): number | null {
  let text = input
    .normalize("NFKC")
    .trim()
    .replace(/^(€|eur|euro)\s*/i, "")
    .replace(/\s*(€|eur|euro)$/i, "")
    // "1 234,56" (a space or a non-breaking space between thousands)
    .replace(/(\d)[\s\u00a0\u202f](?=\d{3}(\D|$))/g, "$1")
    .trim();
  // "12,-" and "12,--" are how Dutch writes whole euros.
  text = text.replace(/,-{1,2}$/, "");
  if (!/^\d[\d.,]*$/.test(text)) return null;

  const lastComma = text.lastIndexOf(",");
  const lastDot = text.lastIndexOf(".");
  let whole: string;
  let cents = "";
  if (lastComma >= 0 && lastDot >= 0) {
    // Both present: the one that comes last separates the cents.
    const decimal = lastComma > lastDot ? "," : ".";
    const thousands = decimal === "," ? "." : ",";
    const [intPart, fraction, ...rest] = text.split(decimal);
    if (rest.length || fraction === undefined || !/^\d{1,2}$/.test(fraction)) return null;
    if (!validGroups(intPart!, thousands)) return null;
    whole = intPart!.split(thousands).join("");
    cents = fraction;
  } else if (lastComma >= 0) {
    const parts = text.split(",");
    if (parts.length === 2 && /^\d{1,2}$/.test(parts[1]!)) {
      whole = parts[0]!;
      cents = parts[1]!;
    } else {
      return null;
    }
  } else if (lastDot >= 0) {
    const parts = text.split(".");
    if (parts.length === 2 && /^\d{1,2}$/.test(parts[1]!)) {
      whole = parts[0]!;
      cents = parts[1]!;
    } else if (validGroups(text, ".")) {
      whole = parts.join("");
    } else {
      return null;
    }
  } else {
    whole = text;
  }
  if (!/^\d+$/.test(whole)) return null;
  const value = Number(whole) * 100 + Number(cents.padEnd(2, "0") || "0");
  if (!Number.isSafeInteger(value)) return null;
  return value;
}

// "1.234.567": a first group of 1–3 digits, then groups of exactly three.
function validGroups(text: string, separator: string): boolean {
  const groups = text.split(separator);
  if (groups.length === 1) return /^\d+$/.test(text);
  return /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/** Cents as Dutch money text for the summaries: 123456 → "€ 1.234,56". */
export function formatAmount(cents: number, lang = "nl"): string {
  return new Intl.NumberFormat(lang === "nl" ? "nl-NL" : lang, { style: "currency", currency: "EUR" }).format(cents / 100);
}
