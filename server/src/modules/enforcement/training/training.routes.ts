import { contextOf } from '../../../core/http/context.js';
import type { RoutesPlugin } from '../../../core/http/types.js';
import { listTrainings, recordTraining } from './training.service.js';
import { createdOut } from '../enforcement.responses.js';
import { trainingBody, trainingListOut, trainingListQuery } from './training.schema.js';

const tags = ['行政执法'];

/** 执法人员培训学时: sessions per officer and each certificate holder's year against the requirement. */
export const trainingRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/enforcement/trainings',
    {
      schema: {
        tags,
        summary: '执法人员培训记录和年度学时',
        querystring: trainingListQuery,
        response: { 200: trainingListOut },
      },
    },
    async (req) => listTrainings(deps, contextOf(req), req.query),
  );
  api.post(
    '/enforcement/trainings',
    {
      schema: {
        tags,
        summary: '登记执法人员培训（浙江省综合行政执法条例第三十一条）',
        body: trainingBody,
        response: { 201: createdOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await recordTraining(deps, contextOf(req), req.body)),
  );
};
