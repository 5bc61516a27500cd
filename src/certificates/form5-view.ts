/** A value printed in English and, when `te` is given, also in Telugu. */
export interface Bilingual {
  en: string;
  te?: string;
}

/** The sex of the child as recorded in the register. */
export type Sex = 'male' | 'female' | 'transgender';

/** The registration unit (municipality or gram panchayat) that holds the register. */
export interface UnitView {
  nameEn: string;
  nameTe: string;
  mandalEn: string;
  mandalTe: string;
  districtEn: string;
  districtTe: string;
  /** The English office name, e.g. 'Municipal Commissioner' or 'Panchayat Secretary'. */
  registrarOffice: string;
}

/** Everything printed on Form 5 (the birth certificate), already looked up and formatted. */
export interface Form5View {
  /** E.g. 'B-2026:28-90001-000001'. */
  registrationNumber: string;
  /** 'YYYY-MM-DD'. */
  registrationDate: string;
  /** The moment of issue: its India date is printed, and it is the PDF's CreationDate/ModDate. */
  issuedAt: Date;
  /** `name` is absent when the birth was registered without a name. */
  child: { name?: Bilingual; sex: Sex };
  /** `date` is 'YYYY-MM-DD'; `time` is 'HH:MM' on the 24-hour clock. */
  birth: { date: string; time?: string; place: Bilingual };
  /** `aadhaarMasked` looks like 'XXXXXXXX1234'. */
  mother: { name: Bilingual; aadhaarMasked?: string };
  father?: { name: Bilingual; aadhaarMasked?: string };
  addressAtBirth: Bilingual;
  permanentAddress: Bilingual;
  unit: UnitView;
  remarks: Bilingual[];
  /** The address the QR code encodes, e.g. 'http://localhost:3000/verify/v1~B~...'. */
  verifyUrl: string;
  /** The signed compact payload (the last path part of verifyUrl), also stored in the PDF. */
  payload: string;
}
