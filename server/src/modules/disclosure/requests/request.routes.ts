import { z } from 'zod';
import { can } from '../../../core/authz/actor.js';
import { contextOf } from '../../../core/http/context.js';
import { selectedIds } from '../../../core/http/selected-ids.js';
import type { RoutesPlugin } from '../../../core/http/types.js';
import { stepRoutes } from '../../../core/workflow/index.js';
import { answerConsultation, startConsultation } from './consultation.service.js';
import {
  closeCorrectionOverdue,
  receiveCorrection,
  requestCorrection,
} from './correction.service.js';
import { extendRequest, requestExplanation, setDelayedDeadline } from './extension.service.js';
import { closeFeeUnpaid, notifyFee, recordFeePaid, recordFeeServed } from './fee.service.js';
import { acceptRequest, confirmReceipt, registerRequest } from './intake.service.js';
import { previewRedaction } from './redaction-preview.js';
import { attachOriginal, redact } from './redaction.service.js';
import { MAX_REPEAT_BATCH, replyRepeatBatch } from './repeat-batch.service.js';
import { replyToRequest } from './reply.service.js';
import { sendRequestLedger } from './request-export.js';
import { getRequest, listRequests, readApplicantPii } from './request-read.service.js';
import {
  detailOut,
  listOut,
  redactPreviewOut,
  settingsOut,
  vocabularyOut,
} from './request.responses.js';
import * as s from './request.schema.js';
import { getSettings, updateSettings } from './settings.service.js';
import { requestVocabulary } from './vocabulary-view.js';
import { readWithin } from '../../orgs/orgs.public.js';

const tags = ['依申请公开'];
const cid = s.idParams.extend({ cid: z.string().uuid('征求意见编号格式有误') });

export const disclosureRequestRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/disclosure/requests',
    {
      schema: {
        tags,
        summary: '政府信息公开申请办理队列（筛选、分页、导出台账）',
        querystring: s.listQuery,
        response: { 200: listOut },
      },
    },
    async (req, reply) => {
      const { page, pageSize, format, orgId, ids, ...rest } = req.query;
      const filter = { ...rest, ids: selectedIds(ids) };
      const ctx = await readWithin(deps.db.kysely, contextOf(req), orgId);
      if (format === 'xlsx') return sendRequestLedger(deps, ctx, reply, filter);
      const list = await listRequests(deps, ctx, { ...filter, page, pageSize });
      return {
        ...list,
        abilities: {
          register: can(ctx.actor, 'disclosure.request.register'),
          settings: can(ctx.actor, 'disclosure.request.settings'),
          // 合并重复申请: the town's own office answers; staff above it supervise.
          repeatReplies: can(ctx.actor, 'disclosure.request.handle') && ctx.actor?.townId != null,
        },
      };
    },
  );

  api.get(
    '/disclosure/requests/vocabulary',
    {
      schema: {
        tags,
        summary: '申请人类型、收件渠道、答复类型（表三各行）等选项',
        response: { 200: vocabularyOut },
      },
    },
    async () => requestVocabulary(),
  );

  api.post(
    '/disclosure/requests',
    {
      schema: {
        tags,
        summary: '登记收到的申请（按《政府信息公开条例》第三十一条确定收到申请之日）',
        body: s.registerBody,
        response: { 201: detailOut },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req);
      const { id } = await registerRequest(deps, ctx, req.body);
      return reply.status(201).send(await getRequest(deps, ctx, id));
    },
  );

  api.get(
    '/disclosure/requests/:id',
    {
      schema: {
        tags,
        summary: '申请详情（期限、文书、可执行的操作）',
        params: s.idParams,
        response: { 200: detailOut },
      },
    },
    async (req) => getRequest(deps, contextOf(req), req.params.id),
  );

  api.get(
    '/disclosure/requests/:id/pii',
    {
      schema: {
        tags,
        summary: '查看申请人完整证件号码和联系电话（记入审计日志）',
        params: s.idParams,
        response: { 200: z.object({ idNumber: z.string(), phone: z.string() }) },
      },
    },
    async (req) => readApplicantPii(deps, contextOf(req), req.params.id),
  );

  const step = stepRoutes(api, {
    base: '/disclosure/requests/:id',
    tags,
    params: s.idParams,
    response: detailOut,
    detail: (ctx, id) => getRequest(deps, ctx, id),
  });

  step(
    'confirm',
    '确认收到网上或传真申请（双方确认之日为收到申请之日，第三十一条第三项）',
    s.confirmBody,
    (ctx, id, b) => confirmReceipt(deps, ctx, id, b),
  );
  step('accept', '审查通过，进入办理', null, (ctx, id) => acceptRequest(deps, ctx, id));
  step(
    'correction-request',
    '一次性告知补正（第三十条，收到申请之日起 7 个工作日内）',
    s.correctionRequestBody,
    (ctx, id, b) => requestCorrection(deps, ctx, id, b),
  );
  step(
    'correction',
    '登记收到的补正（答复期限自收到补正之日起重新计算）',
    s.correctionReceiveBody,
    (ctx, id, b) => receiveCorrection(deps, ctx, id, b),
  );
  step('close-correction-overdue', '逾期不补正，终止办理（表三 （六）1）', null, (ctx, id) =>
    closeCorrectionOverdue(deps, ctx, id),
  );
  step(
    'consultations',
    '征求第三方或其他机关意见（暂停计算答复期限，第三十二至三十四条）',
    s.consultBody,
    (ctx, id, b) => startConsultation(deps, ctx, id, b),
  );
  step(
    'consultations/:cid/answer',
    '登记意见或逾期未提出意见',
    s.answerBody,
    (ctx, id, b, p) => answerConsultation(deps, ctx, id, p.cid, b),
    cid,
  );
  step(
    'extend',
    '延长答复期限（工作机构负责人批准，最长 20 个工作日，只能一次）',
    s.extendBody,
    (ctx, id, b) => extendRequest(deps, ctx, id, b),
  );
  step('explanation', '要求申请人说明理由（第三十五条）', s.explanationBody, (ctx, id, b) =>
    requestExplanation(deps, ctx, id, b),
  );
  step('delay', '确定延迟答复的合理期限（第三十五条）', s.delayBody, (ctx, id, b) =>
    setDelayedDeadline(deps, ctx, id, b),
  );
  step('fee-notice', '发出信息处理费收费通知（国办函〔2020〕109号）', s.feeBody, (ctx, id, b) =>
    notifyFee(deps, ctx, id, b),
  );
  step(
    'fee-served',
    '登记申请人收到收费通知的日期（缴费期限自此起算）',
    s.feeServedBody,
    (ctx, id, b) => recordFeeServed(deps, ctx, id, b),
  );
  step('fee-paid', '登记已缴纳信息处理费', s.feePaidBody, (ctx, id, b) =>
    recordFeePaid(deps, ctx, id, b),
  );
  step('close-fee-unpaid', '逾期未缴费，终止办理（表三 （六）2）', null, (ctx, id) =>
    closeFeeUnpaid(deps, ctx, id),
  );
  step('originals', '保存原件（不向申请人提供）', s.materialBody, (ctx, id, b) =>
    attachOriginal(deps, ctx, id, b),
  );
  step(
    'redactions',
    '区分处理：生成或上传去除不应公开内容的公开文本（第十五条、第三十七条）',
    s.redactBody,
    (ctx, id, b) => redact(deps, ctx, id, b),
  );
  api.post(
    '/disclosure/requests/:id/redactions/preview',
    {
      schema: {
        tags,
        summary: '区分处理预览：自动遮盖将去除哪些内容（各部分计数、脱敏示例、公开文本），不保存',
        params: s.idParams,
        body: s.redactPreviewBody,
        response: { 200: redactPreviewOut },
      },
    },
    async (req) => previewRedaction(deps, contextOf(req), req.params.id, req.body),
  );
  step('reply', '答复（表三的一种办理结果），生成答复告知书', s.replyBody, (ctx, id, b) =>
    replyToRequest(deps, ctx, id, b),
  );
  api.post(
    '/disclosure/requests/repeat-replies',
    {
      schema: {
        tags,
        summary:
          '合并重复申请：所选申请逐件以“不予重复处理”答复（第三十六条第（六）项），各生成答复告知书',
        body: z
          .object({
            ids: z
              .array(z.string().uuid('申请编号格式有误'))
              .min(1, '请至少选择一件申请')
              .max(MAX_REPEAT_BATCH, `一次最多 ${MAX_REPEAT_BATCH} 件`),
            details: z
              .string()
              .trim()
              .min(2, '请填写已作出的答复（文号或原申请编号）')
              .max(500)
              .describe('已作出的答复：文号或原申请编号，写入每份告知书'),
            reasons: z.string().trim().max(3000).optional(),
          })
          .strict(),
        response: {
          200: z.object({
            replied: z.array(z.string()).describe('已答复的申请'),
            refused: z
              .array(z.object({ id: z.string(), code: z.string(), message: z.string() }))
              .describe('未答复的申请及原因（如已答复、状态不符）'),
          }),
        },
      },
    },
    async (req) => replyRepeatBatch(deps, contextOf(req), req.body),
  );

  const townQuery = z
    .object({
      orgId: z
        .string()
        .uuid('机构编号格式有误')
        .optional()
        .describe('乡镇（县级及以上人员须指定；默认本人所在乡镇）'),
    })
    .strict();
  api.get(
    '/disclosure/request-settings',
    {
      schema: {
        tags,
        summary: '本镇依申请公开办理参数及其依据',
        querystring: townQuery,
        response: { 200: settingsOut },
      },
    },
    async (req) => getSettings(deps, contextOf(req), req.query.orgId),
  );
  api.put(
    '/disclosure/request-settings',
    {
      schema: {
        tags,
        summary: '修改本镇依申请公开办理参数',
        querystring: townQuery,
        body: s.settingsBody,
        response: { 200: settingsOut },
      },
    },
    async (req) => updateSettings(deps, contextOf(req), req.body, req.query.orgId),
  );
};
