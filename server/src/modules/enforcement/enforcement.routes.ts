import { authorize } from '../../core/authz/authorize.js';
import { XLSX_MIME } from '../../core/documents/xlsx-export.js';
import { badRequest } from '../../core/errors.js';
import { contextOf } from '../../core/http/context.js';
import { sendDownload } from '../../core/http/download.js';
import { sendCreated } from '../../core/http/prefer.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { stepRoutes } from '../../core/workflow/index.js';
import {
  createCertificate,
  createEntrustment,
  listCertificates,
  listEntrustments,
  listTownStaff,
} from './authority.service.js';
import { getCase, listCases } from './case-read.service.js';
import {
  closeCase,
  closeDefence,
  decideCase,
  discussCase,
  endCase,
  endInvestigation,
  extendCase,
  fileCase,
  finishHearing,
  legalReview,
  notifyParty,
  requestHearing,
  serveDecision,
} from './case-steps.service.js';
import { createCase } from './case.service.js';
import { sendCaseFile } from './case-file.service.js';
import { caseImportTemplate, importCaseLedger } from './case-import.service.js';
import { applyToCourt, recordPayment, urgeParty } from './overdue-steps.service.js';
import { publishDecision, withdrawPublication } from './publication-steps.service.js';
import { decidePreserved, preserveEvidence } from './preservation-steps.service.js';
import {
  collectOnSpot,
  decideOnSpot,
  handOverFine,
  reportSpotDecision,
  turnGeneral,
} from './simple-steps.service.js';
import { getEnforcementSettings, saveEnforcementSettings } from './enforcement-settings.js';
import {
  caseFilterQuery,
  caseListQuery,
  certificateBody,
  collectionBody,
  courtBody,
  decideBody,
  discussBody,
  emptyBody,
  entrustmentBody,
  extendBody,
  idParams,
  newCaseBody,
  preserveBody,
  preservedDecisionBody,
  noteBody,
  notifyBody,
  opinionBody,
  reasonBody,
  settingsBody,
  spotDecisionBody,
  statsQuery,
  townQuery,
  withdrawPublicationBody,
} from './enforcement.schema.js';
import {
  AUTHORITY_BASES,
  COLLECTION_GROUNDS,
  ENFORCEMENT_FIELDS,
  PARTY_KINDS,
  PRESERVATION_OUTCOMES,
  PROCEDURES,
} from './enforcement.vocabulary.js';
import { CASE_STATES } from './case.workflow.js';
import { enforcementStats, sendCaseLedger } from './stats.service.js';
import {
  caseDetailOut,
  caseImportOut,
  caseListOut,
  certificatesOut,
  createdOut,
  entrustmentsOut,
  settingsOut,
  staffOut,
  statsOut,
  vocabularyOut,
} from './enforcement.responses.js';

const tags = ['行政执法'];

/** 行政执法: cases on the workflow kernel, entrustments, certificates, statistics and the ledger. */
export const enforcementRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/enforcement/vocabulary',
    {
      schema: {
        tags,
        summary: '执法领域、权力来源、案件状态等取值',
        response: { 200: vocabularyOut },
      },
    },
    async () => ({
      fields: ENFORCEMENT_FIELDS,
      authorityBases: AUTHORITY_BASES,
      partyKinds: PARTY_KINDS,
      states: CASE_STATES,
      procedures: PROCEDURES,
      collectionGrounds: COLLECTION_GROUNDS,
      preservationOutcomes: PRESERVATION_OUTCOMES,
    }),
  );
  api.get(
    '/enforcement/cases',
    {
      schema: {
        tags,
        summary: '行政处罚案件列表',
        querystring: caseListQuery,
        response: { 200: caseListOut },
      },
    },
    async (req) => listCases(deps, contextOf(req), req.query),
  );
  api.get(
    '/enforcement/cases/export',
    { schema: { tags, summary: '导出行政处罚案件台账（XLSX）', querystring: caseFilterQuery } },
    async (req, reply) => sendCaseLedger(deps, contextOf(req), reply, req.query),
  );
  api.post(
    '/enforcement/cases',
    {
      schema: {
        tags,
        summary: '登记案件线索',
        body: newCaseBody,
        response: { 201: caseDetailOut.or(createdOut) },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req);
      const { id } = await createCase(deps, ctx, req.body);
      const location = `/api/v1/enforcement/cases/${id}`;
      return sendCreated(req, reply, { id, location }, () => getCase(deps, ctx, id));
    },
  );
  api.get(
    '/enforcement/cases/import/template',
    { schema: { tags, summary: '下载行政处罚案件台账导入模板（XLSX）' } },
    async (req, reply) => {
      authorize(contextOf(req), 'enforcement.case.handle');
      return sendDownload(reply, {
        name: '行政处罚案件台账导入模板.xlsx',
        mime: XLSX_MIME,
        body: await caseImportTemplate(),
      });
    },
  );
  api.post(
    '/enforcement/cases/import',
    {
      schema: {
        tags,
        summary: '导入已结案的历史案件台账（XLSX；任一行有误则全部不导入）',
        consumes: ['multipart/form-data'],
        response: { 201: caseImportOut },
      },
    },
    async (req, reply) => {
      const part = await req.file();
      if (!part || part.fieldname !== 'file')
        throw badRequest('请在表单字段 file 中选择 XLSX 文件');
      return reply
        .status(201)
        .send(await importCaseLedger(deps, contextOf(req), await part.toBuffer()));
    },
  );
  api.get(
    '/enforcement/cases/:id',
    {
      schema: {
        tags,
        summary: '案件详情（含可办理步骤）',
        params: idParams,
        response: { 200: caseDetailOut },
      },
    },
    async (req) => getCase(deps, contextOf(req), req.params.id),
  );
  api.get(
    '/enforcement/cases/:id/case-file',
    { schema: { tags, summary: '下载案卷（ZIP：卷内目录及全部文书、附件）', params: idParams } },
    async (req, reply) => sendCaseFile(deps, contextOf(req), reply, req.params.id),
  );

  const step = stepRoutes(api, {
    base: '/enforcement/cases/:id',
    tags,
    params: idParams,
    response: caseDetailOut,
    detail: (ctx, id) => getCase(deps, ctx, id),
  });
  step('to-general', '转为普通程序', reasonBody, (ctx, id, b) =>
    turnGeneral(deps, ctx, id, b.reason),
  );
  step('decide-on-spot', '当场作出处罚决定（简易程序）', spotDecisionBody, (ctx, id, b) =>
    decideOnSpot(deps, ctx, id, b),
  );
  step('report', '当场处罚决定报行政机关备案', emptyBody, (ctx, id) =>
    reportSpotDecision(deps, ctx, id),
  );
  step('collect-on-spot', '当场收缴罚款', collectionBody, (ctx, id, b) =>
    collectOnSpot(deps, ctx, id, b),
  );
  step('hand-over', '当场收缴的罚款交至行政机关', emptyBody, (ctx, id) =>
    handOverFine(deps, ctx, id),
  );
  step('file', '立案（审批）', emptyBody, (ctx, id) => fileCase(deps, ctx, id));
  step(
    'preserve-evidence',
    '先行登记保存证据（行政处罚法第五十六条）',
    preserveBody,
    (ctx, id, b) => preserveEvidence(deps, ctx, id, b),
  );
  step(
    'decide-preserved',
    '对先行登记保存的证据作出处理决定',
    preservedDecisionBody,
    (ctx, id, b) => decidePreserved(deps, ctx, id, b),
  );
  step('end-investigation', '调查终结', emptyBody, (ctx, id) => endInvestigation(deps, ctx, id));
  step('notify', '事先告知（出具事先告知书）', notifyBody, (ctx, id, b) =>
    notifyParty(deps, ctx, id, b),
  );
  step('request-hearing', '登记当事人听证要求', emptyBody, (ctx, id) =>
    requestHearing(deps, ctx, id),
  );
  step('close-defence', '陈述申辩复核完毕', noteBody, (ctx, id, b) =>
    closeDefence(deps, ctx, id, b.note),
  );
  step('finish-hearing', '听证结束', noteBody, (ctx, id, b) =>
    finishHearing(deps, ctx, id, b.note),
  );
  step('legal-review', '法制审核', opinionBody, (ctx, id, b) =>
    legalReview(deps, ctx, id, b.opinion),
  );
  step('discuss', '负责人集体讨论', discussBody, (ctx, id, b) =>
    discussCase(deps, ctx, id, b.note),
  );
  step('extend', '批准延长办案期限', extendBody, (ctx, id, b) => extendCase(deps, ctx, id, b));
  step('decide', '作出处罚决定（出具决定书）', decideBody, (ctx, id, b) =>
    decideCase(deps, ctx, id, b),
  );
  step('serve', '送达决定书', emptyBody, (ctx, id) => serveDecision(deps, ctx, id));
  step('urge', '催告（出具催告书）', emptyBody, (ctx, id) => urgeParty(deps, ctx, id));
  step('apply-court', '申请人民法院强制执行', courtBody, (ctx, id, b) =>
    applyToCourt(deps, ctx, id, b.court),
  );
  step('execute', '履行完毕', emptyBody, (ctx, id) => recordPayment(deps, ctx, id));
  step('close', '结案', emptyBody, (ctx, id) => closeCase(deps, ctx, id));
  step('publish', '公开处罚决定（行政处罚法第四十八条）', emptyBody, (ctx, id) =>
    publishDecision(deps, ctx, id),
  );
  step('withdraw-publication', '撤回公开的处罚决定信息', withdrawPublicationBody, (ctx, id, b) =>
    withdrawPublication(deps, ctx, id, b),
  );
  step('not-punish', '不予处罚', reasonBody, (ctx, id, b) =>
    endCase(deps, ctx, id, 'not_punish', b.reason),
  );
  step('withdraw', '撤案', reasonBody, (ctx, id, b) =>
    endCase(deps, ctx, id, 'withdraw', b.reason),
  );

  api.get(
    '/enforcement/entrustments',
    {
      schema: {
        tags,
        summary: '委托执法委托书',
        querystring: townQuery,
        response: { 200: entrustmentsOut },
      },
    },
    async (req) => listEntrustments(deps, contextOf(req), req.query.orgId),
  );
  api.post(
    '/enforcement/entrustments',
    {
      schema: {
        tags,
        summary: '登记委托书（行政处罚法第二十条）',
        body: entrustmentBody,
        response: { 201: createdOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createEntrustment(deps, contextOf(req), req.body)),
  );
  api.get(
    '/enforcement/certificates',
    {
      schema: {
        tags,
        summary: '行政执法证登记',
        querystring: townQuery,
        response: { 200: certificatesOut },
      },
    },
    async (req) => listCertificates(deps, contextOf(req), req.query.orgId),
  );
  api.post(
    '/enforcement/certificates',
    {
      schema: {
        tags,
        summary: '登记行政执法证',
        body: certificateBody,
        response: { 201: createdOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createCertificate(deps, contextOf(req), req.body)),
  );
  api.get(
    '/enforcement/staff',
    {
      schema: {
        tags,
        summary: '本镇在职账号（登记执法证时选择持证人）',
        response: { 200: staffOut },
      },
    },
    async (req) => listTownStaff(deps, contextOf(req)),
  );
  api.get(
    '/enforcement/stats',
    {
      schema: {
        tags,
        summary: '行政处罚决定统计（按年度、领域）',
        querystring: statsQuery,
        response: { 200: statsOut },
      },
    },
    async (req) => enforcementStats(deps, contextOf(req), req.query),
  );
  api.get(
    '/enforcement/settings',
    {
      schema: {
        tags,
        summary: '听证数额标准（行政处罚法第六十三条）',
        querystring: townQuery,
        response: { 200: settingsOut },
      },
    },
    async (req) => getEnforcementSettings(deps, contextOf(req), req.query.orgId),
  );
  api.put(
    '/enforcement/settings',
    {
      schema: {
        tags,
        summary: '设置听证数额标准',
        body: settingsBody,
        response: { 200: settingsOut },
      },
    },
    async (req) => saveEnforcementSettings(deps, contextOf(req), req.body),
  );
};
