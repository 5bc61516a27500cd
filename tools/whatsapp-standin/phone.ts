/**
 * Normalises a send's `to` into a wa_id the way the Cloud API does (contract §2.7): drops
 * '+', spaces, dashes, dots and brackets and a national leading 0, and gives a bare 10-digit
 * Indian mobile number (first digit 6-9) the business number's country code, 91.
 * Returns undefined for anything that cannot be a phone number.
 */
export function toWaId(input: string): string | undefined {
  const digits = input
    .trim()
    .replace(/[\s\-().]/g, '')
    .replace(/^\+/, '');
  if (!/^\d+$/.test(digits)) return undefined;

  const national = /^0[6-9]\d{9}$/.test(digits) ? digits.slice(1) : digits;
  const waId = /^[6-9]\d{9}$/.test(national) ? `91${national}` : national;

  return /^[1-9]\d{7,14}$/.test(waId) ? waId : undefined;
}
