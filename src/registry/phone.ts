/**
 * Normalises an Indian mobile number to the Cloud API's wa_id form: country code and number,
 * digits only (919876543210). Accepts '+91 98765-43210', '0091 98765 43210',
 * '+91 (0) 98765 43210', '09876543210' and '9876543210'. Returns undefined for anything else,
 * including a number with another country code: '+65 9123 4567' must be refused, never read
 * as the Indian number 91 9123 4567 of somebody else.
 */
export function toWaId(input: string): string | undefined {
  const compact = input.replace(/[\s\-().]/g, '');
  const international = compact.match(/^(?:\+|00)(\d+)$/);
  if (international) {
    const digits = international[1] ?? '';

    return digits.startsWith('91') ? indianMobile(digits.slice(2).replace(/^0/, '')) : undefined;
  }
  if (!/^\d+$/.test(compact)) return undefined;

  const national = compact.length === 12 && compact.startsWith('91') ? compact.slice(2) : compact.replace(/^0/, '');

  return indianMobile(national);
}

function indianMobile(national: string): string | undefined {
  return /^[6-9]\d{9}$/.test(national) ? `91${national}` : undefined;
}

/** Shows a number with all but its last four digits hidden, for screens and history. */
export function maskWaId(waId: string): string {
  return `${'x'.repeat(Math.max(0, waId.length - 4))}${waId.slice(-4)}`;
}
