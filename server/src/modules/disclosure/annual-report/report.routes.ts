import { FILE_TYPES } from '../../../core/files/sniff.js';
import { sendDownload, sendStoredFile } from '../../../core/http/download.js';
import { contextOf } from '../../../core/http/context.js';
import type { RoutesPlugin } from '../../../core/http/types.js';
import { portalTown } from '../proactive/town.js';
import { publishReport, saveNarrative, saveReviewCounts } from './report-edit.service.js';
import { publicReportDocx } from './report-public.js';
import {
  getReport,
  publishedReport,
  publishedYears,
  reportDocx,
  reportTables,
} from './report.service.js';
import {
  narrativeBody,
  orgQuery,
  publishBody,
  publishedListOut,
  publishedReportOut,
  reportOut,
  reviewCountsBody,
  tablesOut,
  tablesQuery,
  yearParams,
} from './report.schema.js';

const tags = ['政府信息公开年度报告'];
const DOCX = FILE_TYPES.docx.mime;

export const annualReportRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/disclosure/annual-report',
    {
      schema: {
        tags,
        summary: '年度报告三张统计表（JSON，供县级系统调用；支持接口令牌）',
        querystring: tablesQuery,
        response: { 200: tablesOut },
      },
    },
    async (req) => reportTables(deps, contextOf(req), req.query),
  );

  api.get(
    '/disclosure/annual-reports/:year',
    {
      schema: {
        tags,
        summary: '年度报告（统计表、文字部分、校验结果、发布状态）',
        params: yearParams,
        querystring: orgQuery,
        response: { 200: reportOut },
      },
    },
    async (req) =>
      getReport(deps, contextOf(req), { year: req.params.year, orgId: req.query.orgId }),
  );

  api.get(
    '/disclosure/annual-reports/:year/docx',
    {
      schema: {
        tags,
        summary: '下载年度报告（GB/T 9704 版式 DOCX，含统计表）',
        params: yearParams,
        querystring: orgQuery,
      },
    },
    async (req, reply) => {
      const doc = await reportDocx(deps, contextOf(req), {
        year: req.params.year,
        orgId: req.query.orgId,
      });
      return sendDownload(reply, {
        name: doc.name,
        mime: DOCX,
        body: doc.bytes,
        cache: 'no-store',
      });
    },
  );

  api.put(
    '/disclosure/annual-reports/:year/narrative',
    {
      schema: {
        tags,
        summary: '保存文字部分（一、五、六）',
        params: yearParams,
        body: narrativeBody,
        response: { 200: reportOut },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await saveNarrative(deps, ctx, { ...req.body, year: req.params.year });
      return getReport(deps, ctx, { year: req.params.year, orgId: req.body.orgId });
    },
  );

  api.put(
    '/disclosure/annual-reports/:year/review-counts',
    {
      schema: {
        tags,
        summary: '录入因政府信息公开引起的行政复议、行政诉讼情况（表四）',
        params: yearParams,
        body: reviewCountsBody,
        response: { 200: reportOut },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await saveReviewCounts(deps, ctx, {
        year: req.params.year,
        orgId: req.body.orgId,
        counts: req.body.counts,
      });
      return getReport(deps, ctx, { year: req.params.year, orgId: req.body.orgId });
    },
  );

  api.post(
    '/disclosure/annual-reports/:year/publish',
    {
      schema: {
        tags,
        summary: '发布到门户（校验 V1–V5 全部通过方可发布）',
        params: yearParams,
        body: publishBody,
        response: { 200: reportOut },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await publishReport(deps, ctx, { year: req.params.year, orgId: req.body.orgId });
      return getReport(deps, ctx, { year: req.params.year, orgId: req.body.orgId });
    },
  );

  api.get(
    '/portal/disclosure/annual-reports',
    {
      schema: {
        tags,
        summary: '门户：已发布的政府信息公开工作年度报告',
        response: { 200: publishedListOut },
      },
    },
    async () => {
      const town = await portalTown(deps);
      return { town, items: await publishedYears(deps, town.id) };
    },
  );

  api.get(
    '/portal/disclosure/annual-reports/:year',
    {
      schema: {
        tags,
        summary: '门户：某年度报告（发布时的内容）',
        params: yearParams,
        response: { 200: publishedReportOut },
      },
    },
    async (req) => publishedReport(deps, (await portalTown(deps)).id, req.params.year),
  );

  api.get(
    '/portal/disclosure/annual-reports/:year/docx',
    { schema: { tags, summary: '门户：下载某年度报告 DOCX', params: yearParams } },
    async (req, reply) => {
      const file = await publicReportDocx(deps, (await portalTown(deps)).id, req.params.year);
      return sendStoredFile(reply, deps.config.dataDir, { ...file, mime: DOCX }, 'public');
    },
  );
};
