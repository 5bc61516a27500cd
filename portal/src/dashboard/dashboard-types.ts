/** GET /api/v1/dashboard, as src/pilot/dashboard.ts answers it. */
export interface DeliveryFunnel {
  queued: number;
  sent: number;
  delivered: number;
  read: number;
  failed: number;
}

export interface DashboardUnit {
  code: string;
  name: { te: string; en: string };
  registrations: number;
  funnel: DeliveryFunnel;
  deliveredShare: number | null;
  medianSecondsToDelivery: number | null;
  fieldIssues: number;
  openQueueItems: number;
}

export interface Dashboard {
  range: DashboardRange;
  units: DashboardUnit[];
  registrations: { unitCode: string; period: string; count: number }[];
  funnel: DeliveryFunnel;
  failures: { code: number | null; title: string; count: number }[];
  timeToDelivery: {
    count: number;
    p50Seconds: number | null;
    p90Seconds: number | null;
    bands: { upToSeconds: number | null; count: number }[];
  };
}

export interface DashboardRange {
  from: string;
  to: string;
  bucket: 'day' | 'week';
}

/** GET /api/v1/statistics (src/lake/vital-statistics.ts): the parts the dashboard charts. */
export interface VitalStatistics {
  lake: { latestRun: string | null; latestRunAt: string | null };
  registrationsByUnitMonth: {
    unitCode: string;
    month: string;
    eventType: string;
    registrations: number;
  }[];
  registeredWithin21Days: {
    eventType: string;
    registered: number;
    within21Days: number;
    percent: number | null;
  }[];
  delayedByTier: { eventType: string; tier: string; registrations: number }[];
  sexRatioAtBirth: { males: number; females: number; femalesPer1000Males: number | null };
  institutionalBirths: { births: number; institutional: number; percent: number | null };
  infantDeaths: { infantDeaths: number; liveBirths: number; per1000LiveBirths: number | null };
  stillBirths: { registered: number };
}
