import { contextOf } from '../../core/http/context.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { computeDeadline } from '../../core/calendar/index.js';
import { loadCalendar } from './calendar-loader.js';
import { listDays, listNotices, listYears } from './calendar-read.service.js';
import {
  daysResponse,
  deadlineQuery,
  deadlineResult,
  enteredResponse,
  importBody,
  noticeBody,
  noticesResponse,
  yearQuery,
  yearsResponse,
} from './calendar.schema.js';
import { enterNotice, importCalendarCsv } from './notice.service.js';

const tags = ['工作日历'];

export const calendarRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/calendar/deadline',
    {
      schema: {
        tags,
        summary:
          '期限计算器（公开，无需登录）：起算日次日起算，工作日跳过周末和法定节假日、计入调休上班日',
        querystring: deadlineQuery,
        response: { 200: deadlineResult },
      },
    },
    async (req) =>
      computeDeadline(
        await loadCalendar(deps.db.kysely),
        req.query.from,
        req.query.days,
        req.query.unit,
      ),
  );

  api.get(
    '/calendar/years',
    { schema: { tags, summary: '各年度放假安排录入情况', response: { 200: yearsResponse } } },
    async (req) => listYears(deps, contextOf(req)),
  );

  api.get(
    '/calendar/notices',
    {
      schema: {
        tags,
        summary: '某年放假安排的全部版本',
        querystring: yearQuery,
        response: { 200: noticesResponse },
      },
    },
    async (req) => listNotices(deps, contextOf(req), req.query.year),
  );

  api.get(
    '/calendar/days',
    {
      schema: {
        tags,
        summary: '某年现行有效的放假日和调休上班日',
        querystring: yearQuery,
        response: { 200: daysResponse },
      },
    },
    async (req) => listDays(deps, contextOf(req), req.query.year),
  );

  api.post(
    '/calendar/notices',
    {
      schema: {
        tags,
        summary: '录入国务院放假安排（新版本，完整替代该年旧版本）',
        body: noticeBody,
        response: { 201: enteredResponse },
      },
    },
    async (req, reply) => reply.status(201).send(await enterNotice(deps, contextOf(req), req.body)),
  );

  api.post(
    '/calendar/notices/import',
    {
      schema: {
        tags,
        summary: '以 CSV 导入国务院放假安排（任一行有误则全部不导入）',
        body: importBody,
        response: { 201: enteredResponse },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await importCalendarCsv(deps, contextOf(req), req.body)),
  );
};
