import { api, type Query } from './client';
import type { Reply } from './types';

/** 驾驶舱: one town's figures and open work, and the county's towns side by side. */

export type Cockpit = Reply<'/api/v1/cockpit'>;
export type CockpitIndicator = Cockpit['indicators'][number];
export type OpenItems = Cockpit['modules'][number];
export type Light = OpenItems['light'];
type CockpitTowns = Reply<'/api/v1/cockpit/towns'>;
export type CockpitTown = CockpitTowns['towns'][number];

export const cockpitApi = {
  town: (year: number, orgId?: string) =>
    api.get<Cockpit>('/cockpit', { year, ...(orgId ? { orgId } : {}) } as Query),
  towns: (year: number, indicator?: string) =>
    api.get<CockpitTowns>('/cockpit/towns', { year, ...(indicator ? { indicator } : {}) } as Query),
};
