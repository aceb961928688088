import { invalidState, type Refusal } from './refusal.js';
import { targetOf, type BaseFacts, type Workflow } from './table.js';

export type Check<S extends string> = { ok: true; to: S } | { ok: false; refusal: Refusal };

/** Whether `action` may be taken on a record with these facts, and the state it leads to (pure). */
export function checkStep<
  S extends string,
  A extends string,
  F extends BaseFacts<S>,
  P extends string,
>(w: Workflow<S, A, F, P>, action: A, f: F): Check<S> {
  const t = w.transitions[action];
  const outside = w.outside?.(f) ?? null;
  if (outside) return { ok: false, refusal: outside };
  if (!t.from.includes(f.state)) {
    const special = w.wrongState?.(action, f) ?? null;
    return {
      ok: false,
      refusal: special ?? invalidState(`当前状态为“${w.states[f.state]}”，不能${t.label}`),
    };
  }
  const refusal = t.guard?.(f) ?? null;
  if (refusal) return { ok: false, refusal };
  return { ok: true, to: targetOf(t, f) };
}
