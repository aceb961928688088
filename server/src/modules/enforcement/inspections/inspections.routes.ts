import { authorize } from '../../../core/authz/authorize.js';
import { contextOf } from '../../../core/http/context.js';
import type { RoutesPlugin } from '../../../core/http/types.js';
import { stepRoutes } from '../../../core/workflow/index.js';
import { getHazard, inspectionStats, listHazards } from './hazard-read.service.js';
import {
  clearHazard,
  createHazard,
  escalateHazard,
  orderHazard,
  recheckHazard,
  startRectification,
  superviseHazard,
} from './hazard.service.js';
import { HAZARD_STATES } from './hazard.workflow.js';
import {
  attachPhoto,
  createInspection,
  getInspection,
  listInspections,
} from './inspection.service.js';
import { CHECKLISTS, HAZARD_LEVELS, INSPECTION_KINDS } from './inspection.vocabulary.js';
import {
  emptyHazardBody,
  escalateBody,
  hazardListQuery,
  hazardNoteBody,
  hazardParams,
  inspectionListQuery,
  inspectionParams,
  newHazardBody,
  newInspectionBody,
  orderBody,
  photoBody,
  recheckBody,
  statsYearQuery,
  superviseBody,
} from './inspections.schema.js';

import {
  hazardDetailOut,
  hazardListOut,
  inspectionDetailOut,
  inspectionListOut,
  inspectionStatsOut,
  vocabularyOut,
} from './inspections.responses.js';

const tags = ['行政执法'];

/** 行政执法: inspection records with checklists and photos, hazards on the kernel, 挂牌督办. */
export const inspectionRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/enforcement/inspections/vocabulary',
    {
      schema: {
        tags,
        summary: '检查类别、检查表、隐患等级和状态',
        response: { 200: vocabularyOut },
      },
    },
    async (req) => {
      authorize(contextOf(req), 'enforcement.inspection.read');
      return {
        kinds: INSPECTION_KINDS,
        checklists: CHECKLISTS,
        levels: HAZARD_LEVELS,
        states: HAZARD_STATES,
      };
    },
  );
  api.get(
    '/enforcement/inspections',
    {
      schema: {
        tags,
        summary: '检查记录列表',
        querystring: inspectionListQuery,
        response: { 200: inspectionListOut },
      },
    },
    async (req) => listInspections(deps, contextOf(req), req.query),
  );
  api.post(
    '/enforcement/inspections',
    {
      schema: {
        tags,
        summary: '登记检查记录（安全生产法第六十八条）',
        body: newInspectionBody,
        response: { 201: inspectionDetailOut },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req);
      const { id } = await createInspection(deps, ctx, req.body);
      return reply.status(201).send(await getInspection(deps, ctx, id));
    },
  );
  api.get(
    '/enforcement/inspections/:id',
    {
      schema: {
        tags,
        summary: '检查记录详情',
        params: inspectionParams,
        response: { 200: inspectionDetailOut },
      },
    },
    async (req) => getInspection(deps, contextOf(req), req.params.id),
  );
  api.post(
    '/enforcement/inspections/:id/photos',
    {
      schema: {
        tags,
        summary: '为检查记录添加现场照片',
        params: inspectionParams,
        body: photoBody,
        response: { 201: inspectionDetailOut },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req);
      await attachPhoto(deps, ctx, req.params.id, req.body.fileId);
      return reply.status(201).send(await getInspection(deps, ctx, req.params.id));
    },
  );

  api.get(
    '/enforcement/hazards',
    {
      schema: {
        tags,
        summary: '事故隐患列表（可筛选逾期、挂牌督办）',
        querystring: hazardListQuery,
        response: { 200: hazardListOut },
      },
    },
    async (req) => listHazards(deps, contextOf(req), req.query),
  );
  api.get(
    '/enforcement/hazards/stats',
    {
      schema: {
        tags,
        summary: '检查和隐患统计（按年度）',
        querystring: statsYearQuery,
        response: { 200: inspectionStatsOut },
      },
    },
    async (req) => inspectionStats(deps, contextOf(req), req.query.year),
  );
  api.post(
    '/enforcement/hazards',
    {
      schema: {
        tags,
        summary: '登记事故隐患',
        body: newHazardBody,
        response: { 201: hazardDetailOut },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req);
      const { id } = await createHazard(deps, ctx, req.body);
      return reply.status(201).send(await getHazard(deps, ctx, id));
    },
  );
  api.get(
    '/enforcement/hazards/:id',
    {
      schema: {
        tags,
        summary: '隐患详情（含可办理步骤）',
        params: hazardParams,
        response: { 200: hazardDetailOut },
      },
    },
    async (req) => getHazard(deps, contextOf(req), req.params.id),
  );

  const step = stepRoutes(api, {
    base: '/enforcement/hazards/:id',
    tags,
    params: hazardParams,
    response: hazardDetailOut,
    detail: (ctx, id) => getHazard(deps, ctx, id),
  });
  step('order', '责令限期整改', orderBody, (ctx, id, b) => orderHazard(deps, ctx, id, b));
  step('start', '开始整改', emptyHazardBody, (ctx, id) => startRectification(deps, ctx, id));
  step('recheck', '复查', recheckBody, (ctx, id, b) => recheckHazard(deps, ctx, id, b));
  step('escalate', '移送立案', escalateBody, (ctx, id, b) =>
    escalateHazard(deps, ctx, id, b.caseId),
  );
  step('supervise', '挂牌督办', superviseBody, (ctx, id, b) => superviseHazard(deps, ctx, id, b));
  step('clear', '督办销号', hazardNoteBody, (ctx, id, b) => clearHazard(deps, ctx, id, b.note));
};
