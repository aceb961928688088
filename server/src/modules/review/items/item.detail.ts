import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { today, type Deps } from '../../../core/deps.js';
import { findRecordLink } from '../../../core/links/record-links.js';
import { badgeOf, clockBadges, loadCalendar } from '../../calendar/calendar.public.js';
import {
  ADOPTIONS,
  CHANNELS,
  CONCLUSIONS,
  DECISION_KINDS,
  DIMENSIONS,
  FILING_TARGETS,
  HIT_DECISIONS,
  ITEM_TYPES,
  labelOf,
  STATES,
  TRACKS,
  type CheckResult,
  type Dimension,
} from '../review.enums.js';
import { parseFields, twoThirdsRule } from '../review.fields.js';
import { materialsFor } from '../review.materials.js';
import { isAdviser, partiesOf } from '../review.policy.js';
import { checkVote } from '../review.votes.js';
import { settingsOf } from '../settings/settings.service.js';
import { stepsAhead } from '../../../core/workflow/index.js';
import { REVIEW_WORKFLOW } from '../review.workflow.js';
import { abilitiesOf } from './item.abilities.js';
import { factsOf, materialContext } from './item.facts.js';
import { currentVersion, loadItem, materialRows } from './item.repository.js';
import { acceptanceBySameOffice } from './same-office.js';

// tenancy: child rows of an item already loaded through scoped()

const json = <T>(s: string | null, fallback: T): T => (s ? (JSON.parse(s) as T) : fallback);

/** One item with everything the workspace shows, and what the caller may do with it. */
export async function getItem(deps: Deps, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'review.item.read');
  const q = deps.db.kysely;
  const item = await loadItem(q, actor, id);
  const settings = await settingsOf(q, item.townId);
  const [
    facts,
    version,
    versions,
    materials,
    hits,
    findings,
    opinions,
    advisers,
    coReviews,
    filing,
    steps,
    cal,
    sameOffice,
    majorDecision,
  ] = await Promise.all([
    factsOf(q, item, settings),
    currentVersion(q, item.id, item.version),
    q
      .selectFrom('reviewItemVersions')
      .select(['version', 'source', 'note', 'createdAt'])
      .where('itemId', '=', item.id)
      .orderBy('version')
      .execute(),
    materialRows(q, item.id),
    q
      .selectFrom('reviewHits')
      .selectAll()
      .where('itemId', '=', item.id)
      .where('version', '=', item.version)
      .orderBy('startPos')
      .execute(),
    q
      .selectFrom('reviewFindings')
      .selectAll()
      .where('itemId', '=', item.id)
      .where('version', '=', item.version)
      .orderBy('createdAt')
      .execute(),
    q
      .selectFrom('reviewOpinions')
      .selectAll()
      .where('itemId', '=', item.id)
      .orderBy('version')
      .execute(),
    q
      .selectFrom('reviewAdviserOpinions')
      .selectAll()
      .where('itemId', '=', item.id)
      .orderBy('createdAt')
      .execute(),
    q
      .selectFrom('reviewCoReviews')
      .selectAll()
      .where('itemId', '=', item.id)
      .orderBy('requestedAt')
      .execute(),
    q
      .selectFrom('reviewFilings')
      .innerJoin('orgs', 'orgs.id', 'reviewFilings.targetOrgId')
      .selectAll('reviewFilings')
      .select('orgs.name as targetOrgName')
      .where('reviewFilings.itemId', '=', item.id)
      .executeTakeFirst(),
    q
      .selectFrom('reviewSteps')
      .selectAll()
      .where('itemId', '=', item.id)
      .orderBy('at')
      .orderBy('id')
      .execute(),
    loadCalendar(q),
    acceptanceBySameOffice(q, item),
    findRecordLink('review_item.decision', q, item.id, item.townId),
  ]);
  const day = today(deps);
  const badges = await clockBadges(q, cal, day, [item.clockId, item.filingClockId]);
  const clockOf = (cid: string | null) => badgeOf(badges, cid);
  const fields = parseFields(item.fields);
  const rule = twoThirdsRule(fields);
  const parties = partiesOf(actor, item);
  return {
    id: item.id,
    type: item.type,
    typeLabel: ITEM_TYPES[item.type],
    title: item.title,
    summary: item.summary,
    state: item.state,
    stateLabel: STATES[item.state],
    channel: item.channel,
    channelLabel: CHANNELS[item.channel],
    track: item.track,
    trackLabel: TRACKS[item.track],
    affectsMarket: item.affectsMarket === 1,
    version: item.version,
    org: { id: item.orgId, name: item.orgName, kind: item.orgKind },
    town: { id: item.townId, name: item.townName },
    fields,
    text: version?.text ?? '',
    versions: versions.map((v) => ({
      version: v.version,
      source: v.source,
      note: v.note,
      createdAt: v.createdAt,
    })),
    materials: materialsFor(materialContext(item, settings)).map((spec) => ({
      ...spec,
      supplied: materials
        .filter((r) => r.materialKey === spec.key)
        .map((r) => ({
          id: r.id,
          fileId: r.fileId,
          fileName: r.fileName,
          note: r.note,
          addedAt: r.addedAt,
        })),
    })),
    otherMaterials: materials
      .filter((r) => r.materialKey === 'other')
      .map((r) => ({
        id: r.id,
        fileId: r.fileId,
        fileName: r.fileName,
        note: r.note,
        addedAt: r.addedAt,
      })),
    missingMaterials: facts.missingMaterials,
    voteChecks: fields.vote
      ? checkVote(
          fields.vote,
          rule ? { twoThirdsOfEntitled: true, twoThirdsBasis: rule.basis } : {},
        )
      : [],
    hits: hits.map((h) => ({
      id: h.id,
      ruleId: h.ruleId,
      severity: h.severity,
      title: h.title,
      clause: h.clause,
      start: h.startPos,
      end: h.endPos,
      basis: h.basis,
      suggestion: h.suggestion,
      decision: h.decision,
      decisionLabel: HIT_DECISIONS[h.decision],
      decisionNote: h.decisionNote,
      findingId: h.findingId,
    })),
    findings: findings.map((f) => ({
      id: f.id,
      dimension: f.dimension,
      dimensionLabel: DIMENSIONS[f.dimension],
      clause: f.clause,
      problem: f.problem,
      basis: f.basis,
      suggestion: f.suggestion,
      hitId: f.hitId,
      createdAt: f.createdAt,
    })),
    draftOpinion: json<Record<string, unknown> | null>(item.draftOpinion, null),
    opinions: opinions.map((o) => ({
      id: o.id,
      version: o.version,
      conclusion: o.conclusion,
      conclusionLabel: CONCLUSIONS[o.conclusion],
      checklist: json<Partial<Record<Dimension, CheckResult>>>(o.checklist, {}),
      summary: o.summary,
      bases: json<string[]>(o.bases, []),
      riskStatement: o.riskStatement,
      reviewerName: o.reviewerName,
      issuedOn: o.issuedOn,
      docNumber: o.docNumber,
      fileId: o.fileId,
      channel: o.channel,
    })),
    conclusion: item.conclusion,
    conclusionLabel: labelOf(CONCLUSIONS, item.conclusion),
    adviserOpinions: advisers.map((a) => ({
      id: a.id,
      version: a.version,
      adviserName: a.adviserName,
      text: a.text,
      fileId: a.fileId,
      createdAt: a.createdAt,
    })),
    coReviews: coReviews.map((c) => ({
      id: c.id,
      reason: c.reason,
      requestedAt: c.requestedAt,
      pausedClock: c.pausedClock === 1,
      responderName: c.responderName,
      response: c.response,
      respondedAt: c.respondedAt,
    })),
    feedback: item.adoption
      ? {
          adoption: item.adoption,
          adoptionLabel: ADOPTIONS[item.adoption],
          note: item.feedbackNote,
          at: item.feedbackAt,
        }
      : null,
    decision: item.decisionKind
      ? {
          kind: item.decisionKind,
          kindLabel: DECISION_KINDS[item.decisionKind],
          decidedOn: item.decidedOn,
          facts: json<Record<string, unknown>>(item.decisionFacts, {}),
        }
      : null,
    filingTarget: facts.filingTarget,
    filingTargetLabel: labelOf(FILING_TARGETS, facts.filingTarget),
    filing: filing
      ? {
          id: filing.id,
          target: filing.target,
          targetOrgName: filing.targetOrgName,
          filedOn: filing.filedOn,
          fileId: filing.fileId,
          note: filing.note,
          dueDate: filing.dueDate,
          onTime: filing.dueDate ? filing.filedOn <= filing.dueDate : null,
        }
      : null,
    clock: clockOf(item.clockId),
    filingClock: clockOf(item.filingClockId),
    fcrId: item.fcrId,
    fcrOutcome: facts.fcrOutcome,
    majorDecision,
    steps: steps.map((s) => ({
      id: s.id,
      action: s.action,
      fromState: s.fromState,
      toState: s.toState,
      toStateLabel: STATES[s.toState],
      version: s.version,
      actorName: s.actorName,
      at: s.at,
      note: s.note,
      basis: s.basis,
    })),
    submittedAt: item.submittedAt,
    acceptedOn: item.acceptedOn,
    sameOffice,
    createdAt: item.createdAt,
    ...abilitiesOf(facts, parties, isAdviser(actor, item)),
    // Platform items show what may follow; offline records are outside the workflow.
    ahead: item.channel === 'platform' ? stepsAhead(REVIEW_WORKFLOW, item.state) : [],
  };
}
