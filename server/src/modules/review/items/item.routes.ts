import { contextOf } from '../../../core/http/context.js';
import type { RoutesPlugin } from '../../../core/http/types.js';
import { stepRoutes } from '../../../core/workflow/index.js';
import { sendLedgerExport } from '../ledger/ledger.export.js';
import { listItems } from '../ledger/ledger.service.js';
import { getItem } from './item.detail.js';
import { itemDetail, listResponse } from './item.response.js';
import {
  addMaterialBody,
  createItemBody,
  idParams,
  listQuery,
  materialParams,
  resubmitBody,
  returnBody,
  updateItemBody,
  withdrawBody,
} from './item.schema.js';
import { addMaterial, createItem, removeMaterial, updateDraft } from './item.service.js';
import {
  acceptItem,
  archiveItem,
  resubmitItem,
  returnForCorrection,
  submitItem,
  withdrawItem,
} from './intake.service.js';
import { patchBody } from '../../../core/http/patch-body.js';

const tags = ['合法性审查'];
const detail = { 200: itemDetail };

/** Items: the list and ledger, drafting, materials and the intake steps (送审、受理、退回补正、撤回、归档). */
export const itemRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/review/items',
    {
      schema: {
        tags,
        summary: '审查事项列表与审查台账（筛选、分页；format=xlsx 导出）',
        querystring: listQuery,
        response: { 200: listResponse },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req);
      if (req.query.format === 'xlsx') {
        const { page: _p, pageSize: _s, format: _f, ...filter } = req.query;
        return sendLedgerExport(deps, ctx, reply, filter);
      }
      return listItems(deps, ctx, req.query);
    },
  );

  api.post(
    '/review/items',
    {
      schema: {
        tags,
        summary: '新建送审事项（草拟）',
        body: createItemBody,
        response: { 201: itemDetail },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req);
      const id = await createItem(deps, ctx, req.body);
      return reply.status(201).send(await getItem(deps, ctx, id));
    },
  );

  api.get(
    '/review/items/:id',
    {
      schema: {
        tags,
        summary: '审查事项详情（含本人可执行的操作）',
        params: idParams,
        response: detail,
      },
    },
    async (req) => getItem(deps, contextOf(req), req.params.id),
  );

  api.patch(
    '/review/items/:id',
    {
      schema: {
        tags,
        summary: '修改草拟中或退回补正的事项',
        params: idParams,
        body: patchBody(updateItemBody),
        response: detail,
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      await updateDraft(deps, ctx, req.params.id, req.body);
      return getItem(deps, ctx, req.params.id);
    },
  );

  api.post(
    '/review/items/:id/materials',
    {
      schema: {
        tags,
        summary: '补充送审材料（附件或纸质材料说明）',
        params: idParams,
        body: addMaterialBody,
        response: { 201: itemDetail },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req);
      await addMaterial(deps, ctx, req.params.id, req.body);
      return reply.status(201).send(await getItem(deps, ctx, req.params.id));
    },
  );

  api.delete(
    '/review/items/:id/materials/:materialId',
    { schema: { tags, summary: '删除送审材料', params: materialParams, response: detail } },
    async (req) => {
      const ctx = contextOf(req);
      await removeMaterial(deps, ctx, req.params.id, req.params.materialId);
      return getItem(deps, ctx, req.params.id);
    },
  );

  const step = stepRoutes(api, {
    base: '/review/items/:id',
    tags,
    params: idParams,
    response: itemDetail,
    detail: (ctx, id) => getItem(deps, ctx, id),
  });
  step('submit', '送审（同时进行智能预审）', null, (ctx, id) => submitItem(deps, ctx, id));
  step('accept', '受理（材料齐全；审查期限自次日起算）', null, (ctx, id) =>
    acceptItem(deps, ctx, id),
  );
  step('return', '退回补正（受理前材料不全）', returnBody, (ctx, id, b) =>
    returnForCorrection(deps, ctx, id, b.reason),
  );
  step('resubmit', '补正后重新送审（可提交修改稿，期限恢复计算）', resubmitBody, (ctx, id, b) =>
    resubmitItem(deps, ctx, id, b),
  );
  step('withdraw', '撤回送审事项', withdrawBody, (ctx, id, b) =>
    withdrawItem(deps, ctx, id, b.reason),
  );
  step('archive', '归档', null, (ctx, id) => archiveItem(deps, ctx, id));
};
