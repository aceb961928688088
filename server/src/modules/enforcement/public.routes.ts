import type { RoutesPlugin } from '../../core/http/types.js';
import { pageQuery } from '../../core/http/paging.js';
import { publicEntrustments } from './authority.service.js';
import { publicDecisions } from './public-decisions.service.js';
import { publicDecisionsOut, publicEntrustmentsOut } from './public.responses.js';

const tags = ['行政执法'];

/** 行政执法 on the public portal, anonymous: the entrusted matters and the published decisions. */
export const enforcementPublicRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/public/enforcement/entrustments',
    {
      schema: {
        tags,
        summary: '公开的委托执法事项（行政处罚法第二十条）',
        response: { 200: publicEntrustmentsOut },
      },
    },
    async () => publicEntrustments(deps),
  );
  api.get(
    '/public/enforcement/decisions',
    {
      schema: {
        tags,
        summary: '公开的行政处罚决定（行政处罚法第四十八条）',
        querystring: pageQuery,
        response: { 200: publicDecisionsOut },
      },
    },
    async (req) => publicDecisions(deps, req.query),
  );
};
