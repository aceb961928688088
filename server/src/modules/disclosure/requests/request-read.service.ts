import { assertTownStaff } from '../../../core/workflow/index.js';
import { DUE_SOON_WORKING_DAYS } from '@fazhi/shared';
import { sql } from 'kysely';
import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { monthSpan } from '../../../core/http/drill-down.js';
import { scoped } from '../../../core/authz/scope.js';
import { clockStatusOf, computeDeadline } from '../../../core/calendar/index.js';
import { today, type Deps } from '../../../core/deps.js';
import { mutation } from '../../../core/mutation.js';
import { badgeOf, clockBadges, loadCalendar } from '../../calendar/calendar.public.js';
import type { Actor } from '../../../core/authz/actor.js';
import { requestAbilities } from './request.policy.js';
import {
  presentApplicant,
  presentChildren,
  presentListItem,
  presentProgress,
} from './request.present.js';
import { consultationsOf, documentsOf, redactionsOf, SUBJECT_TYPE } from './request.repository.js';
import { factsOf, requestPath } from './request-step.js';
import type { DisclosureRequestsTable } from './request.tables.js';
import { REQUEST_STATES, type RequestState } from './request.workflow.js';
import type { ApplicantKind, Channel } from './vocabulary.js';

export interface RequestFilter {
  state?: RequestState | undefined;
  channel?: Channel | undefined;
  applicantKind?: ApplicantKind | undefined;
  due?: 'due_soon' | 'overdue' | undefined;
  year?: number | undefined;
  /** `YYYY-MM`, on the same date as `year` (驾驶舱 drill-down). */
  month?: string | undefined;
  q?: string | undefined;
  /** Only these applications (the rows ticked on the list). */
  ids?: string[] | undefined;
}

/** The queue's query: scoped, filtered, with the reply clock joined; open and soonest-due first. */
async function queueQuery(deps: Deps, actor: Actor, f: RequestFilter) {
  const q = deps.db.kysely;
  const day = today(deps);
  let query = scoped(q, actor)
    .selectFrom('disclosureRequests')
    .leftJoin('clocks', 'clocks.id', 'disclosureRequests.replyClockId');
  if (f.ids) query = query.where('disclosureRequests.id', 'in', f.ids);
  if (f.state) query = query.where('disclosureRequests.state', '=', f.state);
  if (f.channel) query = query.where('disclosureRequests.channel', '=', f.channel);
  if (f.applicantKind)
    query = query.where('disclosureRequests.applicantKind', '=', f.applicantKind);
  if (f.year) {
    const [from, to] = [`${f.year}-01-01`, `${f.year}-12-31`];
    query = query.where((eb) =>
      eb.or([
        eb('disclosureRequests.receivedOn', '>=', from).and(
          'disclosureRequests.receivedOn',
          '<=',
          to,
        ),
        eb('disclosureRequests.receivedOn', 'is', null)
          .and('disclosureRequests.submittedOn', '>=', from)
          .and('disclosureRequests.submittedOn', '<=', to),
      ]),
    );
  }
  if (f.month) {
    const { from, before } = monthSpan(f.month);
    query = query.where((eb) =>
      eb.or([
        eb('disclosureRequests.receivedOn', '>=', from).and(
          'disclosureRequests.receivedOn',
          '<',
          before,
        ),
        eb('disclosureRequests.receivedOn', 'is', null)
          .and('disclosureRequests.submittedOn', '>=', from)
          .and('disclosureRequests.submittedOn', '<', before),
      ]),
    );
  }
  if (f.q) {
    const like = `%${f.q}%`;
    query = query.where((eb) =>
      eb.or([
        eb('disclosureRequests.applicantName', 'like', like),
        eb('disclosureRequests.description', 'like', like),
        eb('disclosureRequests.trackingCode', 'like', like.toUpperCase()),
      ]),
    );
  }
  if (f.due === 'overdue')
    query = query.where('clocks.state', '!=', 'stopped').where('clocks.dueDate', '<', day);
  if (f.due === 'due_soon') {
    const bound = computeDeadline(await loadCalendar(q), day, DUE_SOON_WORKING_DAYS, 'working').due;
    query = query
      .where('clocks.state', '=', 'running')
      .where('clocks.dueDate', '>=', day)
      .where('clocks.dueDate', '<=', bound);
  }
  return query;
}

const ORDER_OPEN_FIRST = sql<number>`case when disclosure_requests.state in ('replied', 'closed') then 1 else 0 end`;

const NO_CLOCK_LAST = sql<number>`case when clocks.due_date is null then 1 else 0 end`;

async function page(deps: Deps, actor: Actor, f: RequestFilter, offset: number, limit: number) {
  const rows = await (
    await queueQuery(deps, actor, f)
  )
    .selectAll('disclosureRequests')
    .select(['clocks.dueDate as clockDue', 'clocks.state as clockState'])
    .orderBy(ORDER_OPEN_FIRST)
    .orderBy(NO_CLOCK_LAST)
    .orderBy('clocks.dueDate')
    .orderBy('disclosureRequests.createdAt', 'desc')
    .orderBy('disclosureRequests.id')
    .limit(limit)
    .offset(offset)
    .execute();
  const cal = await loadCalendar(deps.db.kysely);
  const day = today(deps);
  return rows.map(({ clockDue, clockState, ...r }) =>
    presentListItem(
      r as DisclosureRequestsTable,
      clockDue && clockState
        ? {
            ...clockStatusOf(cal, day, { state: clockState, dueDate: clockDue }),
            dueDate: clockDue,
          }
        : null,
    ),
  );
}

export async function listRequests(
  deps: Deps,
  ctx: RequestContext,
  f: RequestFilter & { page: number; pageSize: number },
) {
  const actor = authorize(ctx, 'disclosure.request.read');
  const { n } = await (
    await queueQuery(deps, actor, f)
  )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return {
    items: await page(deps, actor, f, (f.page - 1) * f.pageSize, f.pageSize),
    total: Number(n),
    page: f.page,
    pageSize: f.pageSize,
    stateLabels: REQUEST_STATES,
  };
}

/** Every row of the filtered queue, a page at a time, for the XLSX ledger (art 45 登记). */
export async function* streamRequests(deps: Deps, ctx: RequestContext, f: RequestFilter) {
  const actor = authorize(ctx, 'disclosure.request.read');
  for (let offset = 0; ; offset += 1000) {
    const rows = await page(deps, actor, f, offset, 1000);
    yield* rows;
    if (rows.length < 1000) return;
  }
}

export async function getRequest(deps: Deps, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'disclosure.request.read');
  const q = deps.db.kysely;
  const req = (await scoped(q, actor).getById('disclosureRequests', id)) as DisclosureRequestsTable;
  const day = today(deps);
  const [docs, consultations, redactions, facts, cal] = await Promise.all([
    documentsOf(q, id),
    consultationsOf(q, id),
    redactionsOf(q, id),
    factsOf(q, req, day),
    loadCalendar(q),
  ]);
  const badges = await clockBadges(q, cal, day, [
    req.replyClockId,
    req.correctionNoticeClockId,
    req.correctionClockId,
    req.feeClockId,
  ]);
  const org = await q
    .selectFrom('orgs')
    .select(['name', 'path'])
    .where('id', '=', req.orgId)
    .executeTakeFirstOrThrow();
  return {
    id: req.id,
    orgId: req.orgId,
    orgName: org.name,
    trackingCode: req.trackingCode,
    state: req.state,
    stateLabel: REQUEST_STATES[req.state],
    channel: req.channel,
    channelLabel: presentListItem(req, null).channelLabel,
    description: req.description,
    ...presentApplicant(deps.secrets, req),
    ...presentProgress(req),
    clocks: {
      reply: badgeOf(badges, req.replyClockId),
      correctionNotice: badgeOf(badges, req.correctionNoticeClockId),
      correction: badgeOf(badges, req.correctionClockId),
      fee: badgeOf(badges, req.feeClockId),
    },
    ...presentChildren(docs, consultations, redactions),
    createdAt: req.createdAt,
    ...requestAbilities(actor, org.path, facts),
    ...(await requestPath(q, req.id, req.state)),
  };
}

/** The full ID number and phone, for a role that needs them; every read is in the trail. */
export async function readApplicantPii(deps: Deps, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'disclosure.request.pii.read');
  const req = (await scoped(deps.db.kysely, actor).getById(
    'disclosureRequests',
    id,
  )) as DisclosureRequestsTable;
  // Full personal data only to the town's own handlers; supervisors above the town see it masked.
  assertTownStaff(actor, 'read_pii');
  await mutation(deps, ctx, (m) =>
    m.audit({
      action: 'disclosure.request.pii_read',
      targetType: SUBJECT_TYPE,
      targetId: req.id,
      orgId: req.orgId,
      meta: { fields: ['idNumber', 'phone'] },
    }),
  );
  return {
    idNumber: deps.secrets.decrypt(req.idNumberEnc),
    phone: deps.secrets.decrypt(req.phoneEnc),
  };
}
