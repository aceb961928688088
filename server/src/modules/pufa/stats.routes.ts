import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { yearQuery } from './quiz/quiz.schema.js';
import { pufaStats } from './stats.service.js';
import { pufaStatsOut } from './stats.responses.js';

/** GET /pufa/stats?year=: the year's 普法 figures, computed from the records. */
export const statsRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/pufa/stats',
    {
      schema: {
        tags: ['普法·统计'],
        summary: '普法年度统计（知识竞赛参与人数、参与率等）',
        querystring: yearQuery,
        response: { 200: pufaStatsOut },
      },
    },
    async (req) => pufaStats(deps, contextOf(req), req.query),
  );
};
