import type { RequestContext } from '../../../core/authz/actor.js';
import { isCalendarDate } from '@fazhi/shared';
import type { Deps } from '../../../core/deps.js';
import { badRequest } from '../../../core/errors.js';
import type { MutationScope } from '../../../core/mutation.js';
import { startClock, stopClock } from '../../calendar/calendar.public.js';
import { closeTasks, createTask } from '../../../core/tasks/tasks.js';
import { withholdBasis, type WithholdGround } from './categories.js';
import { indexItem, ITEM_OWNER, itemLink } from './item-index.js';
import { followOnStep, itemStep } from './item.step.js';
import { addToPublicIndex, removeFromPublicIndex, setPublicAbolished } from './public-index.js';
import { itemRow } from './proactive.repository.js';
import type { DisclosureItemsTable } from './proactive.tables.js';
import { ART18, nextReassessment, PUBLISH_PERIOD } from './proactive.workflow.js';
import { proactiveSettings } from './settings.js';

/**
 * The steps after drafting, through the kernel's runner: submission to 保密审查, the second person's
 * decision (publish, return, withhold), the art 18 re-assessment, withdrawal and abolition. The runner
 * checks party, state and guards, sets the state and writes the one audit event of each step.
 */

async function reviewTask(m: MutationScope, row: DisclosureItemsTable, clockId: string | null) {
  await createTask(m, {
    orgId: row.orgId,
    module: 'disclosure',
    kind: 'disclosure.confidentiality_review',
    subjectType: ITEM_OWNER,
    subjectId: row.id,
    title: `保密审查：${row.title}`,
    assigneeRole: 'legal_reviewer',
    clockId,
    link: itemLink(row.id),
  });
}

const reassessTask = (m: MutationScope, row: DisclosureItemsTable, due: string) =>
  createTask(m, {
    orgId: row.orgId,
    module: 'disclosure',
    kind: 'disclosure.reassess_withheld',
    subjectType: ITEM_OWNER,
    subjectId: row.id,
    title: `不予公开信息定期评估：${row.title}`,
    assigneeRole: 'office_clerk',
    dueDate: due,
    link: itemLink(row.id),
  });

const byName = (actor: { userId: string | null; tokenId: string | null } | null) =>
  actor?.userId ?? `token:${actor?.tokenId}`;

export async function submitItem(deps: Deps, ctx: RequestContext, id: string): Promise<void> {
  await itemStep(deps, ctx, id, 'submit', async ({ m, record, actor }) => {
    await reviewTask(m, record, record.clockId);
    return {
      patch: { submittedBy: byName(actor), submittedAt: m.now.toISOString(), returnReason: null },
    };
  });
}

/** 保密审查 passed: the entry is published now, leaves the author's reminders and enters the portal. */
export async function approveItem(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  opinion: string | undefined,
): Promise<void> {
  await itemStep(deps, ctx, id, 'approve', async ({ m, record: row, actor, today: day }) => {
    const clock = row.clockId ? await stopClock(m, ctx, row.clockId, { on: day }) : null;
    const patch = {
      reviewedBy: actor!.userId,
      reviewedAt: m.now.toISOString(),
      reviewOpinion: opinion ?? null,
      publishedAt: m.now.toISOString(),
      publishedOn: day,
    };
    const published = { ...row, ...patch, status: 'published' as const };
    await addToPublicIndex(m.trx, published);
    await indexItem(m.trx, published, m.now);
    await closeTasks(m, ITEM_OWNER, id);
    if (row.supersedesId) {
      const old = await itemRow(m.trx, row.supersedesId);
      if (old?.status === 'published') {
        await followOnStep(m, ctx, deps, old, 'supersede', async () => {
          await removeFromPublicIndex(m.trx, old.id);
          return { meta: { by: id } };
        });
      }
    }
    return {
      patch,
      meta: {
        opinion: opinion ?? null,
        publishedOn: day,
        dueDate: clock?.dueDate ?? null,
        inTime: clock ? day <= clock.dueDate : null,
      },
    };
  });
}

export async function returnItem(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  reason: string,
): Promise<void> {
  await itemStep(deps, ctx, id, 'return', async ({ m, actor }) => {
    await closeTasks(m, ITEM_OWNER, id, 'disclosure.confidentiality_review');
    return {
      patch: { returnReason: reason, reviewedBy: actor!.userId, reviewedAt: m.now.toISOString() },
      meta: { reason },
    };
  });
}

/** Not to be published (arts 14–16): the clock stops and the art 18 re-assessment is scheduled. */
export async function withholdItem(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  ground: WithholdGround,
  reason: string,
): Promise<void> {
  await itemStep(deps, ctx, id, 'withhold', async ({ m, record: row, actor, today: day }) => {
    const { reassessMonths } = await proactiveSettings(m.trx, row.townId);
    const due = nextReassessment(day, reassessMonths);
    if (row.clockId) await stopClock(m, ctx, row.clockId, { on: day });
    await closeTasks(m, ITEM_OWNER, id);
    await reassessTask(m, row, due);
    await indexItem(m.trx, { ...row, status: 'withheld' }, m.now);
    return {
      patch: {
        withholdGround: ground,
        withholdReason: reason,
        reassessDue: due,
        reviewedBy: actor!.userId,
        reviewedAt: m.now.toISOString(),
      },
      basis: withholdBasis(ground),
      meta: { ground, reason, reassessDue: due, reassessBasis: ART18 },
    };
  });
}

/**
 * Art 18: withheld information is re-assessed periodically; what circumstances now allow to be
 * published goes back to 保密审查 (a fresh 20-working-day period from today), the rest waits for the next date.
 */
export async function reassessItem(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  release: boolean,
  opinion: string,
): Promise<void> {
  await itemStep(
    deps,
    ctx,
    id,
    'reassess',
    async ({ m, record: row, actor, to, today: day }) => {
      await closeTasks(m, ITEM_OWNER, id, 'disclosure.reassess_withheld');
      await indexItem(m.trx, { ...row, status: to }, m.now);
      if (release) {
        const clock = await startClock(m, {
          orgId: row.orgId,
          subjectType: ITEM_OWNER,
          subjectId: id,
          purpose: 'disclosure.proactive_publish',
          startDate: day,
          ...PUBLISH_PERIOD,
        });
        await reviewTask(m, row, clock.id);
        return {
          patch: {
            clockId: clock.id,
            lastReassessedOn: day,
            reassessDue: null,
            submittedBy: byName(actor),
            submittedAt: m.now.toISOString(),
          },
          meta: { release, opinion },
        };
      }
      const { reassessMonths } = await proactiveSettings(m.trx, row.townId);
      const due = nextReassessment(day, reassessMonths);
      await reassessTask(m, row, due);
      return { patch: { lastReassessedOn: day, reassessDue: due }, meta: { release, opinion } };
    },
    { release },
  );
}

export async function withdrawItem(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  reason: string,
): Promise<void> {
  await itemStep(deps, ctx, id, 'withdraw', async ({ m, record: row }) => {
    await removeFromPublicIndex(m.trx, id);
    await indexItem(m.trx, { ...row, status: 'withdrawn' }, m.now);
    return { patch: { withdrawnReason: reason }, meta: { reason } };
  });
}

/** A published 规范性文件 is abolished: it stays in the catalogue marked 已废止 (表二 counts it as 本年废止). */
export async function recordAbolition(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  abolishedOn: string,
): Promise<void> {
  if (!isCalendarDate(abolishedOn)) throw badRequest(`废止日期“${abolishedOn}”不是有效日期`);
  await itemStep(deps, ctx, id, 'record_abolition', async ({ m, record: row }) => {
    if (row.issuedOn && abolishedOn < row.issuedOn)
      throw badRequest(`废止日期不能早于制发日期 ${row.issuedOn}`);
    await setPublicAbolished(m.trx, id, abolishedOn);
    return {
      patch: { abolishedOn },
      changes: { abolishedOn: { before: row.abolishedOn, after: abolishedOn } },
    };
  });
}
