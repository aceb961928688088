import { isCalendarDate, PAUSE_REASONS } from '@fazhi/shared';
import { z } from 'zod';

/** Response and request shapes of the calendar, deadline and clock endpoints. */

const dayUnit = z.enum(['working', 'calendar']);

const explanationStep = z.object({
  date: z.string().describe('该步骤的第一天'),
  to: z.string().optional().describe('连续多日时的最后一天'),
  kind: z.enum([
    'counted',
    'makeup_workday',
    'weekend',
    'holiday',
    'paused',
    'moved',
    'extension',
    'start',
    'provisional',
  ]),
  note: z.string(),
});

export const deadlineQuery = z
  .object({
    from: z
      .string({ error: '请提供起算日期 from（YYYY-MM-DD）' })
      .refine(isCalendarDate, '起算日期 from 应为真实存在的日期，格式 YYYY-MM-DD')
      .describe('起算日（当日不计入），YYYY-MM-DD'),
    days: z.coerce
      .number({ error: '期限天数 days 应为整数' })
      .int('期限天数 days 应为整数')
      .min(1, '期限天数 days 至少为 1')
      .max(3650, '期限天数 days 最多为 3650')
      .describe('期限天数，1–3650'),
    unit: z
      .enum(['working', 'calendar'], {
        error: '期限单位 unit 应为 working（工作日）或 calendar（自然日）',
      })
      .describe('working 工作日 / calendar 自然日'),
  })
  .strict();

export const deadlineResult = z.object({
  from: z.string(),
  days: z.number(),
  unit: dayUnit,
  due: z.string().describe('截止日'),
  provisional: z.boolean().describe('是否为暂定结果（涉及尚未录入放假安排的年份）'),
  provisionalReasons: z.array(z.string()),
  basis: z.string().describe('计算依据'),
  explanation: z.array(explanationStep),
  summary: z.string(),
});

export const clockView = z.object({
  id: z.string(),
  orgId: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  purpose: z.string(),
  startDate: z.string(),
  limitDays: z.number(),
  unit: dayUnit,
  basis: z.string(),
  extensionDays: z.number(),
  state: z.enum(['running', 'paused', 'stopped']),
  stoppedOn: z.string().nullable(),
  baseDueDate: z.string(),
  dueDate: z.string(),
  provisional: z.boolean(),
  provisionalReasons: z.array(z.string()),
  status: z.enum(['on_track', 'due_soon', 'overdue', 'paused', 'stopped']),
  statusLabel: z.string(),
  daysLeft: z.number().nullable(),
  pauses: z.array(
    z.object({
      id: z.string(),
      reason: z.enum(PAUSE_REASONS as [string, ...string[]]),
      reasonLabel: z.string(),
      fromDate: z.string(),
      toDate: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  extensions: z.array(
    z.object({
      id: z.string(),
      days: z.number(),
      reason: z.string(),
      basis: z.string().nullable(),
      approvedBy: z.string(),
      createdAt: z.string(),
    }),
  ),
  explanation: z.array(explanationStep),
  summary: z.string(),
  explained: z.string().describe('一句话说明：起算日、跳过的节假日和调休、暂停、延长、顺延及依据'),
  abilities: z.object({ extend: z.boolean() }),
});

export const extendBody = z
  .object({
    days: z
      .number({ error: '延长天数应为整数' })
      .int('延长天数应为整数')
      .min(1, '延长天数至少为 1')
      .max(3650)
      .describe('延长的天数（与原期限同单位）'),
    reason: z.string().trim().min(2, '请填写延长理由（至少 2 个字）').max(500).describe('延长理由'),
    basis: z
      .string()
      .trim()
      .min(2, '请填写延长的法律依据')
      .max(200)
      .describe('法律依据，如《政府信息公开条例》第三十三条第二款'),
  })
  .strict();

export const idParams = z.object({ id: z.string().uuid('编号格式有误') }).strict();

const noticeMeta = {
  year: z
    .number({ error: '年份应为整数' })
    .int('年份应为整数')
    .min(1990, '年份不早于 1990')
    .max(2100, '年份不晚于 2100')
    .describe('放假安排所属年份'),
  title: z
    .string()
    .trim()
    .min(2, '请填写通知标题')
    .max(100, '标题最多 100 个字')
    .describe('通知标题，如“国务院办公厅关于2027年部分节假日安排的通知”'),
  docNumber: z
    .string()
    .trim()
    .max(60, '文号最多 60 个字')
    .nullish()
    .describe('文号，如 国办发明电〔2026〕7号'),
};

export const noticeBody = z
  .object({
    ...noticeMeta,
    publishedOn: z
      .string()
      .refine(isCalendarDate, '发布日期应为 YYYY-MM-DD')
      .nullish()
      .describe('发布日期'),
    days: z
      .array(
        z
          .object({
            date: z.string().describe('YYYY-MM-DD'),
            kind: z.enum(['holiday', 'workday'], {
              error: '类型应为 holiday（放假）或 workday（调休上班）',
            }),
            name: z
              .string()
              .max(30, '名称最多 30 个字')
              .describe('节日名称，如 国庆节、国庆节调休上班'),
          })
          .strict(),
      )
      .min(1, '请至少登记一天')
      .max(120, '一年最多 120 条')
      .describe('该年全部放假日和调休上班日（新版本完整替代旧版本）'),
  })
  .strict();

export const importBody = z
  .object({
    ...noticeMeta,
    csv: z
      .string()
      .min(1, 'CSV 内容为空')
      .max(20_000, 'CSV 内容过长')
      .describe('CSV 文本：每行 日期,类型,名称；类型为 holiday/workday 或 放假/上班；可有表头'),
  })
  .strict();

const noticeSummary = z.object({
  id: z.string(),
  year: z.number(),
  version: z.number(),
  title: z.string(),
  docNumber: z.string().nullable(),
  publishedOn: z.string().nullable(),
  source: z.enum(['chinese-days', 'form', 'csv']),
  enteredAt: z.string(),
  enteredBy: z.string().nullable().describe('录入人姓名；系统预置为 null'),
  holidayCount: z.number(),
  workdayCount: z.number(),
  effective: z.boolean(),
});

const specialDay = z.object({
  date: z.string(),
  kind: z.enum(['holiday', 'workday']),
  name: z.string(),
});

export const enteredResponse = z.object({
  notice: noticeSummary,
  redated: z
    .object({ count: z.number(), clockIds: z.array(z.string()) })
    .describe('因新安排而重新计算截止日的在办期限'),
  tasksClosed: z.number(),
});

export const yearsResponse = z.object({
  items: z.array(
    z.object({
      year: z.number(),
      covered: z.boolean(),
      provisional: z.boolean().describe('未录入放假安排：涉及该年的计算均为暂定'),
      versions: z.number(),
      effective: noticeSummary.nullable(),
    }),
  ),
  abilities: z.object({ manage: z.boolean() }),
});

export const noticesResponse = z.object({
  year: z.number(),
  items: z.array(noticeSummary.extend({ days: z.array(specialDay) })),
});

export const daysResponse = z.object({
  year: z.number(),
  covered: z.boolean(),
  notice: noticeSummary.nullable(),
  days: z
    .array(specialDay)
    .describe('已录入通知的放假和调休日；未录入时为按《全国年节及纪念日放假办法》推算的法定节假日'),
  provisionalReason: z.string().nullable().describe('未录入通知时，说明哪些日子尚待确定'),
});

export const yearQuery = z
  .object({
    year: z.coerce
      .number({ error: '年份应为整数' })
      .int('年份应为整数')
      .min(1990)
      .max(2100)
      .describe('年份'),
  })
  .strict();
