import type { Bilingual, CertificateBase, Sex } from './certificate-view.ts';

/** Everything printed on Form 5 (the birth certificate), already looked up and formatted. */
export interface Form5View extends CertificateBase {
  /** `name` is absent when the birth was registered without a name. */
  child: { name?: Bilingual; sex: Sex };
  /** `date` is 'YYYY-MM-DD'; `time` is 'HH:MM' on the 24-hour clock. */
  birth: { date: string; time?: string; place: Bilingual };
  /** `aadhaarMasked` looks like 'XXXXXXXX1234'. */
  mother: { name: Bilingual; aadhaarMasked?: string };
  father?: { name: Bilingual; aadhaarMasked?: string };
  addressAtBirth: Bilingual;
  permanentAddress: Bilingual;
}
