import { assertTownStaff } from '../../../core/workflow/index.js';
import type { z } from 'zod';
import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import { today, type Deps } from '../../../core/deps.js';
import { badRequest, notFound, ruleViolation } from '../../../core/errors.js';
import { takeFloodHit, type FloodRule } from '../../../core/http/flood-control.js';
import { newId } from '../../../core/ids.js';
import { mutation, type MutationScope } from '../../../core/mutation.js';
import { startClock, stopClock } from '../../calendar/calendar.public.js';
import { closeTasks, createTask } from '../../../core/tasks/tasks.js';
import type {
  closeBody,
  confirmBody,
  dismissBody,
  orderBody,
  publicComplaintBody,
  registerComplaintBody,
} from './complaint.schema.js';
import type { VillageAffairsComplaintsTable } from './village.tables.js';
import { villageOf } from './village-org.js';
import { villageSettings } from './village-settings.js';
import { COMPLAINT_BASIS } from './village-vocabulary.js';
import { COMPLAINT_OWNER, complaintStep, complaintFollowOn } from './complaint.step.js';

// tenancy: rows of a complaint/village already loaded through scoped()

/**
 * 村民委员会组织法 第三十一条: a villager reports that something was not published (or not truly); the
 * town investigates, orders publication where due, and tells the villager. Each step runs through the
 * workflow kernel (complaint.workflow.ts); the investigation and the village's publication after an
 * order each run on their own clock.
 */
const link = (id: string) => `/disclosure/village/complaints?focus=${id}`;

type RegisterInput =
  | z.infer<typeof registerComplaintBody>
  | (z.infer<typeof publicComplaintBody> & { channel: 'online'; receivedOn: string });

async function receiptNo(m: MutationScope, townId: string, year: number) {
  const { lastValue } = await m.trx
    .insertInto('docNumberSequences')
    .values({ orgId: townId, kind: 'village_affairs_complaint', year, lastValue: 1 })
    .onConflict((oc) =>
      oc
        .columns(['orgId', 'kind', 'year'])
        .doUpdateSet((eb) => ({ lastValue: eb('docNumberSequences.lastValue', '+', 1) })),
    )
    .returning('lastValue')
    .executeTakeFirstOrThrow();
  return `村务反映〔${year}〕${lastValue}号`;
}

async function register(
  deps: Deps,
  ctx: RequestContext,
  input: RegisterInput,
  village: { id: string; name: string; townId: string },
) {
  const day = today(deps);
  if (input.receivedOn > day) throw badRequest('收到日期不能晚于今天');
  return mutation(deps, ctx, async (m) => {
    const { complaintDays } = await villageSettings(m.trx, village.townId);
    const id = newId();
    const at = m.now.toISOString();
    const row: VillageAffairsComplaintsTable = {
      id,
      orgId: village.id,
      townId: village.townId,
      receiptNo: await receiptNo(m, village.townId, Number(input.receivedOn.slice(0, 4))),
      complainantName: input.complainantName,
      phoneEnc: input.phone ? deps.secrets.encrypt(input.phone) : null,
      phoneIndex: input.phone ? deps.secrets.blindIndex(input.phone) : null,
      category: input.category,
      kind: input.kind,
      matter: input.matter,
      channel: input.channel,
      receivedOn: input.receivedOn,
      status: 'received',
      clockId: null,
      orderClockId: null,
      handlerId: null,
      findings: null,
      decisionReason: null,
      orderText: null,
      orderedOn: null,
      publishedItemId: null,
      resultNote: null,
      closedOn: null,
      createdBy: ctx.actor?.userId ?? null,
      createdAt: at,
      updatedAt: at,
    };
    await m.trx.insertInto('villageAffairsComplaints').values(row).execute();
    const clock = await startClock(m, {
      orgId: village.id,
      subjectType: COMPLAINT_OWNER,
      subjectId: id,
      purpose: 'village_affairs.complaint_investigation',
      startDate: input.receivedOn,
      limitDays: complaintDays,
      unit: 'working',
      basis: COMPLAINT_BASIS,
    });
    await m.trx
      .updateTable('villageAffairsComplaints')
      .set({ clockId: clock.id })
      .where('id', '=', id)
      .execute();
    await createTask(m, {
      orgId: village.townId,
      module: 'disclosure',
      kind: 'village_affairs.complaint',
      subjectType: COMPLAINT_OWNER,
      subjectId: id,
      title: `村务公开反映（${village.name}）：${input.matter.slice(0, 30)}`,
      assigneeRole: 'office_clerk',
      clockId: clock.id,
      link: link(id),
    });
    await m.audit({
      action: 'village_affairs.complaint.received',
      targetType: COMPLAINT_OWNER,
      targetId: id,
      orgId: village.id,
      basis: COMPLAINT_BASIS,
      changes: { status: { before: null, after: 'received' } },
      meta: {
        receiptNo: row.receiptNo,
        channel: row.channel,
        receivedOn: row.receivedOn,
        dueDate: clock.dueDate,
      },
    });
    return { id, receiptNo: row.receiptNo, dueDate: clock.dueDate };
  });
}

export async function registerComplaint(
  deps: Deps,
  ctx: RequestContext,
  input: z.infer<typeof registerComplaintBody>,
) {
  const actor = authorize(ctx, 'village_affairs.complaint.register');
  const village = await villageOf(deps.db.kysely, actor, input.villageId);
  assertTownStaff(actor, 'register');
  return register(deps, ctx, input, village);
}

/** Anonymous complaints from one address per hour before the form asks the person to come in or call. */
const PUBLIC_COMPLAINTS: FloodRule = {
  name: 'village_affairs.complaint.ip',
  limit: 5,
  windowMinutes: 60,
  message: '提交过于频繁，请一小时后再试，或到镇便民服务中心当面反映',
};

/** From the portal, without an account: the village must belong to the portal's town; floods are held back per address. */
export async function submitPublicComplaint(
  deps: Deps,
  ctx: RequestContext,
  townId: string,
  input: z.infer<typeof publicComplaintBody>,
) {
  if (ctx.ip) await takeFloodHit(deps.db.kysely, PUBLIC_COMPLAINTS, ctx.ip, deps.time.now());
  const village = await deps.db.kysely
    .selectFrom('orgs')
    .select(['id', 'name', 'townId', 'kind'])
    .where('id', '=', input.villageId)
    .executeTakeFirst();
  if (!village || village.townId !== townId || !['village', 'community'].includes(village.kind))
    throw notFound('该村（社区）不存在');
  const res = await register(
    deps,
    { ...ctx, actor: null },
    { ...input, channel: 'online', receivedOn: today(deps) },
    { id: village.id, name: village.name, townId },
  );
  return { receiptNo: res.receiptNo, dueDate: res.dueDate, basis: COMPLAINT_BASIS };
}

export async function startInvestigation(deps: Deps, ctx: RequestContext, id: string) {
  await complaintStep(deps, ctx, id, 'investigate', async ({ actor }) => ({
    patch: { handlerId: actor!.userId },
  }));
}

/** 责令依法公布: the investigation ends, the village is told what to publish and gets its own period. */
export async function orderPublication(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof orderBody>,
) {
  await complaintStep(deps, ctx, id, 'order', async ({ m, record: row, today: day }) => {
    if (row.clockId) await stopClock(m, ctx, row.clockId, { on: day });
    const { orderDays } = await villageSettings(m.trx, row.townId);
    const clock = await startClock(m, {
      orgId: row.orgId,
      subjectType: COMPLAINT_OWNER,
      subjectId: id,
      purpose: 'village_affairs.ordered_publication',
      startDate: day,
      limitDays: orderDays,
      unit: 'working',
      basis: COMPLAINT_BASIS,
    });
    await closeTasks(m, COMPLAINT_OWNER, id, 'village_affairs.complaint');
    await createTask(m, {
      orgId: row.orgId,
      module: 'disclosure',
      kind: 'village_affairs.publish_ordered',
      subjectType: COMPLAINT_OWNER,
      subjectId: id,
      title: `镇政府责令公布：${input.orderText.slice(0, 30)}`,
      assigneeRole: 'village_cadre',
      clockId: clock.id,
      link: `/disclosure/village?order=${id}`,
    });
    await createTask(m, {
      orgId: row.townId,
      module: 'disclosure',
      kind: 'village_affairs.order_followup',
      subjectType: COMPLAINT_OWNER,
      subjectId: id,
      title: `跟踪责令公布（${row.receiptNo}）`,
      assigneeRole: 'office_clerk',
      clockId: clock.id,
      link: link(id),
    });
    return {
      patch: {
        findings: input.findings,
        orderText: input.orderText,
        orderedOn: day,
        orderClockId: clock.id,
      },
      meta: { orderDue: clock.dueDate },
    };
  });
}

export async function dismissComplaint(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof dismissBody>,
) {
  await complaintStep(deps, ctx, id, 'dismiss', async ({ m, record: row, today: day }) => {
    if (row.clockId) await stopClock(m, ctx, row.clockId, { on: day });
    await closeTasks(m, COMPLAINT_OWNER, id, 'village_affairs.complaint');
    return {
      patch: { findings: input.findings, decisionReason: input.reason },
      meta: { reason: input.reason },
    };
  });
}

/** The village published what was ordered: its clock stops and the town is reminded to tell the villager. */
async function markPublished(
  m: MutationScope,
  ctx: RequestContext,
  row: VillageAffairsComplaintsTable,
  item: { id: string; publishedOn: string | null },
  day: string,
) {
  if (row.orderClockId) await stopClock(m, ctx, row.orderClockId, { on: item.publishedOn ?? day });
  await closeTasks(m, COMPLAINT_OWNER, row.id, 'village_affairs.publish_ordered');
  await closeTasks(m, COMPLAINT_OWNER, row.id, 'village_affairs.order_followup');
  await createTask(m, {
    orgId: row.townId,
    module: 'disclosure',
    kind: 'village_affairs.complaint_close',
    subjectType: COMPLAINT_OWNER,
    subjectId: row.id,
    title: `告知反映人处理结果（${row.receiptNo}）`,
    assigneeRole: 'office_clerk',
    dueDate: day,
    link: link(row.id),
  });
  return {
    patch: { publishedItemId: item.id },
    meta: { itemId: item.id, publishedOn: item.publishedOn },
  };
}

/** Staff confirm by naming the village's published item. */
export async function confirmPublished(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof confirmBody>,
) {
  await complaintStep(deps, ctx, id, 'confirm_published', async ({ m, record, today: day }) => {
    // tenancy: an item of the complaint's village, checked against the complaint loaded in scope
    const item = await m.trx
      .selectFrom('villageAffairsItems')
      .select(['id', 'orgId', 'status', 'publishedOn'])
      .where('id', '=', input.itemId)
      .executeTakeFirst();
    if (!item || item.orgId !== record.orgId || item.status !== 'published')
      throw ruleViolation('请选择被反映村已经公布的公开事项', 'ITEM_NOT_PUBLISHED');
    return markPublished(m, ctx, record, item, day);
  });
}

/** Called when the village publishes an item it linked to the order (inside that publication's step). */
export async function complaintItemPublished(
  m: MutationScope,
  ctx: RequestContext,
  deps: Pick<Deps, 'time' | 'config'>,
  complaintId: string,
  item: { id: string; orgId: string; publishedOn: string },
) {
  // tenancy: the complaint the publishing village's own item is linked to
  const row = await m.trx
    .selectFrom('villageAffairsComplaints')
    .selectAll()
    .where('id', '=', complaintId)
    .executeTakeFirst();
  if (row?.status !== 'ordered' || row.orgId !== item.orgId) return;
  // The village's step stops the town's clock: the clock service is called as the system, not as the village.
  const system: RequestContext = {
    actor: null,
    ip: null,
    userAgent: null,
    requestId: 'village-publication',
  };
  await complaintFollowOn(m, ctx, deps, row, 'confirm_published', ({ today: day }) =>
    markPublished(m, system, row, item, day),
  );
}

export async function closeComplaint(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof closeBody>,
) {
  await complaintStep(deps, ctx, id, 'close', async ({ m, today: day }) => {
    await closeTasks(m, COMPLAINT_OWNER, id);
    return {
      patch: { resultNote: input.resultNote, closedOn: day },
      meta: { resultNote: input.resultNote },
    };
  });
}

/** The full phone number, for those who handle the complaint; each read is an audit event. */
export async function readComplainantPhone(deps: Deps, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'village_affairs.complaint.handle');
  const row = await scoped(deps.db.kysely, actor).getById('villageAffairsComplaints', id);
  // Full personal data only to the town's own handlers; supervisors above the town see it masked.
  assertTownStaff(actor, 'read_pii');
  return mutation(deps, ctx, async (m) => {
    await m.audit({
      action: 'village_affairs.complaint.pii_read',
      targetType: COMPLAINT_OWNER,
      targetId: id,
      orgId: row.orgId,
      meta: { fields: ['phone'] },
    });
    return { phone: row.phoneEnc ? deps.secrets.decrypt(row.phoneEnc) : null };
  });
}
