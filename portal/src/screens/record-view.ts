/** A record as `GET /api/v1/records/:id` answers it (src/registry/describe-record.ts). */
export interface RecordView {
  id: string;
  eventType: 'birth' | 'still_birth' | 'death';
  unitCode: string;
  status: string;
  registrationNumber: string | null;
  registrationDate: string | null;
  declaration: Declaration;
  remarks: string[];
  isCancelled: boolean;
  aadhaarMasked: Record<string, string>;
  certificates: CertificateView[];
  history: HistoryEntry[];
}

export interface CertificateView {
  id: string;
  form: string;
  issuedAt: string;
  status: string;
  deliveries: Delivery[];
}

export interface Delivery {
  id?: string;
  kind?: string;
  to: string;
  status: string;
  statusAt: string;
  errorCode: number | null;
  errorDetails: string | null;
}

export interface HistoryEntry {
  seq: number;
  action: string;
  actor?: string | null;
  actorRole: string;
  at: string;
  legalBasis: string;
}

export interface PersonName {
  en?: string;
  te?: string;
}

interface Person {
  name?: PersonName;
  sex?: string;
  age?: { years: number; months?: number; days?: number };
}

interface EventFacts {
  date?: string;
  time?: string;
  place?: { type: string; facilityId?: string; address?: PersonName };
}

/** The parts of a declaration the record screen shows; the rest stays on the server's side. */
export interface Declaration {
  child?: Person;
  deceased?: Person;
  mother?: Person;
  father?: Person;
  spouse?: Person;
  informant?: Person & { relation?: string };
  birth?: EventFacts;
  death?: EventFacts;
  permanentAddress?: PersonName & { pincode?: string };
}
