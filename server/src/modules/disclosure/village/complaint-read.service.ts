import { can, type RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import { maskPhone } from '../../../core/crypto/mask.js';
import { today, type Deps } from '../../../core/deps.js';
import { notFound } from '../../../core/errors.js';
import type { ClockBadge } from '@fazhi/shared';
import { badgeOf, clockBadges, loadCalendar } from '../../calendar/calendar.public.js';
import type { VillageAffairsComplaintsTable } from './village.tables.js';
import { villageOf } from './village-org.js';
import {
  AFFAIR_CATEGORIES,
  COMPLAINT_BASIS,
  COMPLAINT_CHANNELS,
  COMPLAINT_KINDS,
} from './village-vocabulary.js';
import { complaintAbilities, complaintPath } from './complaint.step.js';
import { COMPLAINT_STATES } from './complaint.workflow.js';

// tenancy: orders of a village checked visible by villageOf()

type Row = VillageAffairsComplaintsTable & { villageName: string };

function query(deps: Deps, ctx: RequestContext) {
  const actor = authorize(ctx, 'village_affairs.complaint.read');
  const q = scoped(deps.db.kysely, actor)
    .selectFrom('villageAffairsComplaints')
    .innerJoin('orgs', 'orgs.id', 'villageAffairsComplaints.orgId')
    .selectAll('villageAffairsComplaints')
    .select(['orgs.name as villageName']);
  return { actor, q };
}

/** A complaint as staff see it: phone masked, both clocks with their traffic light. */
function present(r: Row, badges: Map<string, ClockBadge>, decrypt: (sealed: string) => string) {
  return {
    id: r.id,
    receiptNo: r.receiptNo,
    village: { id: r.orgId, name: r.villageName },
    complainantName: r.complainantName,
    phoneMasked: r.phoneEnc ? maskPhone(decrypt(r.phoneEnc)) : null,
    category: r.category,
    categoryLabel: AFFAIR_CATEGORIES[r.category],
    kind: r.kind,
    kindLabel: COMPLAINT_KINDS[r.kind],
    channel: r.channel,
    channelLabel: COMPLAINT_CHANNELS[r.channel],
    matter: r.matter,
    receivedOn: r.receivedOn,
    status: r.status,
    statusLabel: COMPLAINT_STATES[r.status],
    findings: r.findings,
    decisionReason: r.decisionReason,
    orderText: r.orderText,
    orderedOn: r.orderedOn,
    publishedItemId: r.publishedItemId,
    resultNote: r.resultNote,
    closedOn: r.closedOn,
    investigationClock: badgeOf(badges, r.clockId),
    orderClock: badgeOf(badges, r.orderClockId),
    basis: COMPLAINT_BASIS,
  };
}

export async function listComplaints(
  deps: Deps,
  ctx: RequestContext,
  f: {
    status?: string | undefined;
    villageId?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  const { actor, q } = query(deps, ctx);
  let base = q;
  if (f.status) base = base.where('villageAffairsComplaints.status', '=', f.status as never);
  if (f.villageId) base = base.where('villageAffairsComplaints.orgId', '=', f.villageId);
  const [{ n }, rows, cal] = await Promise.all([
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    base
      .orderBy('villageAffairsComplaints.receivedOn', 'desc')
      .orderBy('villageAffairsComplaints.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    loadCalendar(deps.db.kysely),
  ]);
  const badges = await clockBadges(
    deps.db.kysely,
    cal,
    today(deps),
    rows.flatMap((r) => [r.clockId, r.orderClockId]),
  );
  return {
    items: (rows as Row[]).map((r) => present(r, badges, deps.secrets.decrypt)),
    total: Number(n),
    page: f.page,
    pageSize: f.pageSize,
    abilities: { register: can(actor, 'village_affairs.complaint.register') },
  };
}

export async function getComplaint(deps: Deps, ctx: RequestContext, id: string) {
  const { actor, q } = query(deps, ctx);
  const row = (await q.where('villageAffairsComplaints.id', '=', id).executeTakeFirst()) as
    Row | undefined;
  if (!row) throw notFound('该反映不存在或不在您的管辖范围内');
  const { open, parties, blocked } = await complaintAbilities(deps.db.kysely, actor, row);
  return {
    ...present(
      row,
      await clockBadges(deps.db.kysely, await loadCalendar(deps.db.kysely), today(deps), [
        row.clockId,
        row.orderClockId,
      ]),
      deps.secrets.decrypt,
    ),
    abilities: {
      investigate: open.has('investigate'),
      order: open.has('order'),
      dismiss: open.has('dismiss'),
      confirmPublished: open.has('confirm_published'),
      close: open.has('close'),
      readPhone: parties.has('town') && !!row.phoneEnc,
    },
    blocked,
    ...(await complaintPath(deps.db.kysely, row.id, row.status)),
  };
}

/**
 * What the town ordered a village to publish, for its cadres: the matter and the order, never who
 * complained (the villager's identity stays with the town).
 */
export async function villageOrders(deps: Deps, ctx: RequestContext, villageId: string) {
  const actor = authorize(ctx, 'village_affairs.item.read');
  const village = await villageOf(deps.db.kysely, actor, villageId);
  const rows = await deps.db.kysely
    .selectFrom('villageAffairsComplaints')
    .leftJoin('clocks', 'clocks.id', 'villageAffairsComplaints.orderClockId')
    .select([
      'villageAffairsComplaints.id',
      'villageAffairsComplaints.receiptNo',
      'villageAffairsComplaints.category',
      'villageAffairsComplaints.matter',
      'villageAffairsComplaints.orderText',
      'villageAffairsComplaints.orderedOn',
      'clocks.dueDate as dueDate',
    ])
    .where('villageAffairsComplaints.orgId', '=', village.id)
    .where('villageAffairsComplaints.status', '=', 'ordered')
    .orderBy('villageAffairsComplaints.orderedOn')
    .execute();
  return {
    village: { id: village.id, name: village.name },
    orders: rows.map((r) => ({
      ...r,
      categoryLabel: AFFAIR_CATEGORIES[r.category],
      basis: COMPLAINT_BASIS,
    })),
  };
}
