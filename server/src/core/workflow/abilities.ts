import { checkStep } from './check.js';
import { actionsOf, type BaseFacts, type Workflow } from './table.js';

/** A step that is the caller's to take but is refused now, with the reason and the article. */
export interface Blocked<A extends string = string> {
  action: A;
  label: string;
  code: string;
  message: string;
  basis: string | null;
}

/** The steps open to someone who plays `parties` (the detail's abilities; followOn steps are never offered). */
export function openSteps<
  S extends string,
  A extends string,
  F extends BaseFacts<S>,
  P extends string,
>(
  w: Workflow<S, A, F, P>,
  f: F,
  parties: ReadonlySet<P>,
  may: (a: A) => boolean = () => true,
): Set<A> {
  return new Set(
    actionsOf(w).filter(
      (a) =>
        !w.transitions[a].followOn &&
        parties.has(w.transitions[a].by) &&
        may(a) &&
        checkStep(w, a, f).ok,
    ),
  );
}

/**
 * The caller's steps a guard refuses now (422), for the UI to explain why a button is missing. Steps the
 * state does not allow are left out unless the module's `wrongState` answers with a legal guard.
 */
export function blockedSteps<
  S extends string,
  A extends string,
  F extends BaseFacts<S>,
  P extends string,
>(
  w: Workflow<S, A, F, P>,
  f: F,
  parties: ReadonlySet<P>,
  may: (a: A) => boolean = () => true,
): Blocked<A>[] {
  const out: Blocked<A>[] = [];
  for (const action of actionsOf(w)) {
    const t = w.transitions[action];
    if (t.followOn || !parties.has(t.by) || !may(action)) continue;
    const r = checkStep(w, action, f);
    if (!r.ok && r.refusal.status === 422)
      out.push({
        action,
        label: t.label,
        code: r.refusal.code,
        message: r.refusal.message,
        basis: r.refusal.basis,
      });
  }
  return out;
}
