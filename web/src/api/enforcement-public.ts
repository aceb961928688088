import { api } from './client';
import type { Reply } from './types';

/** 行政执法公示 on the portal: the entrustments the town acts under and its published decisions. */

type PublicDecisions = Reply<'/api/v1/public/enforcement/decisions'>;

/** A citizen is named by surname only; penalty and fine are null once the publication was withdrawn. */
export type PublicDecision = PublicDecisions['items'][number];

const P = '/public/enforcement';

export const enforcementPublicApi = {
  decisions: (page: number, pageSize = 20) =>
    api.get<PublicDecisions>(`${P}/decisions`, { page, pageSize }),
  entrustments: () =>
    api.get<Reply<'/api/v1/public/enforcement/entrustments'>>(`${P}/entrustments`),
};
