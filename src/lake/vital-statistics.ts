/**
 * The figures `computeVitalStatistics` returns. Each says which definition it follows; the
 * definitions are copied with their sources into docs/vital-statistics.md. Counts are of
 * registered, not cancelled records (latest state per record) whose registration date falls
 * in the period, as the CRS annual report counts events registered during the year.
 */
export interface VitalStatistics {
  /**
   * The lake read: its newest finished export run and when that run began (ISO instant), or
   * null when nothing was exported yet. The figures are as fresh as `latestRunAt`.
   */
  lake: { latestRun: string | null; latestRunAt: string | null };
  scope: { district: string | null; year: number | null };
  registrationsByUnitMonth: {
    unitCode: string;
    month: string;
    eventType: string;
    registrations: number;
  }[];
  /** CRS: % of registered events registered within the prescribed 21 days (report date − event date ≤ 21). */
  registeredWithin21Days: {
    eventType: string;
    registered: number;
    within21Days: number;
    percent: number | null;
  }[];
  /** Delayed registrations by the tiers of s.13: 22-30 days, 31 days-1 year, over a year. */
  delayedByTier: { eventType: string; tier: string; registrations: number }[];
  /** CRS: registered female live births per 1,000 registered male live births. */
  sexRatioAtBirth: { males: number; females: number; femalesPer1000Males: number | null };
  /** CRS: registered institutional births ÷ registered births × 100. */
  institutionalBirths: { births: number; institutional: number; percent: number | null };
  /** CRS: registered deaths under one year of age, and per 1,000 registered live births. */
  infantDeaths: { infantDeaths: number; liveBirths: number; per1000LiveBirths: number | null };
  /** Registered still-births (foetal deaths at 28 weeks or more, AP RBD Rules 1999). */
  stillBirths: { registered: number };
  /** The pilot's own: registration → certificate delivered on WhatsApp, in minutes. */
  registrationToDelivery: {
    certificates: number;
    p50Minutes: number | null;
    p90Minutes: number | null;
  };
  /** The pilot's own: certificate messages per unit, delivered (or read) and failed. */
  deliverySuccessByUnit: {
    unitCode: string;
    messages: number;
    delivered: number;
    failed: number;
    percent: number | null;
  }[];
  /** The pilot's own: failed messages of every kind by Cloud API error code. */
  failuresByErrorCode: { errorCode: number | null; failures: number }[];
  /** Forms 11, 12 and 13: the monthly returns each registrar owes, per unit and month. */
  monthlyReturns: {
    form11: (UnitMonth & Form11Figures)[];
    form12: (UnitMonth & Form12Figures)[];
    form13: (UnitMonth & Form13Figures)[];
  };
}

export interface UnitMonth {
  unitCode: string;
  month: string;
}

export interface BySex {
  male: number;
  female: number;
  /** Transgender (births, deaths) or indeterminate (still-births). */
  other: number;
  total: number;
}

/** Form 11, live births registered in the month. */
export interface Form11Figures extends BySex {
  institutional: number;
  domiciliary: number;
  within21Days: number;
  delayed: number;
}

/** Form 12, deaths registered in the month. */
export interface Form12Figures extends BySex {
  infant: number;
  institutional: number;
  medicallyCertified: number;
}

/** Form 13, still-births registered in the month. */
export interface Form13Figures extends BySex {
  institutional: number;
}
