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
import { caseClockIds } from './case-clocks.js';
import { settingsFrom } from './enforcement-settings.js';
import { reviewFile } from './case-file-review.js';
import { preservationsOf, presentPreservation } from './preservation-read.js';
import { caseAbilities, casePath, decisionDueOf } from './case.step.js';
import { publishDueFor, withdrawDueOf } from './decision-publication.js';
import { CASE_STATES, type CaseState } from './case.workflow.js';
import type { EnforcementCasesTable } from './enforcement.tables.js';
import {
  AUTHORITY_BASES,
  COLLECTION_GROUNDS,
  ENFORCEMENT_FIELDS,
  PARTY_KINDS,
  PROCEDURES,
  type AuthorityBasis,
  type EnforcementField,
} from './enforcement.vocabulary.js';
import { maskName } from '../../core/crypto/mask.js';

// tenancy: every read starts from scoped()

export interface CaseFilter extends DrillDownFilter {
  status?: CaseState | undefined;
  field?: EnforcementField | undefined;
  authorityBasis?: AuthorityBasis | undefined;
  year?: number | undefined;
  /** The year of the decision (决定日期), as the statistics count decisions. */
  decidedYear?: number | undefined;
  q?: string | undefined;
}

type Row = EnforcementCasesTable & { entrustingBody: string | null };

export function caseQuery(q: Q, actor: Actor, f: CaseFilter) {
  let base = scoped(q, actor)
    .selectFrom('enforcementCases')
    .leftJoin(
      'enforcementEntrustments',
      'enforcementEntrustments.id',
      'enforcementCases.entrustmentId',
    )
    .selectAll('enforcementCases')
    .select('enforcementEntrustments.entrustingBody');
  if (f.status) base = base.where('enforcementCases.status', '=', f.status);
  if (f.field) base = base.where('enforcementCases.field', '=', f.field);
  if (f.authorityBasis) base = base.where('enforcementCases.authorityBasis', '=', f.authorityBasis);
  if (f.year)
    base = base
      .where('enforcementCases.clueOn', '>=', `${f.year}-01-01`)
      .where('enforcementCases.clueOn', '<=', `${f.year}-12-31`);
  if (f.decidedYear)
    base = base
      .where('enforcementCases.decidedOn', '>=', `${f.decidedYear}-01-01`)
      .where('enforcementCases.decidedOn', '<=', `${f.decidedYear}-12-31`);
  if (f.month) {
    const { from, before } = monthSpan(f.month);
    base = base
      .where('enforcementCases.clueOn', '>=', from)
      .where('enforcementCases.clueOn', '<', before);
  }
  if (f.townId) base = base.where('enforcementCases.townId', '=', f.townId);
  if (f.q)
    base = base.where((eb) =>
      eb.or([
        eb('enforcementCases.title', 'like', `%${f.q}%`),
        eb('enforcementCases.caseNo', 'like', `%${f.q}%`),
        eb('enforcementCases.partyName', 'like', `%${f.q}%`),
      ]),
    );
  return base;
}

/** `decisionDue`: the case's decision clock's due day where it has one (list and detail read it). */
export function presentCase(r: Row, actor: Actor, decisionDue = decisionDueOf(r)) {
  const above = actor.townId === null;
  return {
    id: r.id,
    caseNo: r.caseNo,
    title: r.title,
    field: r.field,
    fieldLabel: ENFORCEMENT_FIELDS[r.field],
    authorityBasis: r.authorityBasis,
    authorityBasisLabel: AUTHORITY_BASES[r.authorityBasis],
    entrustmentId: r.entrustmentId,
    entrustingBody: r.entrustingBody,
    partyName: above && r.partyKind === 'citizen' ? maskName(r.partyName) : r.partyName,
    partyKind: r.partyKind,
    partyKindLabel: PARTY_KINDS[r.partyKind],
    partyAddress: above ? null : r.partyAddress,
    facts: r.facts,
    major: r.major === 1,
    status: r.status,
    statusLabel: CASE_STATES[r.status],
    clueOn: r.clueOn,
    filedOn: r.filedOn,
    investigatedOn: r.investigatedOn,
    proposedFine: r.proposedFine,
    noticedOn: r.noticedOn,
    noticeDocNo: r.noticeDocNo,
    noticeFileId: r.noticeFileId,
    hearingRequestedOn: r.hearingRequestedOn,
    heardOn: r.heardOn,
    legalReviewedOn: r.legalReviewedOn,
    legalReviewOpinion: r.legalReviewOpinion,
    discussedOn: r.discussedOn,
    extensionDays: r.extensionDays,
    extensionReason: r.extensionReason,
    extensionApprover: r.extensionApprover,
    decisionDue,
    decidedOn: r.decidedOn,
    fine: r.fine,
    penalty: r.penalty,
    decisionDocNo: r.decisionDocNo,
    decisionFileId: r.decisionFileId,
    servedOn: r.servedOn,
    paidOn: r.paidOn,
    closedOn: r.closedOn,
    endingReason: r.endingReason,
    procedure: r.procedure,
    procedureLabel: PROCEDURES[r.procedure],
    reportedOn: r.reportedOn,
    collectedOn: r.collectedOn,
    collectionGround: r.collectionGround,
    collectionGroundLabel: r.collectionGround ? COLLECTION_GROUNDS[r.collectionGround] : null,
    receiptNo: r.receiptNo,
    handedOverOn: r.handedOverOn,
    urgedOn: r.urgedOn,
    urgeDocNo: r.urgeDocNo,
    urgeFileId: r.urgeFileId,
    courtAppliedOn: r.courtAppliedOn,
    courtName: r.courtName,
    surcharge: r.surchargeFen === null ? null : r.surchargeFen / 100,
    publishable: r.publishable === null ? null : r.publishable === 1,
    publishedOn: r.publishedOn,
    decisionChangedOn: r.decisionChangedOn,
    publicationWithdrawnOn: r.publicationWithdrawnOn,
    publicationWithdrawalReason: r.publicationWithdrawalReason,
  };
}

/** The decision clocks of a page of cases, by clock id. */
async function decisionClocksOf(q: Q, deps: Deps, rows: Row[]) {
  const ids = rows.map((r) => r.decisionClockId);
  return clockBadges(q, await loadCalendar(q), today(deps), ids);
}

export async function listCases(
  deps: Deps,
  ctx: RequestContext,
  f: CaseFilter & { page: number; pageSize: number },
) {
  const actor = authorize(ctx, 'enforcement.case.read');
  const base = caseQuery(deps.db.kysely, actor, f);
  const [{ n }, rows] = await Promise.all([
    base
      .clearSelect()
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
    base
      .orderBy('enforcementCases.clueOn', 'desc')
      .orderBy('enforcementCases.id', 'desc')
      .limit(f.pageSize)
      .offset(offsetOf(f))
      .execute(),
  ]);
  const dues = await decisionClocksOf(deps.db.kysely, deps, rows);
  return {
    items: rows.map((r) =>
      presentCase(r, actor, badgeOf(dues, r.decisionClockId)?.dueDate ?? decisionDueOf(r)),
    ),
    total: Number(n),
    page: f.page,
    pageSize: f.pageSize,
  };
}

export async function getCase(deps: Deps, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'enforcement.case.read');
  // The page's reads on one held connection: on SQLite they queue once behind the writes, not each.
  return deps.db.kysely.connection().execute((q) => casePage(deps, q, actor, id));
}

/** The case with what its facts read besides: its entrustment's terms and its town's settings. */
const pageQuery = (q: Q, actor: Actor, id: string) =>
  caseQuery(q, actor, {})
    .leftJoin('enforcementSettings', 'enforcementSettings.orgId', 'enforcementCases.townId')
    .select([
      'enforcementEntrustments.fields as entrustedFields',
      'enforcementEntrustments.startsOn as entrustedFrom',
      'enforcementEntrustments.endsOn as entrustedTo',
      // No column of a case bears these names.
      'enforcementSettings.hearingFineCitizen',
      'enforcementSettings.hearingFineOrganisation',
      'enforcementSettings.simpleFineCitizen',
      'enforcementSettings.simpleFineOrganisation',
      'enforcementSettings.simpleReportDays',
    ])
    .where('enforcementCases.id', '=', id)
    .executeTakeFirst();

/** The terms of the entrustment the case was read with; undefined when it names none. */
function termsOf(r: NonNullable<Awaited<ReturnType<typeof pageQuery>>>) {
  const {
    entrustingBody,
    entrustedFields: fields,
    entrustedFrom: startsOn,
    entrustedTo: endsOn,
  } = r;
  if (entrustingBody === null || fields === null || startsOn === null || endsOn === null) return;
  return { entrustingBody, fields, startsOn, endsOn };
}

/**
 * The officers named on the case, each with whether a 执法证 of theirs is valid on `day`
 * (浙江省综合行政执法条例 第二十八条: the facts count them).
 */
const officersOf = async (q: Q, ids: string[], day: string) =>
  ids.length === 0
    ? []
    : q
        .selectFrom('users')
        .select((eb) => [
          'users.id',
          'users.displayName',
          eb
            .exists(
              eb
                .selectFrom('enforcementCertificates as cert')
                .select('cert.id')
                .whereRef('cert.userId', '=', 'users.id')
                .where('cert.issuedOn', '<=', day)
                .where('cert.expiresOn', '>=', day),
            )
            .as('certified'),
        ])
        .where('users.id', 'in', ids)
        .execute();

async function casePage(deps: Deps, q: Q, actor: Actor, id: string) {
  const row = await pageQuery(q, actor, id);
  if (!row) throw notFound('该案件不存在或不在您的管辖范围内');
  const day = today(deps);
  const officers = await officersOf(q, JSON.parse(row.officerIds) as string[], day);
  const cal = await loadCalendar(q);
  const preservations = await preservationsOf(q, row.id);
  const clockIds = [...caseClockIds(row), ...preservations.map((p) => p.clockId)];
  const badges = await clockBadges(q, cal, day, clockIds);
  const ab = await caseAbilities(q, actor, row, day, {
    cal,
    preservations,
    clocks: badges,
    settings: settingsFrom(row),
    entrustment: termsOf(row),
    certified: officers.filter((o) => o.certified).length,
  });
  return {
    ...presentCase(row, actor, ab.decisionDue),
    officers: officers.map(({ id, displayName }) => ({ id, displayName })),
    abilities: ab.open,
    blocked: ab.blocked,
    reportDue: ab.reportDue,
    handOverDue: ab.handOverDue,
    paymentDue: ab.paymentDue,
    courtWindow: ab.courtWindow,
    surchargeToday: ab.surchargeToday,
    publishDue: publishDueFor(cal, {
      decidedOn: row.decidedOn,
      publishable: row.publishable === null ? null : row.publishable === 1,
      publishedOn: row.publishedOn,
    }),
    withdrawDue: row.decisionChangedOn === null ? null : withdrawDueOf(cal, row.decisionChangedOn),
    fileReview: reviewFile(row),
    /** The statutory clocks (立案 → 决定, 送达, 公开, 缴纳罚款, then each 先行登记保存's). */
    clocks: clockIds.flatMap((id) => (id && badges.get(id)) || []),
    preservations: preservations.map((p) =>
      presentPreservation(p, badgeOf(badges, p.clockId), cal, day),
    ),
    ...(await casePath(q, row.id, row.status)),
  };
}
