import type { RequestContext } from '../../core/authz/actor.js';
import type { Q } from '../../core/db/database.js';
import type { Deps } from '../../core/deps.js';
import { badRequest } from '../../core/errors.js';
import { issueLetter } from '../numbering/letter-office.js';
import { issuingAuthority } from '../orgs/orgs.public.js';
import { extendDecisionClock, openCaseClock, stopCaseClocks } from './case-clocks.js';
import { decisionLetter, DECISION_KIND, NOTICE_KIND, noticeLetter } from './case-letters.js';
import { CASE_OWNER, caseStep, type CaseWork } from './case.step.js';
import type { CaseAction } from './case.workflow.js';
import { hearingThresholds } from './enforcement-settings.js';
import type { EnforcementCasesTable } from './enforcement.tables.js';
import { ART } from './enforcement.vocabulary.js';

// tenancy: each step loads its case through scoped() in case.step.ts

type Row = EnforcementCasesTable;

/**
 * The name the case's documents carry: the entrusting county body for 委托 (行政处罚法 第二十条), else
 * the town's own; and the respondent of review and litigation (行政复议法 第十九条), the same body.
 */
async function actingBody(q: Q, r: Row) {
  const town = await issuingAuthority(q, r.townId);
  if (r.authorityBasis !== 'entrusted' || !r.entrustmentId)
    return { name: null, respondent: town.issuer, county: town.countyName ?? '' };
  const e = await q
    .selectFrom('enforcementEntrustments')
    .select('entrustingBody')
    .where('id', '=', r.entrustmentId)
    .executeTakeFirstOrThrow();
  return { name: e.entrustingBody, respondent: e.entrustingBody, county: town.countyName ?? '' };
}

/** A step whose only work is recording the day it happened (and a note). */
const dated =
  (column: keyof Row, note?: string | null): CaseWork =>
  async (s) => ({ patch: { [column]: s.today }, note: note ?? null });

/** 立案: the ninety days to decide start (行政处罚法 第六十条). */
export const fileCase = (deps: Deps, ctx: RequestContext, id: string) =>
  caseStep(deps, ctx, id, 'file', async (s) => ({
    patch: { filedOn: s.today, ...(await openCaseClock(s.m, s.record, 'decision', s.today)) },
  }));

export const endInvestigation = (deps: Deps, ctx: RequestContext, id: string) =>
  caseStep(deps, ctx, id, 'end_investigation', dated('investigatedOn'));

/**
 * 行政处罚事先告知书 (art 44): issued through the letter office with its 文号, unless the case is being
 * recorded from paper (`offlineDocNo`: the number the paper notice already bears).
 */
export function notifyParty(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { proposedFine: number; legalBasis: string; offlineDocNo?: string | undefined },
) {
  return caseStep(deps, ctx, id, 'notify', async (s) => {
    const r = s.record;
    const patch: Partial<Row> = { noticedOn: s.today, proposedFine: input.proposedFine };
    if (input.offlineDocNo) patch.noticeDocNo = input.offlineDocNo;
    else {
      const body = await actingBody(s.m.trx, r);
      const letter = await issueLetter(s.m, deps, {
        townId: r.townId,
        orgId: r.orgId,
        owner: { type: CASE_OWNER, id: r.id },
        number: { kind: NOTICE_KIND, register: `行政处罚事先告知书（${r.caseNo}）` },
        content: noticeLetter(r, {
          ...input,
          hearingRight: await hearingFor(s.m.trx, r, input.proposedFine),
        }),
        date: s.today,
        by: s.actor,
        ...(body.name ? { inNameOf: body.name } : {}),
      });
      patch.noticeDocNo = letter.docNumber;
      patch.noticeFileId = letter.file.id;
    }
    return { patch, changes: { proposedFine: { before: null, after: input.proposedFine } } };
  });
}

/** Whether the proposed fine carries the right to a hearing (art 63), from the town's thresholds. */
async function hearingFor(q: Q, r: Row, fine: number) {
  const t = await hearingThresholds(q, r.townId);
  return fine >= (r.partyKind === 'citizen' ? t.citizen : t.organisation);
}

export const requestHearing = (deps: Deps, ctx: RequestContext, id: string) =>
  caseStep(deps, ctx, id, 'request_hearing', dated('hearingRequestedOn'));

export const closeDefence = (deps: Deps, ctx: RequestContext, id: string, note?: string) =>
  caseStep(deps, ctx, id, 'close_defence', async () => ({ note: note ?? null }));

export const finishHearing = (deps: Deps, ctx: RequestContext, id: string, note?: string) =>
  caseStep(deps, ctx, id, 'finish_hearing', dated('heardOn', note));

export const legalReview = (deps: Deps, ctx: RequestContext, id: string, opinion: string) =>
  caseStep(deps, ctx, id, 'legal_review', async (s) => ({
    patch: { legalReviewedOn: s.today, legalReviewOpinion: opinion },
    note: opinion,
  }));

export const discussCase = (deps: Deps, ctx: RequestContext, id: string, note: string) =>
  caseStep(deps, ctx, id, 'discuss', dated('discussedOn', note));

/**
 * 行政处罚法 第六十条: the ninety days run on only where a law, regulation or rule allows, on approval;
 * the decision clock is lengthened here, never by the generic extension (clock-owners.ts).
 */
export function extendCase(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { days: number; reason: string },
) {
  return caseStep(deps, ctx, id, 'extend', async (s) => {
    if (!s.facts.decisionDue) throw badRequest('案件尚未立案，无需延长办案期限');
    const days = s.record.extensionDays + input.days;
    await extendDecisionClock(s.m, ctx, s.record, {
      days: input.days,
      reason: input.reason,
      basis: ART.deadline,
      on: s.today,
    });
    return {
      patch: {
        extensionDays: days,
        extensionReason: input.reason,
        extensionApprover: s.actor?.displayName ?? null,
      },
      changes: { extensionDays: { before: s.record.extensionDays, after: days } },
      note: input.reason,
    };
  });
}

interface DecisionInput {
  fine: number;
  penalty: string;
  legalBasis: string;
  /** 具有一定社会影响 (art 48 ¶1): the decision is to be published. */
  publishable: boolean;
  offlineDocNo?: string | undefined;
}

/**
 * 行政处罚决定书 (art 59), through the letter office, or recorded from paper (`offlineDocNo`). The
 * decision clock stops; the 送达 clock (art 61) starts, and the 公开 clock (art 48 ¶1) for a decision
 * judged to have social impact — only such a decision awaits publication.
 */
export function decideCase(deps: Deps, ctx: RequestContext, id: string, input: DecisionInput) {
  return caseStep(deps, ctx, id, 'decide', async (s) => {
    const r = s.record;
    await stopCaseClocks(s.m, ctx, r, s.today, ['decision']);
    const patch: Partial<Row> = {
      decidedOn: s.today,
      fine: input.fine,
      penalty: input.penalty,
      publishable: input.publishable ? 1 : 0,
      ...(await openCaseClock(s.m, r, 'service', s.today)),
      ...(input.publishable ? await openCaseClock(s.m, r, 'publication', s.today) : {}),
    };
    if (input.offlineDocNo) patch.decisionDocNo = input.offlineDocNo;
    else {
      const body = await actingBody(s.m.trx, r);
      const letter = await issueLetter(s.m, deps, {
        townId: r.townId,
        orgId: r.orgId,
        owner: { type: CASE_OWNER, id: r.id },
        number: { kind: DECISION_KIND, register: `行政处罚决定书（${r.caseNo}）` },
        content: decisionLetter(r, { ...input, respondent: body.respondent, county: body.county }),
        date: s.today,
        by: s.actor,
        ...(body.name ? { inNameOf: body.name } : {}),
      });
      patch.decisionDocNo = letter.docNumber;
      patch.decisionFileId = letter.file.id;
    }
    return {
      patch,
      changes: {
        fine: { before: null, after: input.fine },
        publishable: { before: null, after: input.publishable },
      },
    };
  });
}

/** 送达: the 送达 clock stops and the fifteen days to pay start (art 67). */
export const serveDecision = (deps: Deps, ctx: RequestContext, id: string) =>
  caseStep(deps, ctx, id, 'serve', async (s) => {
    await stopCaseClocks(s.m, ctx, s.record, s.today, ['service']);
    return {
      patch: { servedOn: s.today, ...(await openCaseClock(s.m, s.record, 'payment', s.today)) },
    };
  });

/** 结案: whatever clock the case still has stops. */
export const closeCase = (deps: Deps, ctx: RequestContext, id: string) =>
  caseStep(deps, ctx, id, 'close', async (s) => {
    await stopCaseClocks(s.m, ctx, s.record, s.today);
    return { patch: { closedOn: s.today } };
  });

/** 不予处罚 (art 33, 57) or 撤案: the case ends with its reason, and its clocks stop. */
export const endCase = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  action: Extract<CaseAction, 'not_punish' | 'withdraw'>,
  reason: string,
) =>
  caseStep(deps, ctx, id, action, async (s) => {
    await stopCaseClocks(s.m, ctx, s.record, s.today);
    return { patch: { closedOn: s.today, endingReason: reason }, note: reason };
  });
