import { assertTownStaff } from '../../../core/workflow/index.js';
import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { today, type Deps } from '../../../core/deps.js';
import { badRequest, notFound, ruleViolation } from '../../../core/errors.js';
import { takeFloodHit, type FloodRule } from '../../../core/http/flood-control.js';
import { newId } from '../../../core/ids.js';
import { mutation, type MutationScope } from '../../../core/mutation.js';
import { createTask } from '../../../core/tasks/tasks.js';
import { findOrgByCode } from '../../orgs/orgs.public.js';
import { applicantColumns, newTrackingCode, type ApplicantInput } from './applicant-input.js';
import { receiptDate, RECEIPT_BASIS, type ReceiptDates } from './receipt-date.js';
import {
  closeRequestTasks,
  startCorrectionNoticeClock,
  startReplyClock,
  stopIfSet,
} from './request-clocks.js';
import { indexRequest } from './request-index.js';
import { SUBJECT_TYPE, updateRequest } from './request.repository.js';
import { requestStep } from './request-step.js';
import type { DisclosureRequestsTable } from './request.tables.js';
import type { Channel } from './vocabulary.js';

/** Online applications one address may file per hour before it is asked to wait (anti-flooding). */
const ONLINE_APPLICATIONS: FloodRule = {
  name: 'disclosure.apply.ip',
  limit: 10,
  windowMinutes: 60,
  message: '提交过于频繁，请一小时后再试，或到镇便民服务中心当面提交',
};
const PUBLIC_ACTOR = { userId: null, name: '申请人（网上申请）' };

/** Everything an application does not have yet when it arrives: no clocks, steps or outcome. */
function blankRow(): Omit<
  DisclosureRequestsTable,
  | 'id'
  | 'orgId'
  | 'trackingCode'
  | 'state'
  | 'channel'
  | keyof ReturnType<typeof applicantColumns>
  | 'createdAt'
  | 'updatedAt'
> {
  return {
    submittedOn: null,
    signedOn: null,
    arrivedOn: null,
    confirmedOn: null,
    receivedOn: null,
    receiptNote: null,
    replyClockId: null,
    correctionNoticeClockId: null,
    correctionClockId: null,
    feeClockId: null,
    correctionRequestedOn: null,
    correctionItems: null,
    correctionDueOn: null,
    correctedOn: null,
    correctionText: null,
    extensionDays: 0,
    extendedOn: null,
    extendedBy: null,
    explanationRequestedOn: null,
    delayDueOn: null,
    feeMethod: null,
    feeItems: null,
    feePages: null,
    feeAmountFen: null,
    feeNotifiedOn: null,
    feeServedOn: null,
    feeDueOn: null,
    feePaidOn: null,
    feePausedClock: 0,
    outcome: null,
    outcomeOn: null,
    replyNumber: null,
    replyReasons: null,
    applicantUserId: null,
    submittedIp: null,
    createdBy: null,
  };
}

/**
 * The receipt date is fixed: the reply clock (art 33) and the 补正 window (art 30) start from it. Returns
 * the columns to set; the state is the registration's or the confirmation step's.
 */
async function markReceived(m: MutationScope, req: DisclosureRequestsTable, receivedOn: string) {
  const reply = await startReplyClock(m, req, receivedOn);
  const notice = await startCorrectionNoticeClock(m, req, receivedOn);
  await closeRequestTasks(m, req.id, 'disclosure.confirm_receipt');
  return {
    reply,
    patch: { receivedOn, replyClockId: reply.id, correctionNoticeClockId: notice.id },
  };
}

async function confirmTask(
  m: MutationScope,
  req: Pick<DisclosureRequestsTable, 'id' | 'orgId' | 'applicantName' | 'trackingCode'>,
  day: string,
) {
  await createTask(m, {
    orgId: req.orgId,
    module: 'disclosure',
    kind: 'disclosure.confirm_receipt',
    subjectType: SUBJECT_TYPE,
    subjectId: req.id,
    title: `确认收到网上政府信息公开申请（${req.applicantName}，查询码 ${req.trackingCode}）`,
    assigneeRole: 'office_clerk',
    dueDate: day,
    link: `/disclosure/requests?focus=${req.id}`,
  });
}

/** 网上申请 without an account, to the portal's town: waits for 双方确认 (art 31(3)) before the clock runs. */
export async function applyOnline(deps: Deps, ctx: RequestContext, input: ApplicantInput) {
  const day = today(deps);
  const cols = applicantColumns(deps.secrets, input, day);
  const q = deps.db.kysely;
  const town = await findOrgByCode(q, deps.config.portalTownCode);
  if (!town) throw notFound('本平台尚未开通网上申请');
  if (ctx.ip) await takeFloodHit(q, ONLINE_APPLICATIONS, ctx.ip, deps.time.now());
  const created = await mutation(deps, ctx, async (m) => {
    const now = m.now.toISOString();
    const row: DisclosureRequestsTable = {
      ...blankRow(),
      ...cols,
      id: newId(),
      orgId: town.id,
      trackingCode: await newTrackingCode(m.trx),
      state: 'pending_confirmation',
      channel: 'online',
      submittedOn: day,
      applicantUserId: ctx.actor?.kind === 'user' ? ctx.actor.userId : null,
      submittedIp: ctx.ip,
      createdAt: now,
      updatedAt: now,
    };
    await m.trx.insertInto('disclosureRequests').values(row).execute();
    await confirmTask(m, row, day);
    await indexRequest(m, row);
    await m.audit({
      action: 'disclosure.request.submitted',
      targetType: SUBJECT_TYPE,
      targetId: row.id,
      orgId: town.id,
      basis: RECEIPT_BASIS,
      meta: { channel: 'online', applicantKind: row.applicantKind, trackingCode: row.trackingCode },
      ...(ctx.actor ? {} : { actorOverride: PUBLIC_ACTOR }),
    });
    return { phone: deps.secrets.decrypt(row.phoneEnc), row };
  });
  await deps.sms.send(
    created.phone,
    `您的政府信息公开申请已提交，查询码 ${created.row.trackingCode}。工作人员确认收到后开始计算答复期限，可凭查询码和手机号查询办理进度。`,
  );
  return {
    id: created.row.id,
    trackingCode: created.row.trackingCode,
    submittedOn: day,
    state: created.row.state,
  };
}

interface RegisterInput extends ApplicantInput, ReceiptDates {
  channel: Channel;
}

/** Staff register an application received in person, by post, fax or online, with the art 31 receipt date. */
export async function registerRequest(deps: Deps, ctx: RequestContext, input: RegisterInput) {
  const actor = authorize(ctx, 'disclosure.request.register');
  assertTownStaff(actor, 'register');
  const day = today(deps);
  const cols = applicantColumns(deps.secrets, input, day);
  const dates: ReceiptDates = {
    submittedOn: input.submittedOn,
    signedOn: input.signedOn,
    arrivedOn: input.arrivedOn,
    confirmedOn: input.confirmedOn,
  };
  const awaitsConfirmation =
    (input.channel === 'online' || input.channel === 'fax') && !input.confirmedOn;
  const receipt = awaitsConfirmation ? null : receiptDate(input.channel, dates, day);
  if (receipt && !receipt.ok)
    throw badRequest(receipt.message, { field: receipt.field }, 'INVALID_RECEIPT_DATE');
  if (awaitsConfirmation && input.submittedOn && input.submittedOn > day) {
    throw badRequest(
      `提交日期 ${input.submittedOn} 晚于今天（${day}），不能登记尚未发生的收件（依据${RECEIPT_BASIS}）`,
      { field: 'submittedOn' },
      'INVALID_RECEIPT_DATE',
    );
  }
  return mutation(deps, ctx, async (m) => {
    const org = await m.trx
      .selectFrom('orgs')
      .select('townId')
      .where('id', '=', actor.orgId)
      .executeTakeFirstOrThrow();
    if (!org.townId)
      throw ruleViolation(
        '政府信息公开申请由收到申请的乡镇登记，请以乡镇工作人员身份登记',
        'NOT_A_TOWN',
      );
    const now = m.now.toISOString();
    const row: DisclosureRequestsTable = {
      ...blankRow(),
      ...cols,
      submittedOn: input.submittedOn ?? null,
      signedOn: input.signedOn ?? null,
      arrivedOn: input.arrivedOn ?? null,
      confirmedOn: input.confirmedOn ?? null,
      id: newId(),
      orgId: org.townId,
      trackingCode: await newTrackingCode(m.trx),
      // Registered with its receipt date, an application is received at once (an initial state of the table).
      state: receipt?.ok ? 'received' : 'pending_confirmation',
      channel: input.channel,
      receiptNote: receipt?.ok && receipt.warnings.length ? receipt.warnings.join('；') : null,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    };
    await m.trx.insertInto('disclosureRequests').values(row).execute();
    if (receipt?.ok)
      await updateRequest(
        m.trx,
        row.id,
        (await markReceived(m, row, receipt.receivedOn)).patch,
        m.now,
      );
    else await confirmTask(m, row, day);
    await indexRequest(m, row);
    await m.audit({
      action: 'disclosure.request.registered',
      targetType: SUBJECT_TYPE,
      targetId: row.id,
      orgId: row.orgId,
      basis: RECEIPT_BASIS,
      meta: {
        channel: row.channel,
        applicantKind: row.applicantKind,
        receivedOn: receipt?.ok ? receipt.receivedOn : null,
        warnings: receipt?.ok ? receipt.warnings : [],
      },
    });
    return { id: row.id, trackingCode: row.trackingCode };
  });
}

/** 双方确认 of an online or fax application (art 31(3)): the confirmation date is the receipt date. */
export async function confirmReceipt(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { confirmedOn?: string | undefined },
) {
  const result = await requestStep(
    deps,
    ctx,
    id,
    'confirm_receipt',
    async ({ m, req, today: day }) => {
      const confirmedOn = input.confirmedOn ?? day;
      const r = receiptDate(
        req.channel,
        { submittedOn: req.submittedOn, arrivedOn: req.arrivedOn, confirmedOn },
        day,
      );
      if (!r.ok) throw badRequest(r.message, { field: r.field }, 'INVALID_RECEIPT_DATE');
      const received = await markReceived(m, req, r.receivedOn);
      return {
        patch: { confirmedOn, ...received.patch },
        basis: `${RECEIPT_BASIS}第三项`,
        changes: { receivedOn: { before: null, after: r.receivedOn } },
        value: {
          phone: deps.secrets.decrypt(req.phoneEnc),
          code: req.trackingCode,
          receivedOn: r.receivedOn,
          due: received.reply.dueDate,
        },
      };
    },
  );
  await deps.sms.send(
    result.phone,
    `您的政府信息公开申请（查询码 ${result.code}）已确认收到，收到申请之日为 ${result.receivedOn}，本机关将于 ${result.due} 前答复。`,
  );
}

/** The content is clear: the 补正 window closes and the office works on the answer. */
export async function acceptRequest(deps: Deps, ctx: RequestContext, id: string) {
  await requestStep(deps, ctx, id, 'accept', async ({ m, req, today: day }) => {
    await stopIfSet(m, ctx, req.correctionNoticeClockId, day);
  });
}
