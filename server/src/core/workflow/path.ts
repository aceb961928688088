import { z } from 'zod';
import { settleDeferredEvents } from '../audit/deferred.js';
import type { Q } from '../db/database.js';
import { stepsAhead } from './ahead.js';
import { actionsOf, type BaseFacts, type Workflow } from './table.js';

/** One step a record has taken, as its module recorded it (流转记录 row or audit event). */
interface StepTaken<S extends string = string> {
  action: string;
  at: string;
  actorName: string | null;
  /** The state the step led to; null when the step kept the state. */
  to: S | null;
  note: string | null;
  basis: string | null;
}

/** `path[]` in every detail response: the steps the record has taken, oldest first. */
export const pathSchema = z
  .array(
    z.object({
      action: z.string(),
      label: z.string(),
      at: z.string(),
      actorName: z.string().nullable(),
      toState: z.string().nullable().describe('步骤导致的状态（中文）；未改变状态时为空'),
      note: z.string().nullable(),
      basis: z.string().nullable(),
    }),
  )
  .describe('已经过的流转步骤（由流转表和流转记录生成）');
type PathStep = z.infer<typeof pathSchema>[number];

/** The path taken, named from the table: steps the table does not know are left out. */
function recordPath<S extends string, A extends string, F extends BaseFacts<S>, P extends string>(
  w: Workflow<S, A, F, P>,
  steps: readonly StepTaken<S>[],
): PathStep[] {
  return steps.flatMap((s) => {
    const t = (w.transitions as Record<string, { label: string } | undefined>)[s.action];
    if (!t) return [];
    return [
      {
        action: s.action,
        label: t.label,
        at: s.at,
        actorName: s.actorName,
        toState: s.to === null ? null : w.states[s.to],
        note: s.note,
        basis: s.basis,
      },
    ];
  });
}

const parse = (text: string | null): Record<string, unknown> => {
  if (!text) return {};
  const v: unknown = JSON.parse(text);
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
};

/**
 * The steps of a module that keeps no 流转记录 table of its own, read from its audit events: the runner
 * records each step as `<prefix>.<verb>` with the step's label in `meta.step` and the state change in
 * Chinese in `changes.state` (see runner.ts).
 */
async function stepsFromAudit<
  S extends string,
  A extends string,
  F extends BaseFacts<S>,
  P extends string,
>(
  q: Q,
  w: Workflow<S, A, F, P>,
  target: { auditPrefix: string; targetType: string; id: string },
): Promise<StepTaken<S>[]> {
  // Inside a group-commit batch, the steps earlier writes of the batch recorded are read too.
  await settleDeferredEvents(q);
  const rows = await q
    .selectFrom('auditEvents')
    .select(['action', 'at', 'actorName', 'changes', 'meta', 'basis'])
    .where('targetType', '=', target.targetType)
    .where('targetId', '=', target.id)
    .where('action', 'like', `${target.auditPrefix}.%`)
    .orderBy('at')
    .orderBy('seq')
    .execute();
  const stateOf = new Map(Object.entries(w.states).map(([k, label]) => [label, k as S]));
  return rows.flatMap((r) => {
    const verb = r.action.slice(target.auditPrefix.length + 1);
    const meta = parse(r.meta);
    const same = actionsOf(w).filter((a) => w.transitions[a].verb === verb);
    const action = same.find((a) => w.transitions[a].label === meta.step) ?? same[0];
    if (!action) return [];
    const state = parse(r.changes).state as { after?: unknown } | undefined;
    const after = typeof state?.after === 'string' ? state.after : null;
    return [
      {
        action,
        at: String(r.at),
        actorName: r.actorName,
        to: after === null ? null : (stateOf.get(after) ?? null),
        note: typeof meta.note === 'string' ? meta.note : null,
        basis: r.basis,
      },
    ];
  });
}

/**
 * The path view of a record whose module records its steps in the audit trail only: the steps taken
 * (`path`) and the steps the table allows from its state (`ahead`).
 */
export async function auditedPath<
  S extends string,
  A extends string,
  F extends BaseFacts<S>,
  P extends string,
>(
  q: Q,
  adapter: { workflow: Workflow<S, A, F, P>; auditPrefix: string; targetType: string },
  id: string,
  state: S,
): Promise<{ path: PathStep[]; ahead: ReturnType<typeof stepsAhead> }> {
  const { workflow, auditPrefix, targetType } = adapter;
  const steps = await stepsFromAudit(q, workflow, { auditPrefix, targetType, id });
  return { path: recordPath(workflow, steps), ahead: stepsAhead(workflow, state) };
}
