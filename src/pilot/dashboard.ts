// Types only, with no imports: the portal's dashboard reads its answers through these same types.

/** A checked range of India dates, both ends included. */
export interface DashboardRange {
  from: string;
  to: string;
  bucket: 'day' | 'week';
}

/** How far the certificates of a set of registered records got on WhatsApp, one count per record. */
export interface DeliveryFunnel {
  /** Records with a certificate message queued for the informant. */
  queued: number;
  /** ... that WhatsApp reported sent (or further). */
  sent: number;
  delivered: number;
  read: number;
  /** Records whose certificate message failed and none reached the phone. */
  failed: number;
}

/** One registration unit's line of the dashboard. */
export interface DashboardUnit {
  code: string;
  name: { te: string; en: string };
  registrations: number;
  funnel: DeliveryFunnel;
  /** delivered / queued, 0 to 1; null when nothing was queued. */
  deliveredShare: number | null;
  medianSecondsToDelivery: number | null;
  /** Problems citizens reported over WhatsApp in the range. */
  fieldIssues: number;
  /** Items open in the unit's registrar queue now, whatever their date. */
  openQueueItems: number;
}

/** Registrations of one unit in one day or week (the Monday that starts it). */
export interface RegistrationCount {
  unitCode: string;
  period: string;
  count: number;
}

/** Certificate messages that failed for good, by the Cloud API's error code. */
export interface FailureReason {
  code: number | null;
  title: string;
  count: number;
}

/** Time from registration to the first delivered certificate message. */
export interface DeliveryTimes {
  count: number;
  p50Seconds: number | null;
  p90Seconds: number | null;
  /** How many took at most `upToSeconds` (and more than the previous band); null: longer. */
  bands: { upToSeconds: number | null; count: number }[];
}

/** The pilot dashboard: operations figures straight from the register, for one range. */
export interface Dashboard {
  range: DashboardRange;
  units: DashboardUnit[];
  registrations: RegistrationCount[];
  funnel: DeliveryFunnel;
  failures: FailureReason[];
  timeToDelivery: DeliveryTimes;
}
