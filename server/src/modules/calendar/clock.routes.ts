import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { clockView, extendBody, idParams } from './calendar.schema.js';
import { extendClockByRequest } from './clock-extend.js';
import { getClockView } from './clock-view.js';

const tags = ['法定期限'];

export const clockRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/clocks/:id',
    {
      schema: {
        tags,
        summary: '期限详情：截止日、状态及逐日计算说明',
        params: idParams,
        response: { 200: clockView },
      },
    },
    async (req) => getClockView(deps, contextOf(req), req.params.id),
  );

  api.post(
    '/clocks/:id/extend',
    {
      schema: {
        tags,
        summary: '批准延长期限（不可撤销，须注明理由和依据）',
        params: idParams,
        body: extendBody,
        response: { 200: clockView },
      },
    },
    async (req) => extendClockByRequest(deps, contextOf(req), req.params.id, req.body),
  );
};
