import { contextOf } from '../../core/http/context.js';
import { sendDownload, sendStoredFile } from '../../core/http/download.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { stepRoutes } from '../../core/workflow/index.js';
import { townsSideBySide } from './county.service.js';
import { reportDocx } from './report-docx.service.js';
import { portalReportFile, portalReports } from './report-portal.js';
import { publishReport, reportUpward, simpleStep } from './report-steps.service.js';
import { getIndicators, getReport, saveNarrative } from './report.service.js';
import { enterIndicator } from './entries.service.js';
import {
  entryBody,
  idParams,
  narrativeBody,
  orgQuery,
  yearParams,
  yearOnlyQuery,
  yearQuery,
} from './report.schema.js';

import { indicatorSetOut, lawReportOut, portalReportsOut, townsOut } from './report.responses.js';

const tags = ['法治指标与年度报告'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The indicator registry, entered figures, the annual report, its DOCX and its steps. */
export const reportRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/indicators',
    {
      schema: {
        tags,
        summary: '法治指标：计算值与录入值、上年同期、口径和明细链接',
        querystring: yearQuery,
        response: { 200: indicatorSetOut },
      },
    },
    async (req) => getIndicators(deps, contextOf(req), req.query),
  );
  api.get(
    '/indicators/towns',
    {
      schema: {
        tags,
        summary: '各乡镇指标并列（县级视图：排名、年度报告报送情况）',
        querystring: yearOnlyQuery,
        response: { 200: townsOut },
      },
    },
    async (req) => townsSideBySide(deps, contextOf(req), req.query.year),
  );
  api.put(
    '/indicators/:year/entries',
    {
      schema: {
        tags,
        summary: '录入非系统统计指标（注明来源文件和日期）',
        params: yearParams,
        body: entryBody,
        response: { 200: indicatorSetOut },
      },
    },
    async (req) => enterIndicator(deps, contextOf(req), req.params.year, req.body),
  );
  api.get(
    '/law-reports/:year',
    {
      schema: {
        tags,
        summary: '法治政府建设年度报告（正文、数字校验、可办步骤）',
        params: yearParams,
        querystring: orgQuery,
        response: { 200: lawReportOut },
      },
    },
    async (req) => getReport(deps, contextOf(req), req.params.year, req.query.orgId),
  );
  api.put(
    '/law-reports/:year/narrative',
    {
      schema: {
        tags,
        summary: '保存报告正文（草稿）',
        params: yearParams,
        body: narrativeBody,
        response: { 200: lawReportOut },
      },
    },
    async (req) => saveNarrative(deps, contextOf(req), req.params.year, req.body),
  );
  api.get(
    '/law-reports/:year/docx',
    {
      schema: {
        tags,
        summary: '下载年度报告（GB/T 9704 版式 DOCX）',
        params: yearParams,
        querystring: orgQuery,
      },
    },
    async (req, reply) => {
      const doc = await reportDocx(deps, contextOf(req), req.params.year, req.query.orgId);
      return sendDownload(reply, {
        name: doc.name,
        mime: DOCX,
        body: doc.bytes,
        cache: 'no-store',
      });
    },
  );

  api.get(
    '/portal/law-reports',
    {
      schema: {
        tags,
        summary: '门户：已公开的法治政府建设年度报告',
        response: { 200: portalReportsOut },
      },
    },
    async () => portalReports(deps),
  );
  api.get(
    '/portal/law-reports/:year/docx',
    { schema: { tags, summary: '门户：下载某年度法治政府建设年度报告', params: yearParams } },
    async (req, reply) => {
      const file = await portalReportFile(deps, req.params.year);
      return sendStoredFile(reply, deps.config.dataDir, { ...file, mime: DOCX }, 'public');
    },
  );

  const step = stepRoutes(api, {
    base: '/law-reports/by-id/:id',
    tags,
    params: idParams,
    response: lawReportOut,
    detail: async (ctx, id) => {
      const row = await deps.db.kysely
        // tenancy: the step already loaded this report through scoped(); this reads its year and town
        .selectFrom('lawReports')
        .select(['year', 'orgId'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return getReport(deps, ctx, row.year, row.orgId);
    },
  });
  step('submit', '提交审定', null, (ctx, id) => simpleStep(deps, ctx, id, 'submit'));
  step('return', '退回修改', null, (ctx, id) => simpleStep(deps, ctx, id, 'return'));
  step('approve', '审定通过（镇主要负责人）', null, (ctx, id) =>
    simpleStep(deps, ctx, id, 'approve'),
  );
  step('publish', '门户公开（生成 DOCX）', null, (ctx, id) => publishReport(deps, ctx, id));
  step('report', '报送上级', null, (ctx, id) => reportUpward(deps, ctx, id));
};
