import type { AppError } from '../errors.js';
import { conflict, forbidden, ruleViolation } from '../errors.js';

/**
 * One refusal shape for every workflow: a wrong state is 409 `INVALID_STATE`; a legal or business guard
 * is 422 with its own code, a Chinese message and the article it enforces (`basis`).
 */
export interface Refusal {
  status: 409 | 422;
  code: string;
  message: string;
  basis: string | null;
  /** Figures the caller needs to put it right (e.g. how many questions the bank holds). */
  details?: Record<string, unknown>;
}

/** A guard's refusal (422), citing the article it enforces where there is one. */
export const rule = (
  code: string,
  message: string,
  basis: string | null = null,
  details?: Record<string, unknown>,
): Refusal => ({ status: 422, code, message, basis, ...(details ? { details } : {}) });

/** The record is not in a state the step may start from (409). */
export const invalidState = (message: string): Refusal => ({
  status: 409,
  code: 'INVALID_STATE',
  message,
  basis: null,
});

/** A workflow refusal as the HTTP error users see. */
export function refusalError(r: Refusal): AppError {
  const details =
    r.basis || r.details ? { ...r.details, ...(r.basis ? { basis: r.basis } : {}) } : null;
  return r.status === 422
    ? ruleViolation(r.message, r.code, details)
    : conflict(r.message, r.code, details);
}

export const SUPERVISION_MESSAGE = '上级机关工作人员仅可查阅和监督，不能代替乡镇办理';

/** Staff above the town supervise the town's work: they read it, they never act as the town's office (403). */
export const supervisionOnly = (action: string) =>
  forbidden(SUPERVISION_MESSAGE, 'SUPERVISION_ONLY', { action });

/** The actor does not play the part the step needs (403). */
export const notYourStep = (message: string, action: string) =>
  forbidden(message, 'NOT_YOUR_STEP', { action });
