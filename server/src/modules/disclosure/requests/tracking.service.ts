import type { RequestContext } from '../../../core/authz/actor.js';
import { today, type Deps } from '../../../core/deps.js';
import { notFound } from '../../../core/errors.js';
import { returnFloodHit, takeFloodHit, type FloodRule } from '../../../core/http/flood-control.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { explainClock } from '../../calendar/calendar.public.js';
import { normaliseTrackingCode, phoneDigest } from './applicant-input.js';
import { applyCorrection } from './correction.service.js';
import { signDownload, verifyDownload } from './download-token.js';
import { OUTCOMES } from './outcomes.js';
import { clockDue, clockStateOf, publicRequestStep } from './request-step.js';
import { documentsOf, lockRequestById, SUBJECT_TYPE } from './request.repository.js';
import type { DisclosureRequestsTable } from './request.tables.js';
import { REQUEST_STATES } from './request.workflow.js';
import { CHANNELS, DOCUMENT_KINDS } from './vocabulary.js';

/**
 * The applicant's view without an account: tracking code + phone. Failed look-ups are rate limited
 * per address and per code by the flood counters (each look-up takes a hit; a successful one gives it
 * back), so every instance agrees and a parallel burst of guesses cannot pass the limit.
 */
const TRACKING_WINDOW_MINUTES = 15;
const REFUSED = `查询失败次数过多，请 ${TRACKING_WINDOW_MINUTES} 分钟后再试`;
const FAILURES_PER_IP: FloodRule = {
  name: 'disclosure.track.ip',
  limit: 20,
  windowMinutes: TRACKING_WINDOW_MINUTES,
  message: REFUSED,
};
const FAILURES_PER_CODE: FloodRule = {
  name: 'disclosure.track.code',
  limit: 5,
  windowMinutes: TRACKING_WINDOW_MINUTES,
  message: REFUSED,
};
const APPLICANT = { userId: null, name: '申请人（查询页面）' };
const WRONG = '查询码或联系电话不正确';

/** Proves code + phone (or refuses, counting the failure) and returns the application's id. */
async function prove(
  deps: Deps,
  ctx: RequestContext,
  input: { code: string; phone: string },
): Promise<string> {
  const q = deps.db.kysely;
  const code = normaliseTrackingCode(input.code);
  const at = deps.time.now();
  if (ctx.ip) await takeFloodHit(q, FAILURES_PER_IP, ctx.ip, at);
  await takeFloodHit(q, FAILURES_PER_CODE, code, at);
  // tenancy: public look-up; the row is released only when the phone digest matches below
  const row = await q
    .selectFrom('disclosureRequests')
    .select(['id', 'orgId', 'phoneIndex'])
    .where('trackingCode', '=', code)
    .executeTakeFirst();
  const ok = !!row && row.phoneIndex === phoneDigest(deps.secrets, input.phone);
  await mutation(deps, ctx, async (m) => {
    await m.trx
      .insertInto('disclosureTrackingAttempts')
      .values({ id: newId(), ip: ctx.ip, code, success: ok ? 1 : 0, at: m.now.toISOString() })
      .execute();
    await m.audit({
      action: ok ? 'disclosure.request.tracked' : 'disclosure.request.tracking_failed',
      targetType: ok ? SUBJECT_TYPE : null,
      targetId: ok ? row!.id : null,
      orgId: ok ? row!.orgId : null,
      actorOverride: APPLICANT,
    });
  });
  if (!ok) throw notFound(WRONG);
  if (ctx.ip) await returnFloodHit(q, FAILURES_PER_IP, ctx.ip, at);
  await returnFloodHit(q, FAILURES_PER_CODE, code, at);
  return row!.id;
}

async function publicView(deps: Deps, req: DisclosureRequestsTable) {
  const q = deps.db.kysely;
  const now = deps.time.now();
  const open = req.state !== 'replied' && req.state !== 'closed';
  const docs = (await documentsOf(q, req.id)).filter((d) => d.visibleToApplicant === 1);
  const showDue = open && req.state !== 'correction_requested';
  return {
    trackingCode: req.trackingCode,
    state: req.state,
    stateLabel: REQUEST_STATES[req.state],
    applicantName: req.applicantName,
    channelLabel: CHANNELS[req.channel],
    description: req.description,
    submittedOn: req.submittedOn,
    receivedOn: req.receivedOn,
    replyDueOn: showDue ? await clockDue(q, req.replyClockId) : null,
    replyDueExplained: showDue ? await explainClock(q, req.replyClockId, today(deps)) : null,
    clockPaused: open && (await clockStateOf(q, req.replyClockId)) === 'paused',
    correction:
      req.state === 'correction_requested'
        ? {
            items: req.correctionItems ?? '',
            dueOn: req.correctionDueOn,
            // 补正期限 (第三十条): how its 7 working days were counted
            dueExplained: await explainClock(q, req.correctionClockId, today(deps)),
          }
        : null,
    outcome: req.outcome
      ? { label: OUTCOMES[req.outcome].label, on: req.outcomeOn, docNumber: req.replyNumber }
      : null,
    documents: docs.map((d) => {
      const link = signDownload(deps.secrets, d.id, now);
      return {
        id: d.id,
        kind: d.kind,
        kindLabel: DOCUMENT_KINDS[d.kind],
        title: d.title,
        docNumber: d.docNumber,
        createdAt: d.createdAt,
        url: `/api/v1/portal/disclosure/files/${link.token}`,
        expiresAt: link.expiresAt,
      };
    }),
  };
}

export async function trackRequest(
  deps: Deps,
  ctx: RequestContext,
  input: { code: string; phone: string },
) {
  const id = await prove(deps, ctx, input);
  // tenancy: the caller proved code + phone for exactly this application
  const req = await deps.db.kysely
    .selectFrom('disclosureRequests')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return publicView(deps, req);
}

/** The applicant answers a 补正 notice on the tracking page; the reply period restarts today (第三十条). */
export async function submitPublicCorrection(
  deps: Deps,
  ctx: RequestContext,
  input: { code: string; phone: string; text: string },
) {
  const id = await prove(deps, ctx, input);
  const day = today(deps);
  await mutation(deps, ctx, async (m) => {
    const req = await lockRequestById(m.trx, id);
    await publicRequestStep(m, ctx, deps, req, 'submit_correction', (s) =>
      applyCorrection(s.m, ctx, s.req, { correctedOn: day, text: input.text, byApplicant: true }),
    );
  });
  return trackRequest(deps, ctx, input);
}

/** A document released to the applicant, by its signed link; originals and internal papers never match. */
export async function applicantDocument(deps: Deps, token: string) {
  const documentId = verifyDownload(deps.secrets, token, deps.time.now());
  if (!documentId) throw notFound('下载链接无效或已过期，请重新查询');
  const row = await deps.db.kysely
    // tenancy: the signed link names exactly this document; only documents released to the applicant qualify
    .selectFrom('disclosureRequestDocuments as d')
    .innerJoin('files as f', 'f.id', 'd.fileId')
    .select(['f.sm3', 'f.size', 'f.mime', 'f.originalName', 'd.kind'])
    .where('d.id', '=', documentId)
    .where('d.visibleToApplicant', '=', 1)
    .where('d.kind', '!=', 'original')
    .executeTakeFirst();
  if (!row) throw notFound('下载链接无效或已过期，请重新查询');
  return row;
}
