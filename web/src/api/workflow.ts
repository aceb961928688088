/** The workflow kernel's shapes, the same in every module's detail response. */

/** A step that is the caller's to take but a guard refuses now, with the reason and the article. */
export interface BlockedStep {
  action: string;
  label: string;
  code: string;
  message: string;
  basis: string | null;
}

/** A step the workflow allows from the current state, whoever takes it. */
export interface AheadStep {
  action: string;
  label: string;
  party: string;
  /** Names of the states it may lead to (empty when it keeps the state). */
  to: string[];
}

/** A step the record has taken, named from its workflow table (`path[]`, oldest first). */
export interface PathStep {
  action: string;
  label: string;
  at: string;
  actorName: string | null;
  /** Chinese name of the state the step led to; null when it kept the state. */
  toState: string | null;
  note: string | null;
  basis: string | null;
}
