import type { RequestContext } from '../../../core/authz/actor.js';
import { can } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import type { Q } from '../../../core/db/database.js';
import type { Deps } from '../../../core/deps.js';
import { badRequest, conflict } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { loadItem } from '../items/item.repository.js';
import type { Hit } from '../rules/engine.js';
import { poolFor } from '../rules/engine-pool.js';
import { supervisesOnly, type Blocked } from '../../../core/workflow/index.js';
import { concludeStep, fcrPath, townPathOf } from './fcr.step.js';
import { FCR_WORKFLOW } from './fcr.workflow.js';
import {
  FCR_EXCEPTION_CONDITIONS,
  FCR_EXCEPTIONS,
  FCR_GROUPS,
  FCR_STANDARDS,
} from '../rules/fair-competition-checklist.js';
import type { ReviewFcrRecordsTable } from '../review.tables.js';
import {
  FCR_OUTCOMES,
  involvedStandards,
  readinessRefusal,
  type ChecklistAnswer,
  type FcrException12,
  type FcrOutcome,
} from './fcr.rules.js';

// tenancy: the review item linked to a record already loaded through scoped()

/** 公平竞争审查 records: the drafter's self-review of a measure affecting market entities (条例 art 13). */

const json = <T>(s: string | null, fallback: T): T => (s ? (JSON.parse(s) as T) : fallback);

/**
 * The engine's fair-competition flags on the text, with what is known about a claimed exception. Runs
 * in the engine's worker pool, before the transaction opens (issue #8).
 */
function flagsOf(
  deps: Deps,
  text: string,
  e: FcrException12 | null,
  explained: boolean,
): Promise<Hit[]> {
  const fields = e
    ? {
        exception: e.ground,
        noLessRestrictiveAlternative: e.noLessRestrictiveAlternative,
        hasTermOrEndCondition: e.termOrEndCondition.trim().length > 0,
        explainedInConclusion: explained,
      }
    : {};
  return poolFor(deps.config).run({ kind: 'fair_competition', text, fields });
}

/** Inside the transaction: the flags stand only for the record as it was read before. */
const unchangedSince = (before: { updatedAt: string }, now: { updatedAt: string }) => {
  if (before.updatedAt !== now.updatedAt)
    throw conflict('该记录刚被他人修改，请刷新后重试', 'FCR_CHANGED');
};

async function loadRecord(q: Q, ctx: RequestContext, id: string) {
  const actor = authorize(ctx, 'review.item.read');
  return { actor, record: await scoped(q, actor).getById('reviewFcrRecords', id) };
}

/** The conclusion refused now for what the record lacks (unanswered standards, no consultation). */
function concludeBlocked(
  manage: boolean,
  checklist: Record<string, ChecklistAnswer>,
  consultation: string | null,
): Blocked<'conclude'>[] {
  const r = manage ? readinessRefusal({ checklist, consultation }) : null;
  if (!r) return [];
  const { label } = FCR_WORKFLOW.transitions.conclude;
  return [{ action: 'conclude', label, code: r.code, message: r.message, basis: r.basis }];
}

export async function getFcr(deps: Deps, ctx: RequestContext, id: string) {
  const q = deps.db.kysely;
  const { actor, record: r } = await loadRecord(q, ctx, id);
  const item = r.itemId
    ? await q
        .selectFrom('reviewItems')
        .select(['id', 'title', 'state'])
        .where('id', '=', r.itemId)
        .executeTakeFirst()
    : undefined;
  const checklist = json<Record<string, ChecklistAnswer>>(r.checklist, {});
  // Staff above the town read the town's records; the drafting office alone works on them.
  const manage =
    can(actor, 'review.fcr.manage') &&
    r.state === 'draft' &&
    !supervisesOnly(actor, await townPathOf(q, r.orgId), FCR_WORKFLOW.parties.drafter);
  return {
    id: r.id,
    title: r.title,
    draftingUnit: r.draftingUnit,
    text: r.text,
    flags: json<Hit[]>(r.flags, []),
    checklist,
    involved: involvedStandards(checklist).map((s) => s.code),
    exception: json<FcrException12 | null>(r.exception, null),
    consultation: r.consultation,
    outcome: r.outcome,
    outcomeLabel: r.outcome ? FCR_OUTCOMES[r.outcome] : null,
    conclusionText: r.conclusionText,
    concludedOn: r.concludedOn,
    state: r.state,
    item: item ? { id: item.id, title: item.title } : null,
    createdAt: r.createdAt,
    standards: FCR_STANDARDS.map((s) => ({
      code: s.code,
      group: s.group,
      groupName: FCR_GROUPS[s.group].name,
      basis: s.basis,
      text: s.text,
    })),
    exceptions: FCR_EXCEPTIONS,
    exceptionConditions: FCR_EXCEPTION_CONDITIONS,
    abilities: { update: manage, conclude: manage },
    blocked: concludeBlocked(manage, checklist, r.consultation),
    ...(await fcrPath(q, r.id, r.state)),
  };
}

export async function createFcr(
  deps: Deps,
  ctx: RequestContext,
  input: { title: string; draftingUnit: string; text: string; itemId?: string | undefined },
) {
  const actor = authorize(ctx, 'review.fcr.manage');
  const flags = await flagsOf(deps, input.text, null, false);
  return mutation(deps, ctx, async (m) => {
    const item = input.itemId ? await loadItem(m.trx, actor, input.itemId, { lock: true }) : null;
    if (item && item.affectsMarket !== 1)
      throw badRequest('该审查事项未标注“涉及市场主体经济活动”，无需关联公平竞争审查');
    if (item?.fcrId) throw conflict('该审查事项已关联公平竞争审查记录', 'FCR_ALREADY_LINKED');
    const id = newId();
    const at = m.now.toISOString();
    const row: ReviewFcrRecordsTable = {
      id,
      orgId: item?.orgId ?? actor.orgId,
      itemId: item?.id ?? null,
      title: input.title,
      draftingUnit: input.draftingUnit,
      text: input.text,
      flags: JSON.stringify(flags),
      checklist: '{}',
      exception: null,
      consultation: null,
      outcome: null,
      conclusionText: null,
      concludedBy: null,
      concludedOn: null,
      state: 'draft',
      createdBy: actor.userId,
      createdAt: at,
      updatedAt: at,
    };
    await m.trx.insertInto('reviewFcrRecords').values(row).execute();
    if (item)
      await m.trx
        .updateTable('reviewItems')
        .set({ fcrId: id, updatedAt: at })
        .where('id', '=', item.id)
        .execute();
    await m.audit({
      action: 'review.fcr.created',
      targetType: 'review_fcr',
      targetId: id,
      orgId: row.orgId,
      meta: { title: row.title, itemId: row.itemId, flags: JSON.parse(row.flags).length },
    });
    return id;
  });
}

export async function updateFcr(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  patch: {
    text?: string | undefined;
    checklist?: Partial<Record<string, ChecklistAnswer>> | undefined;
    exception?: FcrException12 | null | undefined;
    consultation?: string | null | undefined;
  },
) {
  authorize(ctx, 'review.fcr.manage');
  const { record: before } = await loadRecord(deps.db.kysely, ctx, id);
  if (before.state !== 'draft') throw conflict('已作出审查结论的记录不能修改', 'INVALID_STATE');
  const text = patch.text ?? before.text;
  const exception =
    patch.exception === undefined
      ? json<FcrException12 | null>(before.exception, null)
      : patch.exception;
  const flags = await flagsOf(deps, text, exception, false);
  await mutation(deps, ctx, async (m) => {
    const { record: r } = await loadRecord(m.trx, ctx, id);
    unchangedSince(before, r);
    const set: Partial<ReviewFcrRecordsTable> = {
      text,
      flags: JSON.stringify(flags),
      updatedAt: m.now.toISOString(),
    };
    if (patch.checklist)
      set.checklist = JSON.stringify({
        ...json<Record<string, ChecklistAnswer>>(r.checklist, {}),
        ...patch.checklist,
      });
    if (patch.exception !== undefined)
      set.exception = patch.exception ? JSON.stringify(patch.exception) : null;
    if (patch.consultation !== undefined) set.consultation = patch.consultation;
    await m.trx.updateTable('reviewFcrRecords').set(set).where('id', '=', r.id).execute();
    await m.audit({
      action: 'review.fcr.updated',
      targetType: 'review_fcr',
      targetId: r.id,
      orgId: r.orgId,
      meta: { fields: Object.keys(patch) },
    });
  });
}

/** 书面审查结论 (art 17); without a passing one the measure may not be issued (art 18). */
export async function concludeFcr(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { outcome: FcrOutcome; conclusionText: string },
) {
  const { record: before } = await loadRecord(deps.db.kysely, ctx, id);
  // The fair-competition flags are computed in the worker pool, before the step's transaction opens.
  const flags = await flagsOf(
    deps,
    before.text,
    json<FcrException12 | null>(before.exception, null),
    true,
  );
  await concludeStep(deps, ctx, id, input, async ({ record: r, actor, today: day }) => {
    unchangedSince(before, r);
    return {
      patch: {
        outcome: input.outcome,
        conclusionText: input.conclusionText,
        concludedBy: actor!.userId,
        concludedOn: day,
        flags: JSON.stringify(flags),
      },
      changes: { outcome: { before: null, after: FCR_OUTCOMES[input.outcome] } },
      meta: { itemId: r.itemId, concludedOn: day },
    };
  });
}

interface FcrFilter {
  state?: 'draft' | 'concluded' | undefined;
  outcome?: FcrOutcome | undefined;
  year?: number | undefined;
}

function fcrQuery(q: Q, actor: Parameters<typeof scoped>[1], f: FcrFilter) {
  let query = scoped(q, actor).selectFrom('reviewFcrRecords');
  if (f.state) query = query.where('reviewFcrRecords.state', '=', f.state);
  if (f.outcome) query = query.where('reviewFcrRecords.outcome', '=', f.outcome);
  if (f.year)
    query = query
      .where('reviewFcrRecords.createdAt', '>=', `${f.year}-01-01T00:00:00.000Z`)
      .where('reviewFcrRecords.createdAt', '<', `${f.year + 1}-01-01T00:00:00.000Z`);
  return query;
}

const COLUMNS = [
  'reviewFcrRecords.id',
  'reviewFcrRecords.title',
  'reviewFcrRecords.draftingUnit',
  'reviewFcrRecords.state',
  'reviewFcrRecords.outcome',
  'reviewFcrRecords.concludedOn',
  'reviewFcrRecords.itemId',
  'reviewFcrRecords.flags',
  'reviewFcrRecords.createdAt',
] as const;
const present = (r: {
  id: string;
  title: string;
  draftingUnit: string;
  state: 'draft' | 'concluded';
  outcome: FcrOutcome | null;
  concludedOn: string | null;
  itemId: string | null;
  flags: string;
  createdAt: string;
}) => ({
  id: r.id,
  title: r.title,
  draftingUnit: r.draftingUnit,
  state: r.state,
  stateLabel: r.state === 'draft' ? '审查中' : '已作出结论',
  outcome: r.outcome,
  outcomeLabel: r.outcome ? FCR_OUTCOMES[r.outcome] : null,
  concludedOn: r.concludedOn,
  itemId: r.itemId,
  flagCount: json<unknown[]>(r.flags, []).length,
  createdAt: r.createdAt,
});
export type FcrRow = ReturnType<typeof present>;

export async function listFcr(
  deps: Deps,
  ctx: RequestContext,
  f: FcrFilter & { page: number; pageSize: number },
) {
  const actor = authorize(ctx, 'review.item.read');
  const base = fcrQuery(deps.db.kysely, actor, f);
  const [{ n }, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .select([...COLUMNS])
      .orderBy('reviewFcrRecords.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
  ]);
  return {
    items: rows.map(present),
    total: Number(n),
    page: f.page,
    pageSize: f.pageSize,
    abilities: { create: can(actor, 'review.fcr.manage') },
  };
}

export async function* fcrRows(deps: Deps, ctx: RequestContext, f: FcrFilter) {
  const actor = authorize(ctx, 'review.item.read');
  for (const r of await fcrQuery(deps.db.kysely, actor, f)
    .select([...COLUMNS])
    .orderBy('reviewFcrRecords.id', 'desc')
    .execute())
    yield present(r);
}
