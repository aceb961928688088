import { actionsOf, type BaseFacts, type Workflow } from './table.js';

/** A step the workflow allows from the current state, whoever takes it (for the record page's path view). */
interface AheadStep {
  action: string;
  label: string;
  party: string;
  /** Chinese names of the states it may lead to (empty when it keeps the state). */
  to: string[];
}

/** The steps that may follow from `state`, read from the table (follow-on steps excluded). */
export function stepsAhead<
  S extends string,
  A extends string,
  F extends BaseFacts<S>,
  P extends string,
>(w: Workflow<S, A, F, P>, state: S): AheadStep[] {
  return actionsOf(w)
    .filter((a) => !w.transitions[a].followOn && w.transitions[a].from.includes(state))
    .map((a) => {
      const t = w.transitions[a];
      const tos = t.to === undefined ? [] : typeof t.to === 'function' ? (t.targets ?? []) : [t.to];
      return {
        action: a,
        label: t.label,
        party: w.parties[t.by].label,
        to: tos.map((s) => w.states[s]),
      };
    });
}
