import { contextOf } from '../../../core/http/context.js';
import type { RoutesPlugin } from '../../../core/http/types.js';
import {
  answerBody,
  appointmentQuery,
  emptyBody,
  idParams,
  questionQuery,
  ratingBody,
  statsQuery,
  townQuery,
  visitBatchBody,
  visitBody,
  visitFilterQuery,
  visitListQuery,
  windowBody,
  windowPatch,
} from '../legal-services.schema.js';
import { legalServicesStats } from '../stats.service.js';
import { callNext, markTicketLeft, queueToday, takeTicket } from './queue.service.js';
import {
  answerQuestion,
  cancelAppointment,
  checkInAppointment,
  listAppointments,
  listQuestions,
} from './requests.service.js';
import {
  appointmentOut,
  appointmentsOut,
  countOut,
  questionOut,
  questionsOut,
  queueOut,
  statsOut,
  ticketOut,
  visitListOut,
  visitOut,
  windowItemsOut,
  windowOut,
  windowsOut,
} from './station.responses.js';
import { sendVisitLedger } from './visit-ledger.js';
import { listVisits, logVisit, rateVisit, recordVisits } from './visits.service.js';
import { createWindow, listWindows, openDefaultWindows, updateWindow } from './windows.service.js';

const tags = ['公共法律服务站'];

/** 公共法律服务站: windows, the queue, the service log with ratings, bookings, online questions, figures. */
export const stationRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/legal-services/windows',
    {
      schema: {
        tags,
        summary: '服务站窗口（3+X）',
        querystring: townQuery,
        response: { 200: windowsOut },
      },
    },
    async (req) => listWindows(deps, contextOf(req), req.query.orgId),
  );
  api.post(
    '/legal-services/windows',
    { schema: { tags, summary: '新增窗口', body: windowBody, response: { 201: windowOut } } },
    async (req, reply) =>
      reply.status(201).send(await createWindow(deps, contextOf(req), req.body)),
  );
  api.post(
    '/legal-services/windows/defaults',
    {
      schema: {
        tags,
        summary: '开设“3+X”默认窗口',
        body: emptyBody,
        response: { 201: windowItemsOut },
      },
    },
    async (req, reply) => reply.status(201).send(await openDefaultWindows(deps, contextOf(req))),
  );
  api.patch(
    '/legal-services/windows/:id',
    {
      schema: {
        tags,
        summary: '修改、停用或重开窗口',
        params: idParams,
        body: windowPatch,
        response: { 200: windowOut },
      },
    },
    async (req) => updateWindow(deps, contextOf(req), req.params.id, req.body),
  );
  api.post(
    '/legal-services/windows/:id/call-next',
    {
      schema: {
        tags,
        summary: '叫号（本窗口下一位）',
        params: idParams,
        body: emptyBody,
        response: { 200: ticketOut },
      },
    },
    async (req) => callNext(deps, contextOf(req), req.params.id),
  );
  api.get(
    '/legal-services/queue',
    {
      schema: {
        tags,
        summary: '今日排队情况',
        querystring: townQuery,
        response: { 200: queueOut },
      },
    },
    async (req) => queueToday(deps, contextOf(req), req.query.orgId),
  );
  api.post(
    '/legal-services/windows/:id/tickets',
    {
      schema: {
        tags,
        summary: '取号',
        params: idParams,
        body: emptyBody,
        response: { 201: ticketOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await takeTicket(deps, contextOf(req), req.params.id)),
  );
  api.post(
    '/legal-services/queue/tickets/:id/skip',
    {
      schema: {
        tags,
        summary: '过号',
        params: idParams,
        body: emptyBody,
        response: { 200: ticketOut },
      },
    },
    async (req) => markTicketLeft(deps, contextOf(req), req.params.id),
  );
  api.get(
    '/legal-services/visits',
    {
      schema: {
        tags,
        summary: '服务登记台账',
        querystring: visitListQuery,
        response: { 200: visitListOut },
      },
    },
    async (req) => listVisits(deps, contextOf(req), req.query),
  );
  api.get(
    '/legal-services/visits/export',
    { schema: { tags, summary: '导出服务登记台账（XLSX）', querystring: visitFilterQuery } },
    async (req, reply) => sendVisitLedger(deps, contextOf(req), reply, req.query),
  );
  api.post(
    '/legal-services/windows/:id/visits',
    {
      schema: {
        tags,
        summary: '登记来访服务',
        params: idParams,
        body: visitBody,
        response: { 201: visitOut },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await logVisit(deps, contextOf(req), { ...req.body, windowId: req.params.id })),
  );
  api.post(
    '/legal-services/windows/:id/visits/batch',
    {
      schema: {
        tags,
        summary: '批量补录纸质登记簿',
        params: idParams,
        body: visitBatchBody,
        response: { 201: countOut },
      },
    },
    async (req, reply) => {
      const visits = req.body.visits.map((v) => ({ ...v, windowId: req.params.id }));
      return reply.status(201).send(await recordVisits(deps, contextOf(req), visits));
    },
  );
  api.post(
    '/legal-services/visits/:id/rating',
    {
      schema: {
        tags,
        summary: '满意度评价',
        params: idParams,
        body: ratingBody,
        response: { 200: visitOut },
      },
    },
    async (req) => rateVisit(deps, contextOf(req), req.params.id, req.body),
  );
  api.get(
    '/legal-services/appointments',
    {
      schema: {
        tags,
        summary: '网上预约',
        querystring: appointmentQuery,
        response: { 200: appointmentsOut },
      },
    },
    async (req) => listAppointments(deps, contextOf(req), req.query),
  );
  api.post(
    '/legal-services/appointments/:id/check-in',
    {
      schema: {
        tags,
        summary: '预约到站取号',
        params: idParams,
        body: emptyBody,
        response: { 200: ticketOut },
      },
    },
    async (req) => checkInAppointment(deps, contextOf(req), req.params.id),
  );
  api.post(
    '/legal-services/appointments/:id/cancel',
    {
      schema: {
        tags,
        summary: '取消预约',
        params: idParams,
        body: emptyBody,
        response: { 200: appointmentOut },
      },
    },
    async (req) => cancelAppointment(deps, contextOf(req), req.params.id),
  );
  api.get(
    '/legal-services/questions',
    {
      schema: {
        tags,
        summary: '网上咨询',
        querystring: questionQuery,
        response: { 200: questionsOut },
      },
    },
    async (req) => listQuestions(deps, contextOf(req), req.query),
  );
  api.post(
    '/legal-services/questions/:id/answer',
    {
      schema: {
        tags,
        summary: '答复网上咨询',
        params: idParams,
        body: answerBody,
        response: { 200: questionOut },
      },
    },
    async (req) => answerQuestion(deps, contextOf(req), req.params.id, req.body),
  );
  api.get(
    '/legal-services/stats',
    {
      schema: {
        tags,
        summary: '法律咨询、化解矛盾、法律援助、司法协助（按年度）',
        querystring: statsQuery,
        response: { 200: statsOut },
      },
    },
    async (req) => legalServicesStats(deps, contextOf(req), req.query),
  );
};
