import { z } from 'zod';
import type { RoutesPlugin } from '../../core/http/types.js';
import { decisionRoutes } from './decision/decision.routes.js';
import { fcrRoutes } from './fcr/fcr.routes.js';
import { itemRoutes } from './items/item.routes.js';
import { ledgerRoutes } from './ledger/ledger.routes.js';
import { reviewMeta } from './review.meta.js';
import { settingsRoutes } from './settings/settings.routes.js';
import { workRoutes } from './work/work.routes.js';

/** 合法性审查: every route of the module. */
export const reviewRoutes: RoutesPlugin = async (api, deps) => {
  api.get(
    '/review/meta',
    {
      schema: {
        tags: ['合法性审查'],
        summary: '事项类型、状态、审查结论、材料清单等选项及中文名称',
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async () => reviewMeta(),
  );
  for (const routes of [
    itemRoutes,
    workRoutes,
    decisionRoutes,
    ledgerRoutes,
    fcrRoutes,
    settingsRoutes,
  ])
    await routes(api, deps);
};
