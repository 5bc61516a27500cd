// The dashboard reads the API's answers through the server's own types (types only: nothing of
// the server reaches the bundle), so a change on one side is a type error on the other.
export type {
  Dashboard,
  DashboardRange,
  DashboardUnit,
  DeliveryFunnel,
} from '../../../src/pilot/dashboard.ts';
export type { VitalStatistics } from '../../../src/lake/vital-statistics.ts';
