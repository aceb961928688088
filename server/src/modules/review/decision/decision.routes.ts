import type { RoutesPlugin } from '../../../core/http/types.js';
import { stepRoutes } from '../../../core/workflow/index.js';
import { getItem } from '../items/item.detail.js';
import { itemDetail } from '../items/item.response.js';
import { idParams } from '../items/item.schema.js';
import { decideBody, feedbackBody, filingBody } from './decision.schema.js';
import { decideItem, fileItem, giveFeedback } from './decision.service.js';

const tags = ['合法性审查'];

/** After the opinion: 采纳情况反馈, the decision (refused without a passing review), 备案. */
export const decisionRoutes: RoutesPlugin = (api, deps) => {
  const step = stepRoutes(api, {
    base: '/review/items/:id',
    tags,
    params: idParams,
    response: itemDetail,
    detail: (ctx, id) => getItem(deps, ctx, id),
  });
  step('feedback', '反馈审查意见采纳情况（送审单位）', feedbackBody, (ctx, id, b) =>
    giveFeedback(deps, ctx, id, b),
  );
  step(
    'decide',
    '作出决定、签订或印发；村规民约为村民会议表决通过（未经合法性审查或审查不合法的，返回 422）',
    decideBody,
    (ctx, id, b) => decideItem(deps, ctx, id, b),
  );
  step('filing', '报送备案（附最终签署或印发文本）', filingBody, (ctx, id, b) =>
    fileItem(deps, ctx, id, b),
  );
};
