import type { RequestContext } from '../../../core/authz/actor.js';
import { can } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import type { Q } from '../../../core/db/database.js';
import { today, type Deps } from '../../../core/deps.js';
import { badRequest } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { CLEANUP_OUTCOMES, type CleanupOutcome } from './fcr.schema.js';

/** 存量清理: existing documents checked against the fair-competition standards, and what became of each. */

interface CleanupInput {
  docTitle: string;
  docNumber?: string | undefined;
  issuedOn?: string | undefined;
  outcome: CleanupOutcome;
  reason: string;
  reviewedOn: string;
  campaign?: string | undefined;
}

export async function addCleanup(deps: Deps, ctx: RequestContext, input: CleanupInput) {
  const actor = authorize(ctx, 'review.fcr.manage');
  if (input.reviewedOn > today(deps)) throw badRequest('清理日期不能晚于今天');
  if (input.issuedOn && input.issuedOn > input.reviewedOn)
    throw badRequest('印发日期不能晚于清理日期');
  return mutation(deps, ctx, async (m) => {
    const id = newId();
    await m.trx
      .insertInto('reviewFcrCleanups')
      .values({
        id,
        orgId: actor.orgId,
        docTitle: input.docTitle,
        docNumber: input.docNumber ?? null,
        issuedOn: input.issuedOn ?? null,
        outcome: input.outcome,
        reason: input.reason,
        reviewedOn: input.reviewedOn,
        reviewedBy: actor.userId,
        campaign: input.campaign ?? null,
        createdAt: m.now.toISOString(),
      })
      .execute();
    await m.audit({
      action: 'review.fcr_cleanup.recorded',
      targetType: 'review_fcr_cleanup',
      targetId: id,
      orgId: actor.orgId,
      basis: '《公平竞争审查条例》第二十一条',
      meta: { docTitle: input.docTitle, outcome: CLEANUP_OUTCOMES[input.outcome] },
    });
    return id;
  });
}

interface CleanupFilter {
  year?: number | undefined;
  outcome?: CleanupOutcome | undefined;
}

function cleanupQuery(q: Q, actor: Parameters<typeof scoped>[1], f: CleanupFilter) {
  let query = scoped(q, actor).selectFrom('reviewFcrCleanups');
  if (f.year)
    query = query
      .where('reviewFcrCleanups.reviewedOn', '>=', `${f.year}-01-01`)
      .where('reviewFcrCleanups.reviewedOn', '<=', `${f.year}-12-31`);
  if (f.outcome) query = query.where('reviewFcrCleanups.outcome', '=', f.outcome);
  return query;
}

const COLUMNS = [
  'id',
  'docTitle',
  'docNumber',
  'issuedOn',
  'outcome',
  'reason',
  'reviewedOn',
  'campaign',
] as const;
const present = (r: {
  id: string;
  docTitle: string;
  docNumber: string | null;
  issuedOn: string | null;
  outcome: CleanupOutcome;
  reason: string;
  reviewedOn: string;
  campaign: string | null;
}) => ({ ...r, outcomeLabel: CLEANUP_OUTCOMES[r.outcome] });
export type CleanupRow = ReturnType<typeof present>;

export async function listCleanups(
  deps: Deps,
  ctx: RequestContext,
  f: CleanupFilter & { page: number; pageSize: number },
) {
  const actor = authorize(ctx, 'review.item.read');
  const base = cleanupQuery(deps.db.kysely, actor, f);
  const [{ n }, rows, byOutcome] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .select(COLUMNS.map((c) => `reviewFcrCleanups.${c}` as const))
      .orderBy('reviewFcrCleanups.reviewedOn', 'desc')
      .orderBy('reviewFcrCleanups.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    base
      .select(['reviewFcrCleanups.outcome', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('reviewFcrCleanups.outcome')
      .execute(),
  ]);
  return {
    items: rows.map(present),
    total: Number(n),
    page: f.page,
    pageSize: f.pageSize,
    counts: Object.fromEntries(
      Object.keys(CLEANUP_OUTCOMES).map((k) => [
        k,
        Number(byOutcome.find((b) => b.outcome === k)?.n ?? 0),
      ]),
    ) as Record<CleanupOutcome, number>,
    abilities: { create: can(actor, 'review.fcr.manage') },
  };
}

export async function* cleanupRows(deps: Deps, ctx: RequestContext, f: CleanupFilter) {
  const actor = authorize(ctx, 'review.item.read');
  const rows = await cleanupQuery(deps.db.kysely, actor, f)
    .select(COLUMNS.map((c) => `reviewFcrCleanups.${c}` as const))
    .orderBy('reviewFcrCleanups.reviewedOn', 'desc')
    .orderBy('reviewFcrCleanups.id', 'desc')
    .execute();
  for (const r of rows) yield present(r);
}
