import { api, type Query } from './client';

/** 驾驶舱: one town's figures and open work, and the county's towns side by side. */

export type Light = 'green' | 'yellow' | 'red';

export interface CockpitIndicator {
  key: string;
  figure?: string;
  name: string;
  unit: 'count' | 'yuan' | 'percent';
  module: string;
  source: 'computed' | 'entered';
  value: number | null;
  previous: number | null;
  change: number | null;
  light: Light | null;
  drillDown: { api: string; web: string } | null;
}

export interface OpenItems {
  subjectType: string;
  module: string;
  open: number;
  overdue: number;
  light: Light;
  web: string | null;
}

interface Trend {
  key: string;
  label: string;
  countedOn: string;
  api: string;
  web: string;
  counts: number[];
}

export interface Cockpit {
  year: number;
  townId: string;
  town: string;
  day: string;
  modules: OpenItems[];
  indicators: CockpitIndicator[];
  months: string[];
  trends: Trend[];
}

export interface CockpitTown {
  townId: string;
  name: string;
  statusLabel: string;
  value: number | null;
  rank: number | null;
  open: number;
  overdue: number;
  light: Light;
  submitted: boolean;
  reportedAt: string | null;
}

interface CockpitTowns {
  year: number;
  day: string;
  indicator: { key: string; figure?: string; name: string; unit: string; source: string };
  indicators: { key: string; figure?: string; name: string; unit: string; source: string }[];
  towns: CockpitTown[];
  notSubmitted: { townId: string; name: string; statusLabel: string }[];
}

export const cockpitApi = {
  town: (year: number, orgId?: string) =>
    api.get<Cockpit>('/cockpit', { year, ...(orgId ? { orgId } : {}) } as Query),
  towns: (year: number, indicator?: string) =>
    api.get<CockpitTowns>('/cockpit/towns', { year, ...(indicator ? { indicator } : {}) } as Query),
};
