import type { z } from 'zod';
import { sendStoredFile } from '../../../core/http/download.js';
import { contextOf } from '../../../core/http/context.js';
import type { RoutesPlugin } from '../../../core/http/types.js';
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
  const post = <B extends z.ZodType, P extends z.ZodType>(
    path: string,
    summary: string,
    params: P,
    body: B | null,
    run: (ctx: ReturnType<typeof contextOf>, p: z.infer<P>, b: z.infer<B>) => Promise<unknown>,
  ) =>
    api.post(
      `/review/items/:id/${path}`,
      { schema: { tags, summary, params, ...(body ? { body } : {}), response: detail } },
      async (req) => {
        const ctx = contextOf(req);
        await run(ctx, req.params as z.infer<P>, req.body as z.infer<B>);
        return getItem(deps, ctx, (req.params as { id: string }).id);
      },
    );

  post('start-review', '开始审查（法审员）', idParams, null, (ctx, p) =>
    startReview(deps, ctx, p.id),
  );
  post(
    'request-supplement',
    '退回补充材料（审查期限暂停）',
    idParams,
    supplementBody,
    (ctx, p, b) => requestSupplement(deps, ctx, p.id, b.reason),
  );
  post(
    'hits/:hitId',
    '处理智能预审提示：采纳（转为审查意见条目）或不采纳',
    hitParams,
    decideHitBody,
    (ctx, p, b) => decideHit(deps, ctx, p.id, p.hitId, b),
  );
  post(
    'findings',
    '添加审查意见条目（条款→问题→依据→修改建议）',
    idParams,
    findingBody,
    (ctx, p, b) => addFinding(deps, ctx, p.id, b),
  );
  post('draft-opinion', '保存审查意见草稿', idParams, draftOpinionBody, (ctx, p, b) =>
    saveDraftOpinion(deps, ctx, p.id, b),
  );
  post('adviser-opinions', '出具书面法律意见（法律顾问）', idParams, adviserBody, (ctx, p, b) =>
    addAdviserOpinion(deps, ctx, p.id, b),
  );
  post('co-review', '提请县级合法性审查中心协审', idParams, coReviewBody, (ctx, p, b) =>
    requestCoReview(deps, ctx, p.id, b.reason),
  );
  post(
    'co-review/answer',
    '回复协审意见（县级合法性审查中心）',
    idParams,
    answerBody,
    (ctx, p, b) => answerCoReview(deps, ctx, p.id, b.response),
  );
  post(
    'opinion',
    '出具合法性审查意见书（取文号、生成公文）',
    idParams,
    issueOpinionBody,
    (ctx, p, b) => issueOpinion(deps, ctx, p.id, b),
  );
  post(
    'revise',
    '按审查意见修改后重新报审（新版本，重新预审和计时）',
    idParams,
    reviseBody,
    (ctx, p, b) => reviseItem(deps, ctx, p.id, b),
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
