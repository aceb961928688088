import { z } from 'zod';
import { contextOf } from '../../../core/http/context.js';
import type { RoutesPlugin } from '../../../core/http/types.js';
import { stepRoutes } from '../../../core/workflow/index.js';
import { villageBoard } from './board.service.js';
import { getComplaint, listComplaints, villageOrders } from './complaint-read.service.js';
import {
  closeBody,
  complaintListQuery,
  confirmBody,
  dismissBody,
  orderBody,
  registerComplaintBody,
} from './complaint.schema.js';
import {
  closeComplaint,
  confirmPublished,
  dismissComplaint,
  orderPublication,
  readComplainantPhone,
  registerComplaint,
  startInvestigation,
} from './complaint.service.js';
import { addSupervisor, endSupervisor, listSupervisors, supervisorBody } from './supervisors.js';
import { getVillageRules, saveFrequency, saveVillageSettings } from './village-admin.service.js';
import {
  approveVillageItem,
  attachToVillageItem,
  createVillageItem,
  returnVillageItem,
  submitVillageItem,
  updateVillageItem,
} from './village-item.service.js';
import { getVillageItem, listVillageItems } from './village-item-read.service.js';
import { sendVillageItemsExport } from './village-export.js';
import {
  AFFAIR_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_KINDS,
  FREQUENCIES,
  MATTER_KINDS,
  SUBJECTS,
} from './village-vocabulary.js';
import {
  boardQuery,
  createVillageItemBody,
  frequencyBody,
  idParams,
  returnBody,
  reviewBody,
  updateVillageItemBody,
  villageItemListQuery,
  villageParams,
  villageSettingsBody,
} from './village.schema.js';
import { patchBody } from '../../../core/http/patch-body.js';
import { readWithin } from '../../orgs/orgs.public.js';
import { complaintDetailOut, complaintListOut, phoneOut } from './complaint.responses.js';
import {
  boardOut,
  itemDetailOut,
  itemListOut,
  ordersOut,
  rulesOut,
  supervisorsOut,
  vocabularyOut,
} from './village.responses.js';

const tags = ['三务公开'];
const orgQuery = z.object({ orgId: z.string().uuid('机构编号格式有误').optional() }).strict();
const attachBody = z.object({ fileId: z.string().uuid('附件编号格式有误') }).strict();

/** Staff and village side of 三务公开: items and their review, the board, rules, complaints. */
export const villageAffairsRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/village-affairs/vocabulary',
    {
      schema: {
        tags,
        summary: '党务/村务/财务、法定公开事项、频次等取值',
        response: { 200: vocabularyOut },
      },
    },
    async () => ({
      categories: AFFAIR_CATEGORIES,
      matterKinds: MATTER_KINDS,
      subjects: SUBJECTS,
      frequencies: FREQUENCIES,
      complaintKinds: COMPLAINT_KINDS,
      complaintChannels: COMPLAINT_CHANNELS,
    }),
  );

  api.get(
    '/village-affairs/items',
    {
      schema: {
        tags,
        summary: '村务公开事项（本人辖区；可筛选、分页、导出）',
        querystring: villageItemListQuery,
        response: { 200: itemListOut },
      },
    },
    async (req, reply) => {
      // `orgId`: a village, or the town chosen in the header (its villages' items).
      const { page, pageSize, format, orgId, ...f } = req.query;
      const ctx = await readWithin(deps.db.kysely, contextOf(req), orgId);
      if (format === 'xlsx') return sendVillageItemsExport(deps, ctx, reply, f);
      return listVillageItems(deps, ctx, { ...f, page, pageSize });
    },
  );
  api.post(
    '/village-affairs/items',
    {
      schema: {
        tags,
        summary: '起草村务公开事项',
        body: createVillageItemBody,
        response: { 201: itemDetailOut },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req);
      return reply
        .status(201)
        .send(await getVillageItem(deps, ctx, await createVillageItem(deps, ctx, req.body)));
    },
  );
  api.get(
    '/village-affairs/items/:id',
    {
      schema: {
        tags,
        summary: '村务公开事项详情',
        params: idParams,
        response: { 200: itemDetailOut },
      },
    },
    async (req) => getVillageItem(deps, contextOf(req), req.params.id),
  );
  api.patch(
    '/village-affairs/items/:id',
    {
      schema: {
        tags,
        summary: '修改草稿',
        params: idParams,
        body: patchBody(updateVillageItemBody),
        response: { 200: itemDetailOut },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await updateVillageItem(deps, ctx, req.params.id, req.body);
      return getVillageItem(deps, ctx, req.params.id);
    },
  );
  const itemStep = stepRoutes(api, {
    base: '/village-affairs/items/:id',
    tags,
    params: idParams,
    response: itemDetailOut,
    detail: (ctx, id) => getVillageItem(deps, ctx, id),
  });
  itemStep('attachments', '添加附件（如财务收支明细、凭证扫描件）', attachBody, (ctx, id, b) =>
    attachToVillageItem(deps, ctx, id, b.fileId),
  );
  itemStep('submit', '提交村务监督委员会审查', z.object({}).strict(), (ctx, id) =>
    submitVillageItem(deps, ctx, id),
  );
  itemStep('approve', '监委会审查通过，经“群治分”公开', reviewBody, (ctx, id, b) =>
    approveVillageItem(deps, ctx, id, b.opinion),
  );
  itemStep('return', '监委会退回修改', returnBody, (ctx, id, b) =>
    returnVillageItem(deps, ctx, id, b.opinion),
  );

  api.get(
    '/village-affairs/board',
    {
      schema: {
        tags,
        summary: '各村三务公开情况看板（按法定频次计算逾期）',
        querystring: boardQuery,
        response: { 200: boardOut },
      },
    },
    async (req) => villageBoard(deps, contextOf(req), req.query),
  );
  api.get(
    '/village-affairs/rules',
    {
      schema: {
        tags,
        summary: '公开频次与期限设置（[U] 可配置项）',
        querystring: orgQuery,
        response: { 200: rulesOut },
      },
    },
    async (req) => getVillageRules(deps, contextOf(req), req.query.orgId),
  );
  api.put(
    '/village-affairs/settings',
    {
      schema: {
        tags,
        summary: '修改全镇三务公开期限设置',
        querystring: orgQuery,
        body: villageSettingsBody,
        response: { 200: rulesOut },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await saveVillageSettings(deps, ctx, req.body, req.query.orgId);
      return getVillageRules(deps, ctx, req.query.orgId);
    },
  );
  api.put(
    '/village-affairs/villages/:villageId/frequency',
    {
      schema: {
        tags,
        summary: '设置某村某类事项的公开频次',
        params: villageParams,
        body: frequencyBody,
        response: { 200: rulesOut },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await saveFrequency(deps, ctx, req.params.villageId, req.body);
      return getVillageRules(deps, ctx);
    },
  );
  api.get(
    '/village-affairs/villages/:villageId/supervisors',
    {
      schema: {
        tags,
        summary: '村务监督委员会成员',
        params: villageParams,
        response: { 200: supervisorsOut },
      },
    },
    async (req) => listSupervisors(deps, contextOf(req), req.params.villageId),
  );
  api.post(
    '/village-affairs/villages/:villageId/supervisors',
    {
      schema: {
        tags,
        summary: '登记村务监督委员会成员',
        params: villageParams,
        body: supervisorBody,
        response: { 201: supervisorsOut },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req);
      await addSupervisor(deps, ctx, req.params.villageId, req.body);
      return reply.status(201).send(await listSupervisors(deps, ctx, req.params.villageId));
    },
  );
  api.post(
    '/village-affairs/villages/:villageId/supervisors/:memberId/end',
    {
      schema: {
        tags,
        summary: '成员卸任',
        params: villageParams.extend({ memberId: z.string().uuid() }),
        response: { 200: supervisorsOut },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await endSupervisor(deps, ctx, req.params.villageId, req.params.memberId);
      return listSupervisors(deps, ctx, req.params.villageId);
    },
  );
  api.get(
    '/village-affairs/villages/:villageId/orders',
    {
      schema: {
        tags,
        summary: '镇政府责令本村公布的事项（不含反映人信息）',
        params: villageParams,
        response: { 200: ordersOut },
      },
    },
    async (req) => villageOrders(deps, contextOf(req), req.params.villageId),
  );

  api.get(
    '/village-affairs/complaints',
    {
      schema: {
        tags,
        summary: '村民反映（第三十一条）列表',
        querystring: complaintListQuery,
        response: { 200: complaintListOut },
      },
    },
    async (req) => {
      const { orgId, ...f } = req.query;
      return listComplaints(deps, await readWithin(deps.db.kysely, contextOf(req), orgId), f);
    },
  );
  api.post(
    '/village-affairs/complaints',
    {
      schema: {
        tags,
        summary: '登记村民反映',
        body: registerComplaintBody,
        response: { 201: complaintDetailOut },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req);
      const { id } = await registerComplaint(deps, ctx, req.body);
      return reply.status(201).send(await getComplaint(deps, ctx, id));
    },
  );
  api.get(
    '/village-affairs/complaints/:id',
    {
      schema: {
        tags,
        summary: '反映详情',
        params: idParams,
        response: { 200: complaintDetailOut },
      },
    },
    async (req) => getComplaint(deps, contextOf(req), req.params.id),
  );
  api.get(
    '/village-affairs/complaints/:id/pii',
    {
      schema: {
        tags,
        summary: '查看反映人完整联系电话（留痕）',
        params: idParams,
        response: { 200: phoneOut },
      },
    },
    async (req) => readComplainantPhone(deps, contextOf(req), req.params.id),
  );
  const step = stepRoutes(api, {
    base: '/village-affairs/complaints/:id',
    tags,
    params: idParams,
    response: complaintDetailOut,
    detail: (ctx, id) => getComplaint(deps, ctx, id),
  });
  step('investigate', '开始调查核实', z.object({}).strict(), (ctx, id) =>
    startInvestigation(deps, ctx, id),
  );
  step('order', '责令依法公布', orderBody, (ctx, id, b) => orderPublication(deps, ctx, id, b));
  step('dismiss', '核实后不予支持', dismissBody, (ctx, id, b) =>
    dismissComplaint(deps, ctx, id, b),
  );
  step('confirm-published', '确认村已公布', confirmBody, (ctx, id, b) =>
    confirmPublished(deps, ctx, id, b),
  );
  step('close', '办结并告知反映人', closeBody, (ctx, id, b) => closeComplaint(deps, ctx, id, b));
};
