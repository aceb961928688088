import { z } from 'zod';
import { sendStoredFile } from '../../../core/http/download.js';
import { contextOf } from '../../../core/http/context.js';
import type { RoutesPlugin } from '../../../core/http/types.js';
import { applyOnline } from './intake.service.js';
import { applyOptionsOut, trackOut } from './request.responses.js';
import { applyBody, publicCorrectionBody, trackBody } from './request.schema.js';
import { applicantDocument, submitPublicCorrection, trackRequest } from './tracking.service.js';
import { requestVocabulary } from './vocabulary-view.js';

const tags = ['门户：依申请公开'];

/**
 * The public side (no account): apply online, follow the application with its tracking code and
 * phone, answer a 补正 notice, and download the documents released to the applicant.
 */
export const portalRequestRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/portal/disclosure/apply-options',
    {
      schema: {
        tags,
        summary: '网上申请表的选项（申请人类型、证件类型、获取形式和途径）',
        response: { 200: applyOptionsOut },
      },
    },
    async () => {
      const v = requestVocabulary();
      return {
        applicantKinds: v.applicantKinds,
        idTypes: v.idTypes,
        forms: v.forms,
        deliveries: v.deliveries,
      };
    },
  );

  api.post(
    '/portal/disclosure/requests',
    {
      schema: {
        tags,
        summary: '网上提交政府信息公开申请（无需登录；工作机构确认后开始计算答复期限）',
        body: applyBody,
        response: {
          201: z.object({
            id: z.string(),
            trackingCode: z.string().describe('查询码：凭此码和联系电话查询办理进度'),
            submittedOn: z.string(),
            state: z.string(),
          }),
        },
      },
    },
    async (req, reply) => reply.status(201).send(await applyOnline(deps, contextOf(req), req.body)),
  );

  api.post(
    '/portal/disclosure/track',
    {
      schema: {
        tags,
        summary: '凭查询码和联系电话查询办理进度和答复文书',
        body: trackBody,
        response: { 200: trackOut },
      },
    },
    async (req) => trackRequest(deps, contextOf(req), req.body),
  );

  api.post(
    '/portal/disclosure/correction',
    {
      schema: {
        tags,
        summary: '提交补正内容（答复期限自收到补正之日起重新计算）',
        body: publicCorrectionBody,
        response: { 200: trackOut },
      },
    },
    async (req) => submitPublicCorrection(deps, contextOf(req), req.body),
  );

  api.get(
    '/portal/disclosure/files/:token',
    {
      schema: {
        tags,
        summary: '下载向申请人提供的文书（查询结果中的限时链接）',
        params: z.object({ token: z.string().min(10).max(200) }),
      },
    },
    async (req, reply) => {
      const file = await applicantDocument(deps, req.params.token);
      return sendStoredFile(reply, deps.config.dataDir, file, 'no-store');
    },
  );
};
