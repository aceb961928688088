import { contextOf } from '../../../core/http/context.js';
import type { RoutesPlugin } from '../../../core/http/types.js';
import { stepRoutes } from '../../../core/workflow/index.js';
import { idParams } from '../legal-services.schema.js';
import { getApplication, listApplications } from './aid-read.service.js';
import {
  advanceAid,
  assignLawyer,
  closeApplication,
  decideObjection,
  deemWithdrawn,
  forwardApplication,
  grantAid,
  objectToRefusal,
  refuseAid,
  requestMaterials,
  supplyMaterials,
} from './aid-steps.service.js';
import { aidDetailOut, aidListOut } from './aid.responses.js';
import { createApplication } from './aid.service.js';
import {
  aidListQuery,
  assignBody,
  closeBody,
  decisionBody,
  forwardBody,
  materialsBody,
  newAidBody,
  objectBody,
  objectionDecisionBody,
  refuseBody,
  suppliedBody,
} from './aid.schema.js';

const tags = ['法律援助'];

/** 法律援助: intake at the station, the application on the kernel (one line per step). */
export const aidRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/legal-services/aid',
    {
      schema: {
        tags,
        summary: '法律援助申请',
        querystring: aidListQuery,
        response: { 200: aidListOut },
      },
    },
    async (req) => listApplications(deps, contextOf(req), req.query),
  );
  api.post(
    '/legal-services/aid',
    {
      schema: {
        tags,
        summary: '受理法律援助申请',
        body: newAidBody,
        response: { 201: aidDetailOut },
      },
    },
    async (req, reply) => {
      const ctx = contextOf(req);
      const { id } = await createApplication(deps, ctx, req.body);
      return reply.status(201).send(await getApplication(deps, ctx, id));
    },
  );
  api.get(
    '/legal-services/aid/:id',
    {
      schema: {
        tags,
        summary: '法律援助申请详情（含可办理步骤和期限）',
        params: idParams,
        response: { 200: aidDetailOut },
      },
    },
    async (req) => getApplication(deps, contextOf(req), req.params.id),
  );
  const step = stepRoutes(api, {
    base: '/legal-services/aid/:id',
    tags,
    params: idParams,
    response: aidDetailOut,
    detail: (ctx, id) => getApplication(deps, ctx, id),
  });
  step('forward', '转交县法律援助中心', forwardBody, (ctx, id, b) =>
    forwardApplication(deps, ctx, id, b),
  );
  step('request-materials', '一次性告知补充材料', materialsBody, (ctx, id, b) =>
    requestMaterials(deps, ctx, id, b),
  );
  step('supply-materials', '材料已补充', suppliedBody, (ctx, id, b) =>
    supplyMaterials(deps, ctx, id, b),
  );
  step('deem-withdrawn', '逾期未补充，视为撤回', null, (ctx, id) => deemWithdrawn(deps, ctx, id));
  step('advance', '先行提供法律援助', decisionBody, (ctx, id, b) => advanceAid(deps, ctx, id, b));
  step('grant', '登记给予援助决定', decisionBody, (ctx, id, b) => grantAid(deps, ctx, id, b));
  step('refuse', '登记不予援助决定', refuseBody, (ctx, id, b) => refuseAid(deps, ctx, id, b));
  step('assign', '登记指派律师', assignBody, (ctx, id, b) => assignLawyer(deps, ctx, id, b));
  step('object', '登记异议', objectBody, (ctx, id, b) => objectToRefusal(deps, ctx, id, b));
  step('decide-objection', '登记异议审查结果', objectionDecisionBody, (ctx, id, b) =>
    decideObjection(deps, ctx, id, b),
  );
  step('close', '结案', closeBody, (ctx, id, b) => closeApplication(deps, ctx, id, b));
};
