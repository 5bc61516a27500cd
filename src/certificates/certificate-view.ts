/** A value printed in English and, when `te` is given, also in Telugu. */
export interface Bilingual {
  en: string;
  te?: string;
}

/** The sex of a person as recorded in the register. */
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

/** What every certificate prints besides its own entries: who issues it, when, and its QR. */
export interface CertificateBase {
  /** The number the certificate is filed under, e.g. 'B-2026:28-90001-000001'. */
  registrationNumber: string;
  /** 'YYYY-MM-DD'. */
  registrationDate: string;
  /** The moment of issue: its India date is printed, and it is the PDF's dates and signing time. */
  issuedAt: Date;
  unit: UnitView;
  /** Late registration, corrections and the like; each printed under Remarks. */
  remarks: Bilingual[];
  /** The address the QR code encodes, e.g. 'http://localhost:3000/verify/v1~B~...'. */
  verifyUrl: string;
  /** The signed compact payload (the last path part of verifyUrl), also stored in the PDF. */
  payload: string;
}
