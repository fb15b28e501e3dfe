/**
 * The "elfproef" (11-test) for a burgerservicenummer: 9 digits, weights 9..2 and -1,
 * weighted sum divisible by 11. Used to validate input and to scrub BSNs from logs.
 */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  sum -= Number(value[8]);
  return sum % 11 === 0 && value !== "000000000";
}

/** Replaces anything that looks like a valid BSN with a marker, so text can be logged safely. */
export function redactBsns(text: string): string {
  return text.replace(/(?<!\d)\d{9}(?!\d)/g, (match) => (isValidBsn(match) ? "[BSN]" : match));
}
