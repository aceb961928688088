import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import {
  parseNoticeCsv,
  validateNoticeRows,
  type NoticeRowError,
  type NoticeRowInput,
} from '../../core/calendar/index.js';
import { today, type Deps } from '../../core/deps.js';
import { badRequest, conflict } from '../../core/errors.js';
import { mutation } from '../../core/mutation.js';
import { closeTasks } from '../../core/tasks/tasks.js';
import { loadCalendar } from './calendar-loader.js';
import { assertMayManageCalendar } from './calendar.policy.js';
import { insertNotice, nextVersion } from './calendar.repository.js';
import { redateOpenClocks } from './clock-rederive.js';
import { CALENDAR_TASK_KIND, CALENDAR_YEAR_SUBJECT } from './coverage.js';

interface NoticeInput {
  year: number;
  title: string;
  docNumber?: string | null | undefined;
  publishedOn?: string | null | undefined;
  days: { date: string; kind: 'holiday' | 'workday'; name: string }[];
}

interface EnteredNotice {
  notice: {
    id: string;
    year: number;
    version: number;
    title: string;
    docNumber: string | null;
    publishedOn: string | null;
    source: 'form' | 'csv';
    enteredAt: string;
    enteredBy: string | null;
    holidayCount: number;
    workdayCount: number;
    effective: true;
  };
  redated: { count: number; clockIds: string[] };
  tasksClosed: number;
}

function rejectRows(errors: NoticeRowError[], intro: string): never {
  const shown = errors
    .slice(0, 5)
    .map((e) => e.message)
    .join('；');
  const more = errors.length > 5 ? `等 ${errors.length} 处` : '';
  throw badRequest(`${intro}：${shown}${more}。未保存任何数据。`, { errors }, 'CALENDAR_INVALID');
}

const isUniqueViolation = (e: unknown) => {
  const err = e as { code?: string; message?: string };
  return err.code === '23505' || /UNIQUE constraint failed/i.test(err.message ?? '');
};

/**
 * Stores a new version of a year's 放假安排 (the latest version of a year is effective; older ones
 * stay readable), re-dates every open clock it affects and closes the "enter the notice" tasks.
 */
async function storeNotice(
  deps: Deps,
  ctx: RequestContext,
  input: NoticeInput & { rows: NoticeRowInput[]; parseErrors?: NoticeRowError[] },
  source: 'form' | 'csv',
): Promise<EnteredNotice> {
  const actor = authorize(ctx, 'calendar.manage');
  await assertMayManageCalendar(deps.db.kysely, actor);
  const errors = [...(input.parseErrors ?? []), ...validateNoticeRows(input.year, input.rows)].sort(
    (a, b) => (a.line ?? Infinity) - (b.line ?? Infinity),
  );
  if (errors.length)
    rejectRows(
      errors,
      source === 'csv' ? `CSV 有 ${errors.length} 处错误` : `放假安排有 ${errors.length} 处错误`,
    );
  const days = input.rows.map((r) => ({ date: r.date, kind: r.kind, name: r.name.trim() }));
  try {
    return await mutation(deps, ctx, async (m) => {
      const version = await nextVersion(m.trx, input.year);
      const notice = await insertNotice(
        m.trx,
        {
          year: input.year,
          version,
          title: input.title.trim(),
          docNumber: input.docNumber?.trim() || null,
          publishedOn: input.publishedOn ?? null,
          source,
          enteredBy: actor.userId,
          enteredAt: m.now.toISOString(),
          note: null,
        },
        days,
      );
      const redated = await redateOpenClocks(m.trx, await loadCalendar(m.trx), today(deps), m.now);
      const tasksClosed = await closeTasks(
        m,
        CALENDAR_YEAR_SUBJECT,
        String(input.year),
        CALENDAR_TASK_KIND,
      );
      const holidayCount = days.filter((d) => d.kind === 'holiday').length;
      await m.audit({
        action: 'calendar.notice.entered',
        targetType: 'calendar_notice',
        targetId: notice.id,
        orgId: null,
        meta: {
          year: input.year,
          version,
          source,
          title: notice.title,
          docNumber: notice.docNumber,
          holidays: holidayCount,
          workdays: days.length - holidayCount,
          redated: {
            count: redated.length,
            clocks: redated.map((r) => ({ id: r.id, before: r.before, after: r.after })),
          },
          tasksClosed,
        },
      });
      return {
        notice: {
          ...notice,
          source,
          enteredBy: actor.displayName,
          holidayCount,
          workdayCount: days.length - holidayCount,
          effective: true as const,
        },
        redated: { count: redated.length, clockIds: redated.map((r) => r.id) },
        tasksClosed,
      };
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw conflict(
        `${input.year}年放假安排正被他人同时录入，请刷新后重试`,
        'CALENDAR_VERSION_CONFLICT',
      );
    throw e;
  }
}

/** POST /calendar/notices: the form. Rows are numbered 第1条, 第2条 … in messages. */
export async function enterNotice(
  deps: Deps,
  ctx: RequestContext,
  input: NoticeInput,
): Promise<EnteredNotice> {
  const rows = input.days.map((d, i) => ({ ...d, where: `第${i + 1}条` }));
  return storeNotice(deps, ctx, { ...input, rows }, 'form');
}

/**
 * CSV import (the API and `fazhi calendar import FILE`): `date,kind,name` rows. Any bad row rejects
 * the whole file with a line-by-line report, and nothing is written.
 */
export async function importCalendarCsv(
  deps: Deps,
  ctx: RequestContext,
  input: { year: number; title: string; docNumber?: string | null | undefined; csv: string },
): Promise<EnteredNotice> {
  const { rows, errors } = parseNoticeCsv(input.csv);
  return storeNotice(
    deps,
    ctx,
    {
      year: input.year,
      title: input.title,
      docNumber: input.docNumber ?? null,
      days: [],
      rows,
      parseErrors: errors,
    },
    'csv',
  );
}
