import type { PauseReason } from '@fazhi/shared';
import type { RequestContext } from '../../../core/authz/actor.js';
import type { MutationScope } from '../../../core/mutation.js';
import { startClock, stopClock, pauseClock, resumeClock } from '../../calendar/calendar.public.js';
import { closeTasks, createTask } from '../../../core/tasks/tasks.js';
import { SUBJECT_TYPE } from './request.repository.js';
import type { DisclosureRequestsTable } from './request.tables.js';

/**
 * The statutory clocks of one application and the inbox tasks that follow them. All run inside the
 * caller's mutation; the clock service writes its own audit events.
 */
const R = '《政府信息公开条例》';
export const CLOCK_BASIS = {
  reply: `${R}第三十三条第二款`,
  replyAfterCorrection: `${R}第三十条、第三十三条第二款`,
  correctionNotice: `${R}第三十条`,
  correctionPeriod: `${R}第三十条`,
  consultation: { third_party: `${R}第三十二条`, interagency: `${R}第三十四条` },
  fee: '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
} as const;

const REPLY_DAYS = 20; // 第三十三条第二款
const CORRECTION_NOTICE_DAYS = 7; // 第三十条
export const CONSULTATION_DAYS = 15; // 第三十二条、第三十四条

type Req = Pick<DisclosureRequestsTable, 'id' | 'orgId' | 'trackingCode' | 'applicantName'>;
const link = (req: Req) => `/disclosure/requests?focus=${req.id}`;

async function clock(
  m: MutationScope,
  req: Req,
  purpose: string,
  startDate: string,
  limitDays: number,
  basis: string,
) {
  return startClock(m, {
    orgId: req.orgId,
    subjectType: SUBJECT_TYPE,
    subjectId: req.id,
    purpose,
    startDate,
    limitDays,
    unit: 'working',
    basis,
  });
}

/** 20 working days from `from` (receipt, or receipt of the correction), with the office's reply task. */
export async function startReplyClock(
  m: MutationScope,
  req: Req,
  from: string,
  afterCorrection = false,
) {
  const c = await clock(
    m,
    req,
    'disclosure.reply',
    from,
    REPLY_DAYS,
    afterCorrection ? CLOCK_BASIS.replyAfterCorrection : CLOCK_BASIS.reply,
  );
  await createTask(m, {
    orgId: req.orgId,
    module: 'disclosure',
    kind: 'disclosure.reply_due',
    subjectType: SUBJECT_TYPE,
    subjectId: req.id,
    title: `答复政府信息公开申请（${req.applicantName}，查询码 ${req.trackingCode}）`,
    assigneeRole: 'office_clerk',
    clockId: c.id,
    link: link(req),
  });
  return c;
}

/** The 7 working days within which a 补正 notice may be sent (no task: most applications need none). */
export const startCorrectionNoticeClock = (m: MutationScope, req: Req, receivedOn: string) =>
  clock(
    m,
    req,
    'disclosure.correction_notice',
    receivedOn,
    CORRECTION_NOTICE_DAYS,
    CLOCK_BASIS.correctionNotice,
  );

/** A clock the applicant or a consulted party runs against, followed up by the office when it lapses. */
export async function startFollowUpClock(
  m: MutationScope,
  req: Req,
  input: {
    purpose: string;
    kind: string;
    from: string;
    days: number;
    basis: string;
    title: string;
  },
) {
  const c = await clock(m, req, input.purpose, input.from, input.days, input.basis);
  await createTask(m, {
    orgId: req.orgId,
    module: 'disclosure',
    kind: input.kind,
    subjectType: SUBJECT_TYPE,
    subjectId: req.id,
    title: input.title,
    assigneeRole: 'office_clerk',
    clockId: c.id,
    link: link(req),
  });
  return c;
}

export async function stopIfSet(
  m: MutationScope,
  ctx: RequestContext,
  clockId: string | null,
  on: string,
) {
  if (clockId) await stopClock(m, ctx, clockId, { on });
}

export const pauseReply = (
  m: MutationScope,
  ctx: RequestContext,
  clockId: string,
  reason: PauseReason,
  on: string,
  basis: string,
) => pauseClock(m, ctx, clockId, { reason, on, basis });

export const resumeReply = (
  m: MutationScope,
  ctx: RequestContext,
  clockId: string,
  on: string,
  basis: string,
) => resumeClock(m, ctx, clockId, { on, basis });

/** Closes the subject's open tasks of one kind (or all of them). */
export const closeRequestTasks = (m: MutationScope, requestId: string, kind?: string) =>
  closeTasks(m, SUBJECT_TYPE, requestId, kind);
