import type { Changes } from '../audit/record.js';
import type { Actor, RequestContext } from '../authz/actor.js';
import { authorize } from '../authz/authorize.js';
import type { Trx } from '../db/database.js';
import { today, type Deps } from '../deps.js';
import { mutation, type MutationScope } from '../mutation.js';
import { checkStep } from './check.js';
import { supervisesOnly } from './level.js';
import { notYourStep, refusalError, supervisionOnly } from './refusal.js';
import type { BaseFacts, Workflow } from './table.js';

/** One step as recorded in a module's 流转记录. */
export interface StepRecord<S extends string, A extends string> {
  action: A;
  label: string;
  from: S;
  to: S;
  at: string;
  actor: Actor | null;
  note: string | null;
  basis: string | null;
}

/**
 * What a module supplies for its records to run on the kernel: how to load and lock one within the
 * actor's scope, its facts, the parties the actor plays, how state is stored and steps recorded.
 */
export interface WorkflowAdapter<
  R,
  S extends string,
  A extends string,
  F extends BaseFacts<S>,
  P extends string,
  I = undefined,
> {
  workflow: Workflow<S, A, F, P>;
  /** Audit action prefix (`review.item`) and target type. */
  auditPrefix: string;
  targetType: string;
  /** The record within the actor's scope, locked on PostgreSQL; 404 outside it. */
  load(trx: Trx, actor: Actor, id: string): Promise<R>;
  idOf(r: R): string;
  orgIdOf(r: R): string;
  /** Path of the record's town: staff above it only supervise. */
  townPathOf(r: R): string;
  /** The record's town, where the record names it: its audit chain, without a read. */
  townIdOf?(r: R): string | undefined;
  facts(
    trx: Trx,
    r: R,
    env: { today: string; input: I | undefined; actor: Actor | null },
  ): Promise<F>;
  /** The parties the actor plays on this record (before the supervision rule is applied). */
  parties(actor: Actor, r: R): ReadonlySet<P>;
  /** Writes the step's patch and the new state in one update. */
  update(trx: Trx, r: R, patch: Record<string, unknown>, state: S, at: string): Promise<void>;
  /** Appends the step to the module's 流转记录 table, where it keeps one (else the audit trail is the record). */
  insertStep?(trx: Trx, r: R, step: StepRecord<S, A>, version: unknown): Promise<void>;
  /** Extra audit meta every step of the module carries (e.g. the 索引号). */
  auditMeta?(r: R, patch: Record<string, unknown> | undefined): Record<string, unknown>;
}

export interface StepContext<R, S extends string, F> {
  m: MutationScope;
  record: R;
  actor: Actor | null;
  /** The state the step leads to. */
  to: S;
  today: string;
  facts: F;
}

export interface StepResult<V = void> {
  /** Columns the step sets besides the state. */
  patch?: Record<string, unknown>;
  changes?: Changes;
  meta?: Record<string, unknown>;
  note?: string | null;
  /** Overrides the table's basis (e.g. the ground of a 不予公开 decision). */
  basis?: string | null;
  /** What the service returns to its caller. */
  value?: V;
  /** Audit actor for steps taken on a public page (the applicant). */
  actorOverride?: { userId: string | null; name: string };
}

export type StepWork<R, S extends string, F, V> = (
  s: StepContext<R, S, F>,
) => Promise<StepResult<V> | void>;

interface TakeOptions<I> {
  input?: I;
  /** The actor of a public page (no account): the party check is the caller's proof (查询码 + 手机号). */
  public?: boolean;
}

/**
 * Takes one step on a record already loaded and locked in this transaction: the party (supervisors
 * above the town never act as its office), facts, guards, the step's own work, the new state, the
 * 流转记录 and the audit event. Use it inside a mutation that spans more than one record.
 */
export async function takeStep<
  R,
  S extends string,
  A extends string,
  F extends BaseFacts<S>,
  P extends string,
  I,
  V,
>(
  m: MutationScope,
  ctx: RequestContext,
  deps: Pick<Deps, 'time' | 'config'>,
  adapter: WorkflowAdapter<R, S, A, F, P, I>,
  record: R,
  action: A,
  work?: StepWork<R, S, F, V>,
  opts: TakeOptions<I> & { asFollowOn?: boolean } = {},
): Promise<V> {
  const w = adapter.workflow;
  const def = w.transitions[action];
  const actor = ctx.actor;
  const party = w.parties[def.by];
  if (opts.public && party.townOffice)
    throw notYourStep(`只有本事项的${party.label}可以${def.label}`, action);
  if (!opts.public && !opts.asFollowOn) {
    if (!actor) throw notYourStep('请先登录', action);
    if (supervisesOnly(actor, adapter.townPathOf(record), party)) throw supervisionOnly(action);
    if (def.followOn || !adapter.parties(actor, record).has(def.by))
      throw notYourStep(`只有本事项的${party.label}可以${def.label}`, action);
  }
  const day = today(deps);
  const facts = await adapter.facts(m.trx, record, { today: day, input: opts.input, actor });
  const check = checkStep(w, action, facts);
  if (!check.ok) throw refusalError(check.refusal);
  const result = (await work?.({ m, record, actor, to: check.to, today: day, facts })) ?? {};
  const at = m.now.toISOString();
  const town = adapter.townIdOf?.(record);
  await adapter.update(m.trx, record, result.patch ?? {}, check.to, at);
  const basis = result.basis === undefined ? def.basis : result.basis;
  const note = result.note ?? null;
  await adapter.insertStep?.(
    m.trx,
    record,
    { action, label: def.label, from: facts.state, to: check.to, at, actor, note, basis },
    result.patch,
  );
  const changes: Changes = {
    ...(check.to === facts.state
      ? {}
      : { state: { before: w.states[facts.state], after: w.states[check.to] } }),
    ...result.changes,
  };
  await m.audit({
    action: `${adapter.auditPrefix}.${def.verb}`,
    targetType: adapter.targetType,
    targetId: adapter.idOf(record),
    orgId: adapter.orgIdOf(record),
    ...(town ? { townId: town } : {}),
    changes: Object.keys(changes).length ? changes : null,
    basis,
    meta: {
      step: def.label,
      ...adapter.auditMeta?.(record, result.patch),
      ...(note ? { note } : {}),
      ...result.meta,
    },
    ...(result.actorOverride ? { actorOverride: result.actorOverride } : {}),
  });
  return result.value as V;
}

/**
 * The one runner: authorise → load and lock the record within the actor's scope → the step (see
 * takeStep) — all in one transaction.
 */
export async function runStep<
  R,
  S extends string,
  A extends string,
  F extends BaseFacts<S>,
  P extends string,
  I,
  V = void,
>(
  deps: Deps,
  ctx: RequestContext,
  adapter: WorkflowAdapter<R, S, A, F, P, I>,
  id: string,
  action: A,
  work?: StepWork<R, S, F, V>,
  opts: { input?: I } = {},
): Promise<V> {
  const actor = authorize(
    ctx,
    adapter.workflow.transitions[action].permission ?? adapter.workflow.permission,
  );
  return mutation(deps, ctx, async (m) => {
    const record = await adapter.load(m.trx, actor, id);
    return takeStep(m, ctx, deps, adapter, record, action, work, opts);
  });
}
