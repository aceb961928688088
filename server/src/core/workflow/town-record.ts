import type { Kysely } from 'kysely';
import type { Permission } from '@fazhi/shared';
import { can, type Actor, type RequestContext } from '../authz/actor.js';
import { scoped } from '../authz/scope.js';
import { isPostgres, type Q, type Trx } from '../db/database.js';
import { fixedQuery } from '../db/fixed-query.js';
import type { Database } from '../db/schema.js';
import type { Deps } from '../deps.js';
import { notFound } from '../errors.js';
import { blockedSteps, openSteps } from './abilities.js';
import { assertTownStaff, ownTownPath, playableParties } from './level.js';
import { auditedPath } from './path.js';
import { runStep, type StepWork, type WorkflowAdapter } from './runner.js';
import type { BaseFacts, Workflow } from './table.js';

/**
 * Columns every town record on the kernel carries: its org and its town — `townId`, or the org itself
 * for a record the town holds in its own name (its org is the town).
 */
interface TownRow {
  id: string;
  orgId: string;
  townId?: string;
}

/** The columns a step writes besides its own patch. */
type TownColumns = { id: string; updatedAt: string } & Record<StateColumn, string>;
type StateColumn = 'status' | 'state';

/** Tables whose rows are such town records. */
type TownTable = {
  [K in keyof Database]: Database[K] extends { orgId: string; updatedAt: string } ? K : never;
}[keyof Database];

/** What a module states about its records; everything else is the same for every module. */
interface TownRecordSpec<
  R extends TownRow,
  S extends string,
  A extends string,
  F extends BaseFacts<S>,
  P extends string,
  I,
> {
  table: TownTable;
  /** The column holding the state (`status` unless named). */
  stateColumn?: StateColumn;
  workflow: Workflow<S, A, F, P>;
  /** Audit action prefix (`disputes.dispute`) and target type (also the clock owner). */
  auditPrefix: string;
  targetType: string;
  /** The 404 message for a record that does not exist or is outside the caller's scope. */
  notFoundMessage: string;
  facts(q: Q, row: R, day: string, input?: I): F | Promise<F>;
  /** The parties the actor's permissions let it play (before the supervision rule). */
  parties(actor: Actor): ReadonlySet<P>;
  auditMeta?(row: R): Record<string, unknown>;
  /** Refuse staff above the town before any other check, even for steps their permissions reach. */
  townStaffOnly?: boolean;
}

export type TownRecord<R> = R & { townPath: string };

/** The town's path: the actor's own town needs no read (ownTownPath). */
const townPathOf = async (q: Q, actor: Actor, townId: string) =>
  ownTownPath(actor, townId) ??
  (await q.selectFrom('orgs').select('path').where('id', '=', townId).executeTakeFirstOrThrow())
    .path;

/**
 * A module's records that belong to one town and run on the kernel (cases, disputes, hazards …): the
 * adapter that loads and locks one within the actor's scope and writes its state, the step runner, the
 * caller's abilities and the 流转记录 from the audit trail — stated once here instead of per module.
 */
export function townRecordWorkflow<
  R extends TownRow,
  S extends string,
  A extends string,
  F extends BaseFacts<S>,
  P extends string,
  I = undefined,
>(spec: TownRecordSpec<R, S, A, F, P, I>) {
  const { table, workflow } = spec;
  const stateColumn = spec.stateColumn ?? 'status';
  const townOf = (row: R) => row.townId ?? row.orgId;

  // A step's write, compiled once per set of columns it changes (fixedQuery). The table is one of the
  // module's own, named by the module; Kysely cannot type it generically.
  const updateRow = fixedQuery((q, v: { set: Record<string, unknown>; id: string }) =>
    (q as unknown as Kysely<Record<string, TownColumns>>)
      .updateTable(table)
      .set(v.set)
      .where('id', '=', v.id),
  );

  async function load(trx: Trx, actor: Actor, id: string): Promise<TownRecord<R>> {
    let q = scoped(trx, actor)
      .selectFrom(table)
      .selectAll()
      .where(`${table}.id` as never, '=', id as never);
    if (isPostgres(trx)) q = q.forUpdate();
    const row = (await q.executeTakeFirst()) as R | undefined;
    if (!row) throw notFound(spec.notFoundMessage);
    return { ...row, townPath: await townPathOf(trx, actor, townOf(row)) };
  }

  const adapter: WorkflowAdapter<TownRecord<R>, S, A, F, P, I> = {
    workflow,
    auditPrefix: spec.auditPrefix,
    targetType: spec.targetType,
    load,
    idOf: (r) => r.id,
    orgIdOf: (r) => r.orgId,
    townPathOf: (r) => r.townPath,
    // Only a row's own town column names its town: without one, the org may be a village.
    townIdOf: (r) => r.townId,
    facts: async (trx, r, env) => spec.facts(trx, r, env.today, env.input),
    parties: (actor) => spec.parties(actor),
    update: async (trx, r, patch, state, at) => {
      await updateRow(trx, { set: { ...patch, [stateColumn]: state, updatedAt: at }, id: r.id });
    },
    ...(spec.auditMeta ? { auditMeta: (r: TownRecord<R>) => spec.auditMeta!(r) } : {}),
  };

  const permissionOf = (a: A): Permission =>
    workflow.transitions[a].permission ?? workflow.permission;

  return {
    adapter,

    /** Runs one step on the record (see runStep); staff above the town are refused first where set. */
    step<V = void>(
      deps: Deps,
      ctx: RequestContext,
      id: string,
      action: A,
      work?: StepWork<TownRecord<R>, S, F, V>,
      input?: I,
    ): Promise<V> {
      if (spec.townStaffOnly && ctx.actor) assertTownStaff(ctx.actor, action);
      return runStep(deps, ctx, adapter, id, action, work, input ? { input } : {});
    },

    /** The record's facts on a day, as the guards see them (for read views that show deadlines). */
    facts: (q: Q, row: R, day: string) => spec.facts(q, row, day),

    /** The caller's buttons and refused steps (none for staff above the town). */
    async abilities(q: Q, actor: Actor, row: R, day: string, known?: F) {
      const facts = known ?? (await spec.facts(q, row, day));
      const parties = playableParties(
        workflow.parties,
        spec.parties(actor),
        actor,
        await townPathOf(q, actor, townOf(row)),
      );
      const may = (a: A) => can(actor, permissionOf(a));
      return {
        open: [...openSteps(workflow, facts, parties, may)],
        blocked: blockedSteps(workflow, facts, parties, may),
      };
    },

    /** 流转记录 from the audit trail, and the steps ahead of the state. */
    path: (q: Q, id: string, state: S) => auditedPath(q, adapter, id, state),
  };
}
