import { can, type Actor, type RequestContext } from '../../../core/authz/actor.js';
import { scoped } from '../../../core/authz/scope.js';
import { isPostgres, type Q, type Trx } from '../../../core/db/database.js';
import type { Deps } from '../../../core/deps.js';
import { notFound } from '../../../core/errors.js';
import {
  auditedPath,
  runStep,
  type StepWork,
  type WorkflowAdapter,
} from '../../../core/workflow/index.js';
import type { ReviewFcrRecordsTable } from '../review.tables.js';
import type { ChecklistAnswer, FcrException12, FcrOutcome } from './fcr.rules.js';
import { FCR_WORKFLOW, type FcrFacts, type FcrState } from './fcr.workflow.js';

const FCR_OWNER = 'review_fcr';

/** A record with the path of its town (its own org's path for a measure drafted above the town). */
type FcrRecord = ReviewFcrRecordsTable & { townPath: string };

const json = <T>(s: string | null, fallback: T): T => (s ? (JSON.parse(s) as T) : fallback);

async function lockFcr(trx: Trx, actor: Actor, id: string): Promise<FcrRecord> {
  let q = scoped(trx, actor)
    .selectFrom('reviewFcrRecords')
    .selectAll()
    .where('reviewFcrRecords.id', '=', id);
  if (isPostgres(trx)) q = q.forUpdate();
  const row = (await q.executeTakeFirst()) as ReviewFcrRecordsTable | undefined;
  if (!row) throw notFound('公平竞争审查记录不存在或不在您的管辖范围内');
  return { ...row, townPath: await townPathOf(trx, row.orgId) };
}

export async function townPathOf(q: Q, orgId: string): Promise<string> {
  const org = await q
    .selectFrom('orgs as o')
    .leftJoin('orgs as t', 't.id', 'o.townId')
    .select(['o.path as own', 't.path as town'])
    .where('o.id', '=', orgId)
    .executeTakeFirstOrThrow();
  return org.town ?? org.own;
}

type ConcludeInput = { outcome: FcrOutcome; conclusionText: string };

/** 公平竞争审查 records on the workflow kernel (the audit trail is their 流转记录). */
const fcrAdapter: WorkflowAdapter<
  FcrRecord,
  FcrState,
  'conclude',
  FcrFacts,
  'drafter',
  ConcludeInput
> = {
  workflow: FCR_WORKFLOW,
  auditPrefix: 'review.fcr',
  targetType: FCR_OWNER,
  load: lockFcr,
  idOf: (r) => r.id,
  orgIdOf: (r) => r.orgId,
  townPathOf: (r) => r.townPath,
  facts: async (_trx, r, env) => ({
    state: r.state,
    checklist: json<Record<string, ChecklistAnswer>>(r.checklist, {}),
    exception: json<FcrException12 | null>(r.exception, null),
    consultation: r.consultation,
    ...env.input,
  }),
  parties: (actor) => new Set(can(actor, 'review.fcr.manage') ? (['drafter'] as const) : []),
  update: async (trx, r, patch, state, at) => {
    await trx
      .updateTable('reviewFcrRecords')
      .set({ ...(patch as Partial<ReviewFcrRecordsTable>), state, updatedAt: at })
      .where('id', '=', r.id)
      .execute();
  },
};

/** The steps a fair-competition record has taken and those ahead (its 流转记录 is the audit trail). */
export const fcrPath = (q: Q, id: string, state: FcrState) => auditedPath(q, fcrAdapter, id, state);

export const concludeStep = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: ConcludeInput,
  work: StepWork<FcrRecord, FcrState, FcrFacts, void>,
) => runStep(deps, ctx, fcrAdapter, id, 'conclude', work, { input });
