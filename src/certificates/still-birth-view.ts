import type { Bilingual, CertificateBase, Sex } from './certificate-view.ts';

/** Everything printed on the extract of a still-birth entry (the Form 3 register). */
export interface StillBirthView extends CertificateBase {
  /** The sex of the still-born child, when recorded. */
  sex?: Sex;
  /** `date` is 'YYYY-MM-DD'. */
  stillBirth: { date: string; place: Bilingual };
  mother: { name: Bilingual };
  father?: { name: Bilingual };
  addressOfParents: Bilingual;
  permanentAddress: Bilingual;
}
