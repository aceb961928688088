import { sql } from 'kysely';
import type { Actor, RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import { maskPhone } from '../../../core/crypto/mask.js';
import type { Q } from '../../../core/db/database.js';
import { today, type Deps } from '../../../core/deps.js';
import { notFound } from '../../../core/errors.js';
import { offsetOf } from '../../../core/http/paging.js';
import { badgeOf, clockBadges, loadCalendar } from '../../calendar/calendar.public.js';
import { readWithin } from '../../orgs/orgs.public.js';
import { maskName } from '../station/station-town.js';
import { AID_MATTERS, EXEMPTIONS, MEANS_METHODS } from '../legal-services.vocabulary.js';
import type { LegalAidApplicationsTable } from '../legal-services.tables.js';
import { advanceAllowed } from './advance-provision.js';
import { aidAbilities, aidPath } from './aid.step.js';
import { AID_STATES, type AidState } from './aid.workflow.js';

// tenancy: every read starts from scoped()

interface AidFilter {
  orgId?: string | undefined;
  status?: AidState | undefined;
  year?: number | undefined;
}

function aidQuery(q: Q, actor: Actor, f: AidFilter) {
  let base = scoped(q, actor).selectFrom('legalAidApplications').selectAll();
  if (f.status) base = base.where('status', '=', f.status);
  if (f.year)
    base = base
      .where('receivedOn', '>=', `${f.year}-01-01`)
      .where('receivedOn', '<=', `${f.year}-12-31`);
  return base;
}

function presentAid(r: LegalAidApplicationsTable, actor: Actor, day: string) {
  const above = actor.townId === null;
  const matter = AID_MATTERS[r.matter];
  return {
    id: r.id,
    appNo: r.appNo,
    applicantName: above ? maskName(r.applicantName) : r.applicantName,
    applicantPhone: r.applicantPhone ? maskPhone(r.applicantPhone) : null,
    matter: r.matter,
    matterLabel: matter.label,
    matterBasis: `《法律援助法》第${matter.article === 31 ? '三十一' : '三十二'}条`,
    summary: r.summary,
    meansMethod: r.meansMethod,
    meansMethodLabel: MEANS_METHODS[r.meansMethod],
    pledgeSigned: r.pledgeSigned === 1,
    exemption: r.exemption,
    exemptionLabel: r.exemption ? EXEMPTIONS[r.exemption] : null,
    deadlineOn: r.deadlineOn,
    urgentPreservation: r.urgentPreservation === 1,
    advanceAllowed: advanceAllowed(day, r.deadlineOn, r.urgentPreservation === 1),
    receivedOn: r.receivedOn,
    status: r.status,
    statusLabel: AID_STATES[r.status],
    centre: r.centre,
    forwardedOn: r.forwardedOn,
    decisionDue: r.decisionDue,
    materialsList: r.materialsList ? (JSON.parse(r.materialsList) as string[]) : [],
    materialsRequestedOn: r.materialsRequestedOn,
    materialsDueOn: r.materialsDueOn,
    materialsSuppliedOn: r.materialsSuppliedOn,
    decidedOn: r.decidedOn,
    advanced: r.advanced === 1,
    refusalReason: r.refusalReason,
    assignDue: r.assignDue,
    assignedOn: r.assignedOn,
    lawyerName: r.lawyerName,
    lawyerFirm: r.lawyerFirm,
    objectedOn: r.objectedOn,
    objectionDue: r.objectionDue,
    objectionResult: r.objectionResult,
    objectionDecidedOn: r.objectionDecidedOn,
    closedOn: r.closedOn,
    closingNote: r.closingNote,
  };
}

const clocksOf = (r: LegalAidApplicationsTable) => [
  r.decisionClockId,
  r.assignClockId,
  r.objectionClockId,
];

export async function listApplications(
  deps: Deps,
  ctx: RequestContext,
  f: AidFilter & { page: number; pageSize: number },
) {
  authorize(ctx, 'legal_services.aid.read');
  const q = deps.db.kysely;
  const within = await readWithin(q, ctx, f.orgId);
  const base = aidQuery(q, within.actor!, f);
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
  const day = today(deps);
  const badges = await clockBadges(q, cal, day, rows.flatMap(clocksOf));
  return {
    items: rows.map((r) => ({
      ...presentAid(r, ctx.actor!, day),
      decisionClock: badgeOf(badges, r.decisionClockId),
      assignClock: badgeOf(badges, r.assignClockId),
      objectionClock: badgeOf(badges, r.objectionClockId),
    })),
    total: Number(n),
    page: f.page,
    pageSize: f.pageSize,
  };
}

export async function getApplication(deps: Deps, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'legal_services.aid.read');
  const q = deps.db.kysely;
  const row = await aidQuery(q, actor, {}).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('该法律援助申请不存在或不在您的管辖范围内');
  const day = today(deps);
  const badges = await clockBadges(q, await loadCalendar(q), day, clocksOf(row));
  const ab = await aidAbilities(q, actor, row, day);
  return {
    ...presentAid(row, actor, day),
    decisionClock: badgeOf(badges, row.decisionClockId),
    assignClock: badgeOf(badges, row.assignClockId),
    objectionClock: badgeOf(badges, row.objectionClockId),
    abilities: ab.open,
    blocked: ab.blocked,
    ...(await aidPath(q, row.id, row.status)),
  };
}
