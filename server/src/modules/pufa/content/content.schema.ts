import { isoDate } from '@fazhi/shared';
import { z } from 'zod';
import { AUDIENCE_KEYS, CONTENT_KIND_KEYS, VILLAGE_LEADER_KIND_KEYS } from '../pufa.vocabulary.js';

const text = (label: string, max: number) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}不超过${max}字`).describe(label);

export const contentBody = z
  .object({
    kind: z.enum(CONTENT_KIND_KEYS).describe('文章 / 视频 / 直播'),
    title: text('标题', 80),
    topic: text('主题（如 反诈、民法典、妇女权益）', 20),
    audience: z.enum(AUDIENCE_KEYS).describe('普法对象'),
    department: text('普法责任单位（谁执法谁普法）', 40),
    body: text('正文或简介', 20_000),
    mediaUrl: z
      .string()
      .trim()
      .url('视频或直播地址格式有误')
      .max(500)
      .refine((u) => u.startsWith('https://'), '视频或直播地址须为 https 链接')
      .optional()
      .describe('视频或直播地址'),
    eventOn: isoDate.optional().describe('直播日期'),
  })
  .strict()
  .refine((b) => b.kind !== 'livestream' || !!b.eventOn, {
    message: '直播须填写直播日期',
    path: ['eventOn'],
  });

export const publishBody = z.object({ publishedOn: isoDate.describe('发布日期') }).strict();
export const withdrawBody = z.object({ reason: text('撤回原因', 200) }).strict();

export const participantsBody = z
  .object({ participants: z.number().int().min(0).max(10_000_000).describe('参与人数') })
  .strict();

export const contentListQuery = z
  .object({
    kind: z.enum(CONTENT_KIND_KEYS).optional(),
    audience: z.enum(AUDIENCE_KEYS).optional(),
    topic: z.string().trim().max(20).optional(),
  })
  .strict();

export const dutyItemBody = z
  .object({
    year: z.number().int().min(2000).max(2100).describe('年度'),
    department: text('执法部门', 40),
    laws: z.array(text('法律法规', 60)).min(1, '请填写至少一部法律法规').max(30),
    audience: text('普法对象', 60),
    activities: text('普法方式和安排', 500),
  })
  .strict();

export const yearOnlyQuery = z
  .object({ year: z.coerce.number().int().min(2000).max(2100).optional().describe('年度') })
  .strict();

export const villageLeaderBody = z
  .object({
    villageId: z.string().uuid('村（社区）编号格式有误').describe('村（社区）'),
    kind: z.enum(VILLAGE_LEADER_KIND_KEYS).describe('法律明白人 / 法治带头人'),
    name: text('姓名', 20),
    post: text('身份（村民代表、网格员、调解员等）', 30),
    trainedOn: isoDate.optional().describe('最近一次法律知识培训日期'),
  })
  .strict();

export const villageLeaderQuery = z
  .object({ villageId: z.string().uuid('村（社区）编号格式有误').optional() })
  .strict();
