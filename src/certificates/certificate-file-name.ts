const KINDS: Record<string, string> = {
  B: 'Birth_Certificate',
  D: 'Death_Certificate',
  S: 'Still_Birth_Extract',
};

/**
 * A file name a phone shows well for a certificate, named by the kind its registration number
 * starts with (B, D, S; a legacy number is a birth certificate): no colon, which some systems
 * refuse.
 */
export function certificateFileName(registrationNumber: string): string {
  const kind = KINDS[registrationNumber.charAt(0)] ?? 'Birth_Certificate';

  return `${kind}_${registrationNumber.replace(/[^A-Za-z0-9-]/g, '_')}.pdf`;
}
