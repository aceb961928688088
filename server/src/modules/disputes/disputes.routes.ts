import type { FastifyRequest } from 'fastify';
import { authorize } from '../../core/authz/authorize.js';
import { XLSX_MIME } from '../../core/documents/xlsx-export.js';
import { badRequest } from '../../core/errors.js';
import { contextOf } from '../../core/http/context.js';
import { sendDownload } from '../../core/http/download.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { stepRoutes } from '../../core/workflow/index.js';
import { getDispute, listDisputes } from './dispute-read.service.js';
import {
  acceptDispute,
  agreeInWriting,
  agreeOrally,
  applyConfirmation,
  declineMediation,
  extendMediation,
  failMediation,
  recordSession,
  returnDispute,
  revisitDispute,
  routeDispute,
} from './dispute-steps.service.js';
import { recordSignature, recordSitePhoto } from './dispute-attachments.service.js';
import { createDispute } from './dispute.service.js';
import { importLedger, ledgerImportTemplate, previewLedgerImport } from './ledger-import.js';
import { DISPUTE_STATES } from './dispute.workflow.js';
import { disputeStats, sendDisputeLedger } from './disputes-stats.service.js';
import {
  agreeBody,
  confirmationBody,
  declineBody,
  disputeFilterQuery,
  disputeListQuery,
  emptyBody,
  extendBody,
  failBody,
  idParams,
  newDisputeBody,
  oralBody,
  photoBody,
  reasonBody,
  revisitBody,
  routeBody,
  sessionBody,
  signatureBody,
  statsQuery,
} from './disputes.schema.js';
import {
  detailOut,
  importOut,
  importPreviewOut,
  listOut,
  statsOut,
  vocabularyOut,
} from './disputes.responses.js';
import {
  CATEGORIES,
  CHANNELS,
  HANDLER_KINDS,
  OUTCOMES,
  SOURCE_OF,
  SOURCES,
} from './disputes.vocabulary.js';

const tags = ['矛盾纠纷调解'];

/** The uploaded XLSX of a multipart form (field `file`). */
async function uploaded(req: FastifyRequest) {
  const part = await req.file();
  if (!part || part.fieldname !== 'file') throw badRequest('请在表单字段 file 中选择 XLSX 文件');
  return part.toBuffer();
}

/** 矛盾纠纷调解: intake, the dispute on the kernel (one line per step), statistics and the 调解台账. */
export const disputesRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/disputes/vocabulary',
    {
      schema: {
        tags,
        summary: '受理渠道、纠纷类型、承办组织、调解结果等取值',
        response: { 200: vocabularyOut },
      },
    },
    async () => ({
      channels: CHANNELS,
      categories: CATEGORIES,
      handlerKinds: HANDLER_KINDS,
      outcomes: OUTCOMES,
      sources: SOURCES,
      sourceOf: SOURCE_OF,
      states: DISPUTE_STATES,
    }),
  );
  api.get(
    '/disputes',
    {
      schema: {
        tags,
        summary: '矛盾纠纷列表',
        querystring: disputeListQuery,
        response: { 200: listOut },
      },
    },
    async (req) => listDisputes(deps, contextOf(req), req.query),
  );
  api.get(
    '/disputes/export',
    { schema: { tags, summary: '导出调解台账（XLSX）', querystring: disputeFilterQuery } },
    async (req, reply) => sendDisputeLedger(deps, contextOf(req), reply, req.query),
  );
  api.get(
    '/disputes/stats',
    {
      schema: {
        tags,
        summary: '矛调指标（分子/分母、口径、截止日期）和四源月度趋势',
        querystring: statsQuery,
        response: { 200: statsOut },
      },
    },
    async (req) => disputeStats(deps, contextOf(req), req.query),
  );
  api.post(
    '/disputes',
    {
      schema: {
        tags,
        summary: '登记矛盾纠纷（一案一编码，重复登记提示）',
        body: newDisputeBody,
        response: { 201: detailOut },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req);
      const { id } = await createDispute(deps, ctx, req.body);
      return reply.status(201).send(await getDispute(deps, ctx, id));
    },
  );
  api.get(
    '/disputes/import/template',
    { schema: { tags, summary: '下载调解台账导入模板（XLSX）' } },
    async (req, reply) => {
      authorize(contextOf(req), 'disputes.intake');
      return sendDownload(reply, {
        name: '调解台账导入模板.xlsx',
        mime: XLSX_MIME,
        body: await ledgerImportTemplate(),
      });
    },
  );
  api.post(
    '/disputes/import/preview',
    {
      schema: {
        tags,
        summary: '预览调解台账导入：逐行列出将登记的纠纷和问题（不写入）',
        consumes: ['multipart/form-data'],
        response: { 200: importPreviewOut },
      },
    },
    async (req) => previewLedgerImport(deps, contextOf(req), await uploaded(req)),
  );
  api.post(
    '/disputes/import',
    {
      schema: {
        tags,
        summary: '导入调解台账：逐件登记并编码（任一行有误则全部不导入）',
        consumes: ['multipart/form-data'],
        response: { 201: importOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await importLedger(deps, contextOf(req), await uploaded(req))),
  );
  api.get(
    '/disputes/:id',
    {
      schema: {
        tags,
        summary: '纠纷详情（含调解记录和可办理步骤）',
        params: idParams,
        response: { 200: detailOut },
      },
    },
    async (req) => getDispute(deps, contextOf(req), req.params.id),
  );

  const step = stepRoutes(api, {
    base: '/disputes/:id',
    tags,
    params: idParams,
    response: detailOut,
    detail: (ctx, id) => getDispute(deps, ctx, id),
  });
  step('route', '分派承办调解组织', routeBody, (ctx, id, b) => routeDispute(deps, ctx, id, b));
  step('accept', '受理（开始计算调解期限）', emptyBody, (ctx, id) => acceptDispute(deps, ctx, id));
  step('return', '退回矛调中心', reasonBody, (ctx, id, b) =>
    returnDispute(deps, ctx, id, b.reason),
  );
  step('decline', '登记当事人拒绝调解', declineBody, (ctx, id, b) =>
    declineMediation(deps, ctx, id, b),
  );
  step('sessions', '记录调解情况', sessionBody, (ctx, id, b) => recordSession(deps, ctx, id, b));
  step('extend', '延长调解期限（人民调解：双方同意；信访：负责人批准）', extendBody, (ctx, id, b) =>
    extendMediation(deps, ctx, id, b),
  );
  step('agree', '达成书面调解协议（出具调解协议书）', agreeBody, (ctx, id, b) =>
    agreeInWriting(deps, ctx, id, b),
  );
  step('agree-oral', '达成口头调解协议', oralBody, (ctx, id, b) =>
    agreeOrally(deps, ctx, id, b.terms),
  );
  step('fail', '调解不成，终止调解', failBody, (ctx, id, b) =>
    failMediation(deps, ctx, id, b.routesLeft),
  );
  step('confirmation', '登记司法确认申请', confirmationBody, (ctx, id, b) =>
    applyConfirmation(deps, ctx, id, b),
  );
  step('revisit', '回访并关闭', revisitBody, (ctx, id, b) => revisitDispute(deps, ctx, id, b));
  step('signatures', '当事人在屏幕上签署调解协议书（PNG 签名）', signatureBody, (ctx, id, b) =>
    recordSignature(deps, ctx, id, b),
  );
  step('photos', '上传调解现场照片', photoBody, (ctx, id, b) => recordSitePhoto(deps, ctx, id, b));
};
