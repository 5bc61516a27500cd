import type { Bilingual, CertificateBase, Sex } from './certificate-view.ts';

/**
 * Everything printed on Form 6 (the death certificate). There is no cause-of-death field here,
 * by construction: the cause (Forms 4/4A) lives in the register's restricted part and no
 * certificate carries it (RBD Act s.17(1) proviso; DESIGN: rules that shape the data).
 */
export interface Form6View extends CertificateBase {
  deceased: {
    name: Bilingual;
    sex: Sex;
    /** Completed years; absent when the register does not hold it. */
    ageYears?: number;
    /** `aadhaarMasked` looks like 'XXXXXXXX1234'. */
    aadhaarMasked?: string;
  };
  /** `date` is 'YYYY-MM-DD'. */
  death: { date: string; place: Bilingual };
  mother?: { name: Bilingual };
  /** The father or, for a married woman, the husband, as the register records. */
  fatherOrHusband?: { name: Bilingual };
  addressAtDeath: Bilingual;
  permanentAddress: Bilingual;
}
