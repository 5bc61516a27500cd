/**
 * Normalises an Indian mobile number to the Cloud API's wa_id form: country code and number,
 * digits only (919876543210). Accepts '+91 98765-43210', '09876543210' and '9876543210'.
 * Returns undefined for anything that is not an Indian mobile number (first digit 6-9).
 */
export function toWaId(input: string): string | undefined {
  const digits = input.replace(/[\s\-().]/g, '').replace(/^\+/, '');
  if (!/^\d+$/.test(digits)) return undefined;

  const national = digits.length === 12 && digits.startsWith('91')
    ? digits.slice(2)
    : digits.length === 11 && digits.startsWith('0')
      ? digits.slice(1)
      : digits;

  return /^[6-9]\d{9}$/.test(national) ? `91${national}` : undefined;
}

/** Shows a number with all but its last four digits hidden, for screens and history. */
export function maskWaId(waId: string): string {
  return `${'x'.repeat(Math.max(0, waId.length - 4))}${waId.slice(-4)}`;
}
