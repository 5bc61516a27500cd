/** A record waiting for the registrar (`GET /api/v1/pending-records`). */
export interface PendingRecord {
  id: string;
  eventType: 'birth' | 'still_birth' | 'death';
  unitCode: string;
  status: 'notified' | 'declared';
  source: string;
  eventDate: string;
  reportedAt: string;
  name: { en?: string; te?: string } | null;
}

/** A possible duplicate (`GET /api/v1/duplicates`). */
export interface DuplicatePair {
  recordId: string;
  otherRecordId: string;
  reasons: string[];
  status: string;
}

/** An item of the unit's queue (`GET /api/v1/queue`). */
export interface QueueItem {
  id: string;
  reference: string;
  kind: 'field-issue' | 'correction-request' | 'informant-not-reachable';
  createdAt: string;
  recordId: string | null;
  registrationNumber: string | null;
  contact: string | null;
  description: string | null;
  details: { code?: number | null; reason?: string };
  evidence: { id: string }[];
}

export const TABS = [
  'notified',
  'declared',
  'duplicates',
  'delivery-failures',
  'field-issues',
  'corrections',
] as const;
export type Tab = (typeof TABS)[number];

export const QUEUE_KIND_OF_TAB: Partial<Record<Tab, QueueItem['kind']>> = {
  'delivery-failures': 'informant-not-reachable',
  'field-issues': 'field-issue',
  corrections: 'correction-request',
};
