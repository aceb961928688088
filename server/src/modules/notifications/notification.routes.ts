import { z } from 'zod';
import { contextOf } from '../../core/http/context.js';
import { pageQuery } from '../../core/http/paging.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { MAX_DAYS_AHEAD } from './notification-sweep.js';
import { getSettings, saveSettings } from './notification-settings.service.js';
import { listNotifications, markAllRead, markRead } from './notification.service.js';

const tags = ['消息提醒'];
const hhmm = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM')
  .nullable();

const notification = z.object({
  id: z.string(),
  kind: z
    .string()
    .describe(
      'task.assigned 新待办 / task.due_soon 即将到期 / task.overdue 已超期 / submission.returned 被退回',
    ),
  title: z.string(),
  body: z.string().nullable(),
  link: z.string().nullable().describe('打开相关页面的前端路由'),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});

const settings = z.object({
  inApp: z.literal(true).describe('站内消息始终开启'),
  sms: z.boolean(),
  zzd: z.boolean(),
  zzdAccountId: z.string().nullable(),
  quietStart: z.string().nullable(),
  quietEnd: z.string().nullable(),
  daysAhead: z.number().int(),
  phoneMasked: z.string().nullable().describe('短信发往的手机号（脱敏）'),
  available: z.object({ sms: z.boolean(), zzd: z.boolean() }).describe('本系统已接入的通道'),
});

export const notificationRoutes: RoutesPlugin = (api, deps) => {
  api.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: '我的消息：最新的在前，可只看未读，附未读数',
        querystring: pageQuery
          .extend({
            unread: z
              .enum(['true', 'false'])
              .transform((v) => v === 'true')
              .optional()
              .describe('true：只看未读'),
          })
          .strict(),
        response: {
          200: z.object({
            items: z.array(notification),
            total: z.number().int(),
            unread: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
          }),
        },
      },
    },
    async (req) => listNotifications(deps, contextOf(req), req.query),
  );

  api.post(
    '/notifications/:id/read',
    {
      schema: {
        tags,
        summary: '标为已读',
        params: z.object({ id: z.string().min(1).max(64) }),
        response: { 200: z.object({ id: z.string(), readAt: z.string() }) },
      },
    },
    async (req) => markRead(deps, contextOf(req), req.params.id),
  );

  api.post(
    '/notifications/read-all',
    {
      schema: {
        tags,
        summary: '全部标为已读',
        response: { 200: z.object({ marked: z.number().int() }) },
      },
    },
    async (req) => markAllRead(deps, contextOf(req)),
  );

  api.get(
    '/notifications/settings',
    {
      schema: { tags, summary: '我的提醒设置', response: { 200: settings } },
    },
    async (req) => getSettings(deps, contextOf(req)),
  );

  api.put(
    '/notifications/settings',
    {
      schema: {
        tags,
        summary: '保存提醒设置（短信、浙政钉、免打扰时段、提前几个工作日提醒）',
        body: z
          .object({
            sms: z.boolean(),
            zzd: z.boolean(),
            zzdAccountId: z.string().trim().min(1).max(64).nullable().default(null),
            quietStart: hhmm.default(null),
            quietEnd: hhmm.default(null),
            daysAhead: z
              .number()
              .int()
              .min(1)
              .max(MAX_DAYS_AHEAD)
              .describe('截止日前几个工作日提醒'),
          })
          .strict(),
        response: { 200: settings },
      },
    },
    async (req) => saveSettings(deps, contextOf(req), req.body),
  );
};
