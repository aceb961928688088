import type { RequestContext } from '../../../core/authz/actor.js';
import { isCalendarDate } from '@fazhi/shared';
import { today, type Deps } from '../../../core/deps.js';
import { badRequest, ruleViolation } from '../../../core/errors.js';
import { mutation, type MutationScope } from '../../../core/mutation.js';
import { startClock, stopClock } from '../../calendar/clock.service.js';
import { closeTasks, createTask } from '../../../core/tasks/tasks.js';
import { withholdBasis, type WithholdGround } from './categories.js';
import { itemForChange } from './item.service.js';
import { indexItem, ITEM_OWNER, itemLink } from './item-index.js';
import { addToPublicIndex, removeFromPublicIndex, setPublicAbolished } from './public-index.js';
import { itemRow, updateItem } from './proactive.repository.js';
import type { DisclosureItemsTable } from './proactive.tables.js';
import { ART17, ART18, nextReassessment, PUBLISH_PERIOD, reassessTarget, secondPersonRefusal, type ItemState } from './proactive.workflow.js';
import { proactiveSettings } from './settings.js';

/**
 * The transitions after drafting: submission to 保密审查, the second person's decision (publish,
 * return, withhold), the art 18 re-assessment, withdrawal and abolition. One audit event each.
 */

const event = (m: MutationScope, row: DisclosureItemsTable, verb: string, to: ItemState | null, extra: { basis?: string | null; meta?: Record<string, unknown> } = {}) =>
  m.audit({
    action: `disclosure.item.${verb}`,
    targetType: ITEM_OWNER,
    targetId: row.id,
    orgId: row.orgId,
    changes: to && to !== row.status ? { status: { before: row.status, after: to } } : null,
    basis: extra.basis ?? null,
    meta: { indexNo: row.indexNo, ...extra.meta },
  });

async function reviewTask(m: MutationScope, row: DisclosureItemsTable, clockId: string | null) {
  await createTask(m, { orgId: row.orgId, module: 'disclosure', kind: 'disclosure.confidentiality_review', subjectType: ITEM_OWNER, subjectId: row.id, title: `保密审查：${row.title}`, assigneeRole: 'legal_reviewer', clockId, link: itemLink(row.id) });
}

export async function submitItem(deps: Deps, ctx: RequestContext, id: string): Promise<void> {
  await mutation(deps, ctx, async (m) => {
    const { actor, row } = await itemForChange(m.trx, ctx, id, 'disclosure.item.write', 'submit');
    await updateItem(m.trx, id, { status: 'in_review', submittedBy: actor.userId ?? `token:${actor.tokenId}`, submittedAt: m.now.toISOString(), returnReason: null }, m.now);
    await reviewTask(m, row, row.clockId);
    await event(m, row, 'submitted', 'in_review', { basis: ART17 });
  });
}

/** The decision must come from a second person (art 17); otherwise 422 naming the article. */
async function forDecision(m: MutationScope, ctx: RequestContext, id: string, action: 'approve' | 'return' | 'withhold') {
  const { actor, row } = await itemForChange(m.trx, ctx, id, 'disclosure.item.review', action);
  const refusal = secondPersonRefusal(row, actor.userId);
  if (refusal) throw ruleViolation(refusal, 'SAME_PERSON_REVIEW');
  await closeTasks(m, ITEM_OWNER, id, 'disclosure.confidentiality_review');
  return { actor, row };
}

/** 保密审查 passed: the entry is published now, leaves the author's reminders and enters the portal. */
export async function approveItem(deps: Deps, ctx: RequestContext, id: string, opinion: string | undefined): Promise<void> {
  const day = today(deps);
  await mutation(deps, ctx, async (m) => {
    const { actor, row } = await forDecision(m, ctx, id, 'approve');
    if (row.kind === 'interpretation' && row.explainsId) {
      const doc = await itemRow(m.trx, row.explainsId);
      if (doc?.status !== 'published') throw ruleViolation('政策解读应与所解读的政策文件同步或在其后公开：请先公开该政策文件', 'EXPLAINED_NOT_PUBLISHED');
    }
    const clock = row.clockId ? await stopClock(m, ctx, row.clockId, { on: day }) : null;
    const patch = { status: 'published' as const, reviewedBy: actor.userId, reviewedAt: m.now.toISOString(), reviewOpinion: opinion ?? null, publishedAt: m.now.toISOString(), publishedOn: day };
    await updateItem(m.trx, id, patch, m.now);
    const published = { ...row, ...patch };
    await addToPublicIndex(m.trx, published);
    await indexItem(m.trx, published, m.now);
    await closeTasks(m, ITEM_OWNER, id);
    if (row.supersedesId) {
      const old = await itemRow(m.trx, row.supersedesId);
      if (old?.status === 'published') {
        await updateItem(m.trx, old.id, { status: 'superseded' }, m.now);
        await removeFromPublicIndex(m.trx, old.id);
        await event(m, old, 'superseded', 'superseded', { meta: { by: id } });
      }
    }
    await event(m, row, 'published', 'published', { basis: ART17, meta: { opinion: opinion ?? null, publishedOn: day, dueDate: clock?.dueDate ?? null, inTime: clock ? day <= clock.dueDate : null } });
  });
}

export async function returnItem(deps: Deps, ctx: RequestContext, id: string, reason: string): Promise<void> {
  await mutation(deps, ctx, async (m) => {
    const { actor, row } = await forDecision(m, ctx, id, 'return');
    await updateItem(m.trx, id, { status: 'draft', returnReason: reason, reviewedBy: actor.userId, reviewedAt: m.now.toISOString() }, m.now);
    await event(m, row, 'returned', 'draft', { basis: ART17, meta: { reason } });
  });
}

/** Not to be published (arts 14–16): the clock stops and the art 18 re-assessment is scheduled. */
export async function withholdItem(deps: Deps, ctx: RequestContext, id: string, ground: WithholdGround, reason: string): Promise<void> {
  const day = today(deps);
  await mutation(deps, ctx, async (m) => {
    const { actor, row } = await forDecision(m, ctx, id, 'withhold');
    const { reassessMonths } = await proactiveSettings(m.trx, row.townId);
    const due = nextReassessment(day, reassessMonths);
    if (row.clockId) await stopClock(m, ctx, row.clockId, { on: day });
    await updateItem(m.trx, id, { status: 'withheld', withholdGround: ground, withholdReason: reason, reassessDue: due, reviewedBy: actor.userId, reviewedAt: m.now.toISOString() }, m.now);
    await closeTasks(m, ITEM_OWNER, id);
    await reassessTask(m, row, due);
    await indexItem(m.trx, { ...row, status: 'withheld' }, m.now);
    await event(m, row, 'withheld', 'withheld', { basis: withholdBasis(ground), meta: { ground, reason, reassessDue: due, reassessBasis: ART18 } });
  });
}

const reassessTask = (m: MutationScope, row: DisclosureItemsTable, due: string) =>
  createTask(m, { orgId: row.orgId, module: 'disclosure', kind: 'disclosure.reassess_withheld', subjectType: ITEM_OWNER, subjectId: row.id, title: `不予公开信息定期评估：${row.title}`, assigneeRole: 'office_clerk', dueDate: due, link: itemLink(row.id) });

/**
 * Art 18: withheld information is re-assessed periodically; what circumstances now allow to be
 * published goes back to 保密审查 (a fresh 20-working-day period from today), the rest waits for the next date.
 */
export async function reassessItem(deps: Deps, ctx: RequestContext, id: string, release: boolean, opinion: string): Promise<void> {
  const day = today(deps);
  await mutation(deps, ctx, async (m) => {
    const { actor, row } = await itemForChange(m.trx, ctx, id, 'disclosure.item.review', 'reassess');
    await closeTasks(m, ITEM_OWNER, id, 'disclosure.reassess_withheld');
    const to = reassessTarget(release);
    if (release) {
      const clock = await startClock(m, { orgId: row.orgId, subjectType: ITEM_OWNER, subjectId: id, purpose: 'disclosure.proactive_publish', startDate: day, ...PUBLISH_PERIOD });
      await updateItem(m.trx, id, { status: to, clockId: clock.id, lastReassessedOn: day, reassessDue: null, submittedBy: actor.userId ?? `token:${actor.tokenId}`, submittedAt: m.now.toISOString() }, m.now);
      await reviewTask(m, row, clock.id);
    } else {
      const { reassessMonths } = await proactiveSettings(m.trx, row.townId);
      const due = nextReassessment(day, reassessMonths);
      await updateItem(m.trx, id, { lastReassessedOn: day, reassessDue: due }, m.now);
      await reassessTask(m, row, due);
    }
    await indexItem(m.trx, { ...row, status: to }, m.now);
    await event(m, row, 'reassessed', to, { basis: ART18, meta: { release, opinion } });
  });
}

export async function withdrawItem(deps: Deps, ctx: RequestContext, id: string, reason: string): Promise<void> {
  await mutation(deps, ctx, async (m) => {
    const { row } = await itemForChange(m.trx, ctx, id, 'disclosure.item.review', 'withdraw');
    await updateItem(m.trx, id, { status: 'withdrawn', withdrawnReason: reason }, m.now);
    await removeFromPublicIndex(m.trx, id);
    await indexItem(m.trx, { ...row, status: 'withdrawn' }, m.now);
    await event(m, row, 'withdrawn', 'withdrawn', { meta: { reason } });
  });
}

/** A published 规范性文件 is abolished: it stays in the catalogue marked 已废止 (表二 counts it as 本年废止). */
export async function recordAbolition(deps: Deps, ctx: RequestContext, id: string, abolishedOn: string): Promise<void> {
  if (!isCalendarDate(abolishedOn)) throw badRequest(`废止日期“${abolishedOn}”不是有效日期`);
  await mutation(deps, ctx, async (m) => {
    const { row } = await itemForChange(m.trx, ctx, id, 'disclosure.item.write', 'record_abolition');
    if (row.category !== 'regulations') throw ruleViolation('只有“规范性文件”类信息可以登记废止');
    if (row.issuedOn && abolishedOn < row.issuedOn) throw badRequest(`废止日期不能早于制发日期 ${row.issuedOn}`);
    await updateItem(m.trx, id, { abolishedOn }, m.now);
    await setPublicAbolished(m.trx, id, abolishedOn);
    await m.audit({ action: 'disclosure.item.abolition_recorded', targetType: ITEM_OWNER, targetId: id, orgId: row.orgId, changes: { abolishedOn: { before: row.abolishedOn, after: abolishedOn } } });
  });
}
