import { sendStoredFile } from '../../../core/http/download.js';
import { contextOf } from '../../../core/http/context.js';
import type { RoutesPlugin } from '../../../core/http/types.js';
import { stepRoutes } from '../../../core/workflow/index.js';
import { getItem } from '../items/item.detail.js';
import { itemDetail } from '../items/item.response.js';
import { idParams, reviseBody } from '../items/item.schema.js';
import { issueOpinion, opinionDocument } from './opinion.service.js';
import {
  addAdviserOpinion,
  answerCoReview,
  requestCoReview,
  requestSupplement,
  startReview,
} from './review-steps.service.js';
import { addFinding, decideHit, removeFinding, saveDraftOpinion } from './workspace.service.js';
import {
  adviserBody,
  answerBody,
  coReviewBody,
  decideHitBody,
  draftOpinionBody,
  findingBody,
  findingParams,
  hitParams,
  issueOpinionBody,
  opinionParams,
  supplementBody,
} from './work.schema.js';
import { reviseItem } from './revise.service.js';

const tags = ['合法性审查'];
const detail = { 200: itemDetail };

/** The review itself: the reviewer's workspace, the adviser, county co-review and the opinion letter. */
export const workRoutes: RoutesPlugin = (api, deps) => {
  const step = stepRoutes(api, {
    base: '/review/items/:id',
    tags,
    params: idParams,
    response: itemDetail,
    detail: (ctx, id) => getItem(deps, ctx, id),
  });

  step('start-review', '开始审查（法审员）', null, (ctx, id) => startReview(deps, ctx, id));
  step('request-supplement', '退回补充材料（审查期限暂停）', supplementBody, (ctx, id, b) =>
    requestSupplement(deps, ctx, id, b.reason),
  );
  step(
    'hits/:hitId',
    '处理智能预审提示：采纳（转为审查意见条目）或不采纳',
    decideHitBody,
    (ctx, id, b, p) => decideHit(deps, ctx, id, p.hitId, b),
    hitParams,
  );
  step('findings', '添加审查意见条目（条款→问题→依据→修改建议）', findingBody, (ctx, id, b) =>
    addFinding(deps, ctx, id, b),
  );
  step('draft-opinion', '保存审查意见草稿', draftOpinionBody, (ctx, id, b) =>
    saveDraftOpinion(deps, ctx, id, b),
  );
  step('adviser-opinions', '出具书面法律意见（法律顾问）', adviserBody, (ctx, id, b) =>
    addAdviserOpinion(deps, ctx, id, b),
  );
  step('co-review', '提请县级合法性审查中心协审', coReviewBody, (ctx, id, b) =>
    requestCoReview(deps, ctx, id, b.reason),
  );
  step('co-review/answer', '回复协审意见（县级合法性审查中心）', answerBody, (ctx, id, b) =>
    answerCoReview(deps, ctx, id, b.response),
  );
  step('opinion', '出具合法性审查意见书（取文号、生成公文）', issueOpinionBody, (ctx, id, b) =>
    issueOpinion(deps, ctx, id, b),
  );
  step('revise', '按审查意见修改后重新报审（新版本，重新预审和计时）', reviseBody, (ctx, id, b) =>
    reviseItem(deps, ctx, id, b),
  );

  api.delete(
    '/review/items/:id/findings/:findingId',
    { schema: { tags, summary: '删除审查意见条目', params: findingParams, response: detail } },
    async (req) => {
      const ctx = contextOf(req);
      await removeFinding(deps, ctx, req.params.id, req.params.findingId);
      return getItem(deps, ctx, req.params.id);
    },
  );

  api.get(
    '/review/items/:id/opinions/:opinionId/document',
    { schema: { tags, summary: '下载合法性审查意见书（DOCX，GB/T 9704）', params: opinionParams } },
    async (req, reply) => {
      const file = await opinionDocument(deps, contextOf(req), req.params.id, req.params.opinionId);
      return sendStoredFile(reply, deps.config.dataDir, file);
    },
  );
};
