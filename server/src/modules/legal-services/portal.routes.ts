import { z } from 'zod';
import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { publicAdvisers } from './advisers/advisers.service.js';
import { askBody, bookBody, idParams, trackBody } from './legal-services.schema.js';
import {
  ADVISER_LOG_KINDS,
  AID_MATTERS,
  APPOINTMENT_SLOTS,
  ASSISTANCE_SUBTYPES,
  EXEMPTIONS,
  MEANS_METHODS,
  TICKET_STATES,
  VISIT_CHANNELS,
  VISIT_OUTCOMES,
  WINDOW_KINDS,
} from './legal-services.vocabulary.js';
import { AID_STATES } from './aid/aid.workflow.js';
import {
  askQuestion,
  bookAppointment,
  portalStation,
  trackQuestion,
} from './station/portal.service.js';
import { publicAdvisersOut, publicStationOut, vocabularyOut } from './services.responses.js';

const tags = ['公共法律服务（门户）'];

/** The portal: the station's windows, booking, online questions, the villages' advisers; the vocabulary. */
export const legalServicesPortalRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/legal-services/vocabulary',
    {
      schema: {
        tags,
        summary: '窗口类别、办理结果、法律援助事项等取值',
        response: { 200: vocabularyOut },
      },
    },
    async () => ({
      windowKinds: WINDOW_KINDS,
      channels: VISIT_CHANNELS,
      outcomes: VISIT_OUTCOMES,
      ticketStates: TICKET_STATES,
      slots: APPOINTMENT_SLOTS,
      aidMatters: AID_MATTERS,
      meansMethods: MEANS_METHODS,
      exemptions: EXEMPTIONS,
      aidStates: AID_STATES,
      assistanceSubtypes: ASSISTANCE_SUBTYPES,
      adviserLogKinds: ADVISER_LOG_KINDS,
    }),
  );
  api.get(
    '/public/legal-services/station',
    { schema: { tags, summary: '服务站窗口和预约时段', response: { 200: publicStationOut } } },
    async () => portalStation(deps),
  );
  api.get(
    '/public/legal-services/advisers',
    {
      schema: {
        tags,
        summary: '各村法律顾问（接待时间、场所、联系方式）',
        response: { 200: publicAdvisersOut },
      },
    },
    async () => publicAdvisers(deps),
  );
  api.post(
    '/portal/legal-services/windows/:id/appointments',
    {
      schema: {
        tags,
        summary: '网上预约',
        params: idParams,
        body: bookBody,
        response: {
          201: z.object({
            code: z.string().describe('预约码（到站时出示）'),
            onDate: z.string(),
            slot: z.string().describe('时段名称'),
            window: z.string(),
          }),
        },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await bookAppointment(deps, contextOf(req), { ...req.body, windowId: req.params.id }),
        ),
  );
  api.post(
    '/portal/legal-services/questions',
    {
      schema: {
        tags,
        summary: '网上法律咨询',
        body: askBody,
        response: {
          201: z.object({ code: z.string().describe('查询码'), askedOn: z.string() }),
        },
      },
    },
    async (req, reply) => reply.status(201).send(await askQuestion(deps, contextOf(req), req.body)),
  );
  api.post(
    '/portal/legal-services/questions/track',
    {
      schema: {
        tags,
        summary: '查询咨询答复',
        body: trackBody,
        response: {
          200: z.object({
            code: z.string(),
            question: z.string(),
            askedOn: z.string(),
            answer: z.string().nullable(),
            answeredOn: z.string().nullable(),
            answeredBy: z.string().nullable(),
          }),
        },
      },
    },
    async (req) => trackQuestion(deps, contextOf(req), req.body),
  );
};
