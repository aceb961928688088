import { sql } from 'kysely';
import type { Actor, RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { monthSpan, type DrillDownFilter } from '../../core/http/drill-down.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import { today, type Deps } from '../../core/deps.js';
import { notFound } from '../../core/errors.js';
import { offsetOf } from '../../core/http/paging.js';
import { badgeOf, clockBadges, loadCalendar } from '../calendar/calendar.public.js';
import { caseAbilities, casePath } from './case.step.js';
import { LITIGATION_STATES, type LitigationState } from './case.workflow.js';
import type { LitigationCasesTable } from './litigation.tables.js';
import {
  APPEALED_BY,
  CASE_KINDS,
  DECISION_FORMS,
  MANDATORY_REASONS,
  outcomeOf,
  type CaseKind,
} from './litigation.vocabulary.js';
import { isCorrection, isLoss } from './outcome-sets.js';
import { maskName } from '../../core/crypto/mask.js';

// tenancy: every read starts from scoped()

export interface CaseFilter extends DrillDownFilter {
  kind?: CaseKind | undefined;
  status?: LitigationState | undefined;
  year?: number | undefined;
  disclosureRelated?: boolean | undefined;
  q?: string | undefined;
}

export function caseQuery(q: Q, actor: Actor, f: CaseFilter) {
  let base = scoped(q, actor).selectFrom('litigationCases').selectAll();
  if (f.kind) base = base.where('kind', '=', f.kind);
  if (f.status) base = base.where('status', '=', f.status);
  if (f.disclosureRelated !== undefined)
    base = base.where('disclosureRelated', '=', f.disclosureRelated ? 1 : 0);
  if (f.year)
    base = base
      .where('receivedOn', '>=', `${f.year}-01-01`)
      .where('receivedOn', '<=', `${f.year}-12-31`);
  if (f.month) {
    const { from, before } = monthSpan(f.month);
    base = base.where('receivedOn', '>=', from).where('receivedOn', '<', before);
  }
  if (f.townId) base = base.where('townId', '=', f.townId);
  if (f.q)
    base = base.where((eb) =>
      eb.or([eb('title', 'like', `%${f.q}%`), eb('caseNo', 'like', `%${f.q}%`)]),
    );
  return base;
}

export function presentCase(r: LitigationCasesTable, actor: Actor) {
  const above = actor.townId === null;
  const outcome = r.outcome ? outcomeOf(r.kind, r.outcome) : null;
  return {
    id: r.id,
    kind: r.kind,
    kindLabel: CASE_KINDS[r.kind],
    caseNo: r.caseNo,
    title: r.title,
    claimantName: above && r.claimantIsPerson ? maskName(r.claimantName) : r.claimantName,
    claimantIsPerson: r.claimantIsPerson === 1,
    respondent: r.respondent,
    entrustingBody: r.entrustingBody,
    reviewBody: r.reviewBody,
    afterReconsideration: r.afterReconsideration === 1,
    coDefendant: r.coDefendant,
    disclosureRelated: r.disclosureRelated === 1,
    simplified: r.simplified === 1,
    department: r.department,
    receivedOn: r.receivedOn,
    answerDue: r.answerDue,
    appearanceMandatory: r.appearanceMandatory === 1,
    mandatoryReason: r.mandatoryReason,
    mandatoryReasonLabel: r.mandatoryReason ? MANDATORY_REASONS[r.mandatoryReason] : null,
    status: r.status,
    statusLabel: LITIGATION_STATES[r.status],
    consultedOn: r.consultedOn,
    consultAttendees: r.consultAttendees ? (JSON.parse(r.consultAttendees) as string[]) : [],
    consultAnalysis: r.consultAnalysis,
    consultDecision: r.consultDecision,
    answeredOn: r.answeredOn,
    answerLate: r.answerLate === 1,
    hearingOn: r.hearingOn,
    leaderAppeared: r.leaderAppeared === null ? null : r.leaderAppeared === 1,
    leaderName: r.leaderName,
    leaderTitle: r.leaderTitle,
    standIns: r.standIns,
    absenceExplanation: r.absenceExplanation,
    outcome: r.outcome,
    outcomeLabel: outcome?.label ?? null,
    outcomeBasis: outcome?.basis ?? null,
    corrected: isCorrection(r.kind, r.outcome),
    lost: isLoss(r.kind, r.outcome),
    decisionForm: r.decisionForm,
    decisionFormLabel: r.decisionForm ? DECISION_FORMS[r.decisionForm] : null,
    concludedOn: r.concludedOn,
    appealDue: r.appealDue,
    appealedOn: r.appealedOn,
    appealedBy: r.appealedBy,
    appealedByLabel: r.appealedBy ? APPEALED_BY[r.appealedBy] : null,
    answerFileId: r.answerFileId,
    evaluatedOn: r.evaluatedOn,
    evaluation: r.evaluation,
    rectificationDept: r.rectificationDept,
    rectificationMeasures: r.rectificationMeasures,
    rectifiedOn: r.rectifiedOn,
    rectificationResult: r.rectificationResult,
  };
}

export async function listCases(
  deps: Deps,
  ctx: RequestContext,
  f: CaseFilter & { page: number; pageSize: number },
) {
  const actor = authorize(ctx, 'litigation.case.read');
  const q = deps.db.kysely;
  const base = caseQuery(q, actor, f);
  const [{ n }, rows, cal] = await Promise.all([
    base
      .clearSelect()
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
    base
      .orderBy('receivedOn', 'desc')
      .orderBy('id', 'desc')
      .limit(f.pageSize)
      .offset(offsetOf(f))
      .execute(),
    loadCalendar(q),
  ]);
  const badges = await clockBadges(
    q,
    cal,
    today(deps),
    rows.map((r) => r.answerClockId),
  );
  return {
    items: rows.map((r) => ({
      ...presentCase(r, actor),
      answerClock: badgeOf(badges, r.answerClockId),
    })),
    total: Number(n),
    page: f.page,
    pageSize: f.pageSize,
  };
}

export async function getCase(deps: Deps, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'litigation.case.read');
  const q = deps.db.kysely;
  const row = await caseQuery(q, actor, {}).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('该案件不存在或不在您的管辖范围内');
  const day = today(deps);
  const badges = await clockBadges(q, await loadCalendar(q), day, [
    row.answerClockId,
    row.appealClockId,
  ]);
  const ab = await caseAbilities(q, actor, row, day);
  const consultations = await q
    // tenancy: child rows of the case just read through scoped()
    .selectFrom('litigationConsultations')
    .select(['id', 'heldOn', 'stage', 'attendees', 'analysis', 'decision'])
    .where('caseId', '=', row.id)
    .orderBy('heldOn')
    .orderBy('createdAt')
    .execute();
  return {
    ...presentCase(row, actor),
    answerClock: badgeOf(badges, row.answerClockId),
    appealClock: badgeOf(badges, row.appealClockId),
    consultations: consultations.map((c) => ({
      ...c,
      stageLabel: LITIGATION_STATES[c.stage],
      attendees: JSON.parse(c.attendees) as string[],
    })),
    abilities: ab.open,
    blocked: ab.blocked,
    ...(await casePath(q, row.id, row.status)),
  };
}
