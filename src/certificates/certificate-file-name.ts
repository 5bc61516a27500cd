/** A file name a phone shows well for a birth certificate: no colon, which some systems refuse. */
export function certificateFileName(registrationNumber: string): string {
  return `Birth_Certificate_${registrationNumber.replace(/[^A-Za-z0-9-]/g, '_')}.pdf`;
}
