import { sql } from 'kysely';
import type { Actor, RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import { today, type Deps } from '../../core/deps.js';
import { notFound } from '../../core/errors.js';
import { offsetOf } from '../../core/http/paging.js';
import { legalityReviewOf } from '../review/review.public.js';
import { commentSummary } from './comments.service.js';
import { decisionAbilities, decisionPath } from './decision.step.js';
import { DECISION_STATES, type DecisionState } from './decision.workflow.js';
import type { DecisionsTable } from './decisions.tables.js';
import { FCR_CONCLUSIONS, MATERIALS, RISK_LEVELS, type Material } from './decisions.vocabulary.js';
import { currentDraft } from './draft.repository.js';
import { noticesOf } from './notices.service.js';

// tenancy: every decision is loaded through scoped(); its entry, drafts and comments are read after it

interface MeetingRecord {
  materials: Material[];
  opinions: { member: string; opinion: string }[];
  headSpokeLast: boolean;
  departsFromMajority: boolean;
}

function presentDecision(r: DecisionsTable) {
  const meeting = r.meetingRecord ? (JSON.parse(r.meetingRecord) as MeetingRecord) : null;
  return {
    id: r.id,
    entryId: r.entryId,
    title: r.title,
    status: r.state,
    statusLabel: DECISION_STATES[r.state],
    affectsMarket: r.affectsMarket === 1,
    riskRequired: r.riskRequired === 1,
    proposedOn: r.proposedOn,
    launchedOn: r.launchedOn,
    leadOffice: r.leadOffice,
    participationWithheld: r.participationWithheld === 1,
    withheldReason: r.withheldReason,
    commentOpensOn: r.commentOpensOn,
    commentClosesOn: r.commentClosesOn,
    shortPeriodReason: r.shortPeriodReason,
    commentClosedOn: r.commentClosedOn,
    expertSummary: r.expertSummary,
    riskLevel: r.riskLevel,
    riskLevelLabel: r.riskLevel ? RISK_LEVELS[r.riskLevel] : null,
    riskReport: r.riskReport,
    fcrConclusion: r.fcrConclusion,
    fcrConclusionLabel: r.fcrConclusion ? FCR_CONCLUSIONS[r.fcrConclusion] : null,
    fcrNote: r.fcrNote,
    reviewItemId: r.reviewItemId,
    partyReportedOn: r.partyReportedOn,
    meetingName: r.meetingName,
    meetingOn: r.meetingOn,
    materials: meeting?.materials.map((m) => ({ key: m, label: MATERIALS[m] })) ?? [],
    opinions: meeting?.opinions ?? [],
    headSpokeLast: meeting?.headSpokeLast ?? null,
    departsFromMajority: meeting?.departsFromMajority ?? null,
    departureReason: r.departureReason,
    dissent: r.dissent,
    decidedOn: r.decidedOn,
    decisionText: r.decisionText,
    publishedOn: r.publishedOn,
    publicationNote: r.publicationNote,
    implementingUnit: r.implementingUnit,
    evaluationNote: r.evaluationNote,
    changedOn: r.changedOn,
    changeReason: r.changeReason,
  };
}

export async function listDecisions(
  deps: Deps,
  ctx: RequestContext,
  f: {
    status?: DecisionState | undefined;
    year?: number | undefined;
    page: number;
    pageSize: number;
  },
) {
  const actor = authorize(ctx, 'decisions.read');
  const q = deps.db.kysely;
  let base = scoped(q, actor)
    .selectFrom('decisions')
    .innerJoin('decisionCatalogueEntries', 'decisionCatalogueEntries.id', 'decisions.entryId')
    .innerJoin(
      'decisionCatalogues',
      'decisionCatalogues.id',
      'decisionCatalogueEntries.catalogueId',
    )
    .selectAll('decisions')
    .select('decisionCatalogues.year');
  if (f.status) base = base.where('decisions.state', '=', f.status);
  if (f.year) base = base.where('decisionCatalogues.year', '=', f.year);
  const [{ n }, rows] = await Promise.all([
    base
      .clearSelect()
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
    base
      .orderBy('decisions.proposedOn', 'desc')
      .orderBy('decisions.id', 'desc')
      .limit(f.pageSize)
      .offset(offsetOf(f))
      .execute(),
  ]);
  return {
    items: rows.map((r) => ({ ...presentDecision(r), year: r.year })),
    total: Number(n),
    page: f.page,
    pageSize: f.pageSize,
  };
}

async function loadScoped(deps: Deps, actor: Actor, id: string) {
  const row = await scoped(deps.db.kysely, actor)
    .selectFrom('decisions')
    .selectAll()
    .where('decisions.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('该决策事项不存在或不在您的管辖范围内');
  return row;
}

export async function getDecision(deps: Deps, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'decisions.read');
  const q = deps.db.kysely;
  const row = await loadScoped(deps, actor, id);
  const [entry, draft, legality, summary, ab, path, notices] = await Promise.all([
    q
      .selectFrom('decisionCatalogueEntries')
      .innerJoin(
        'decisionCatalogues',
        'decisionCatalogues.id',
        'decisionCatalogueEntries.catalogueId',
      )
      .select([
        'decisionCatalogueEntries.title',
        'decisionCatalogueEntries.leadOffice',
        'decisionCatalogueEntries.procedures',
        'decisionCatalogueEntries.plannedBy',
        'decisionCatalogueEntries.legalBasis',
        'decisionCatalogues.year',
        'decisionCatalogues.id as catalogueId',
      ])
      .where('decisionCatalogueEntries.id', '=', row.entryId)
      .executeTakeFirstOrThrow(),
    currentDraft(q, row.id),
    row.reviewItemId ? legalityReviewOf(q, row.reviewItemId) : null,
    commentSummary(q, row.id),
    decisionAbilities(q, actor, row, today(deps)),
    decisionPath(q, row.id, row.state),
    noticesOf(q, actor, row),
  ]);
  return {
    ...presentDecision(row),
    entry: { ...entry, procedures: JSON.parse(entry.procedures) as string[] },
    draft,
    legality,
    adoption: summary,
    abilities: ab.open,
    blocked: ab.blocked,
    notices,
    ...path,
  };
}
