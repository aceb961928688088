import { contextOf } from '../../../core/http/context.js';
import type { RoutesPlugin } from '../../../core/http/types.js';
import { getItem } from '../items/item.detail.js';
import { itemDetail } from '../items/item.response.js';
import { idParams } from '../items/item.schema.js';
import { decideBody, feedbackBody, filingBody } from './decision.schema.js';
import { decideItem, fileItem, giveFeedback } from './decision.service.js';

const tags = ['合法性审查'];
const detail = { 200: itemDetail };

/** After the opinion: 采纳情况反馈, the decision (refused without a passing review), 备案. */
export const decisionRoutes: RoutesPlugin = (api, deps) => {
  api.post(
    '/review/items/:id/feedback',
    {
      schema: {
        tags,
        summary: '反馈审查意见采纳情况（送审单位）',
        params: idParams,
        body: feedbackBody,
        response: detail,
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await giveFeedback(deps, ctx, req.params.id, req.body);
      return getItem(deps, ctx, req.params.id);
    },
  );

  api.post(
    '/review/items/:id/decide',
    {
      schema: {
        tags,
        summary:
          '作出决定、签订或印发；村规民约为村民会议表决通过（未经合法性审查或审查不合法的，返回 422）',
        params: idParams,
        body: decideBody,
        response: detail,
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await decideItem(deps, ctx, req.params.id, req.body);
      return getItem(deps, ctx, req.params.id);
    },
  );

  api.post(
    '/review/items/:id/filing',
    {
      schema: {
        tags,
        summary: '报送备案（附最终签署或印发文本）',
        params: idParams,
        body: filingBody,
        response: detail,
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await fileItem(deps, ctx, req.params.id, req.body);
      return getItem(deps, ctx, req.params.id);
    },
  );
};
