import type { DayUnit } from '@fazhi/shared';

/** A statutory period of legal aid: how long, counted how, and its article. */
export interface AidPeriod {
  limitDays: number;
  unit: DayUnit;
  basis: string;
  purpose: string;
  /** What 我的待办 calls the period. */
  label: string;
}
