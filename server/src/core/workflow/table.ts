import type { Permission } from '@fazhi/shared';
import type { Refusal } from './refusal.js';

/**
 * The one transition-table shape every workflow module states its record's life in: the states with
 * their Chinese names, the parties who act, and per action its label, where it may start, where it
 * leads, who takes it, its guards with their legal basis. The runner, the abilities, `blocked[]` and
 * the state diagrams are all computed from this table; no service writes a state by hand.
 */

/**
 * Who takes a step. `townOffice` parties do the town's own work (its offices, leaders or villages): staff
 * above the town supervise that work and never play them.
 */
export interface PartyDef {
  label: string;
  townOffice: boolean;
}

/** What every module's facts carry: the record's current state. */
export interface BaseFacts<S extends string> {
  state: S;
}

export interface Transition<S extends string, F extends BaseFacts<S>, P extends string> {
  /** The step's Chinese name, shown on buttons and in the 流转记录. */
  label: string;
  /** Past-tense verb of the audit action `<prefix>.<verb>`. */
  verb: string;
  from: readonly S[];
  /** Where the step leads; omitted when the step keeps the state (e.g. 延长期限). */
  to?: S | ((f: F) => S);
  /** Every state a computed `to` may give (for the diagram). */
  targets?: readonly S[];
  by: P;
  /** The article that requires or allows the step, recorded with it. */
  basis: string | null;
  /** Permission checked before anything else; the module's default when omitted. */
  permission?: Permission;
  /** Legal and business guards, each refusing with its code and article. */
  guard?: (f: F) => Refusal | null;
  /** Taken only as the consequence of another step (e.g. 被新版本替代), never by a person directly. */
  followOn?: boolean;
}

export interface Workflow<
  S extends string,
  A extends string,
  F extends BaseFacts<S>,
  P extends string,
> {
  /** File name of the generated diagram (`docs/workflows/<key>.md`). */
  key: string;
  title: string;
  states: Record<S, string>;
  /** States a record is created in. */
  initial: readonly S[];
  parties: Record<P, PartyDef>;
  transitions: Record<A, Transition<S, F, P>>;
  /** Default permission for steps that name none. */
  permission: Permission;
  /** A refusal before any state check, for records that do not run on the platform (e.g. 线下补录). */
  outside?: (f: F) => Refusal | null;
  /** The refusal when the state does not allow the step (a module may answer a legal guard instead). */
  wrongState?: (action: A, f: F) => Refusal | null;
}

export const actionsOf = <A extends string>(w: { transitions: Record<A, unknown> }) =>
  Object.keys(w.transitions) as A[];

/** Where a step leads given the facts (the current state when the step keeps it). */
export function targetOf<S extends string, F extends BaseFacts<S>>(
  t: Transition<S, F, string>,
  f: F,
): S {
  if (t.to === undefined) return f.state;
  return typeof t.to === 'function' ? t.to(f) : t.to;
}
