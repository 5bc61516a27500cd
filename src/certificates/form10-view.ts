import type { Bilingual, CertificateBase, Sex } from './certificate-view.ts';

/**
 * Everything printed on Form 10, the certificate that the registers searched hold no entry of
 * an event. `registrationNumber` and `registrationDate` of the base are this certificate's own
 * number and the date the search was made.
 */
export interface Form10View extends CertificateBase {
  event: 'birth' | 'death';
  person: { name: Bilingual; sex?: Sex };
  mother?: { name: Bilingual };
  father?: { name: Bilingual };
  /** As the applicant stated them: `date` is 'YYYY-MM-DD'. */
  statedEvent: { date: string; place: Bilingual };
  /** The calendar years whose registers were searched, e.g. { from: 1994, to: 1996 }. */
  yearsSearched: { from: number; to: number };
  applicant: { name: Bilingual; appliedOn: string };
}
