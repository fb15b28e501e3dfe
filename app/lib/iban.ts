/**
 * IBAN checks (ISO 13616): the country's length and the mod-97 check digits (ISO 7064).
 * Residents type an IBAN with spaces, in lower case, or copy it from a banking app; all of that
 * is accepted, and stored in the normalised form.
 */

// Lengths per country from the SWIFT IBAN registry. An IBAN from a country not listed here is
// refused: without its length a typo that happens to pass mod-97 would get through, and premiums
// are paid by SEPA transfer. Covers SEPA plus the countries of the portal's languages (TR, UA).
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24,
  FI: 18, FR: 27, GB: 22, GI: 23, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21,
  LT: 20, LU: 20, LV: 21, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24,
  SI: 19, SK: 24, SM: 27, TR: 26, UA: 29, VA: 22,
};

/** Removes whitespace and upper-cases: "nl91 abna 0417 1643 00" → "NL91ABNA0417164300". */
export function normalizeIban(value: string): string {
  return value.replace(/\s+/g, "").toUpperCase();
}

export function isValidIban(value: string): boolean {
  const iban = normalizeIban(value);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  if (IBAN_LENGTHS[iban.slice(0, 2)] !== iban.length) return false;
  // Computed check digits are always 02–98; 00, 01 and 99 can only pass mod-97 by accident.
  const checkDigits = iban.slice(2, 4);
  if (checkDigits === "00" || checkDigits === "01" || checkDigits === "99") return false;
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

/** Groups of four for display and for reading aloud: "NL91 ABNA 0417 1643 00". */
export function formatIban(value: string): string {
  return normalizeIban(value).replace(/(.{4})(?=.)/g, "$1 ");
}

// Letters count as two digits (A = 10 … Z = 35). The remainder is taken digit by digit, so the
// 30-digit numbers never leave the safe integer range.
function mod97(rearranged: string): number {
  let remainder = 0;
  for (const char of rearranged) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}
