import { computeDeadline, type WorkCalendar } from '../../core/calendar/index.js';
import { rule, type Refusal } from '../../core/workflow/index.js';
import { ART } from './enforcement.vocabulary.js';

/**
 * 先行登记保存 (行政处罚法 第五十六条): where evidence may be lost or be hard to obtain later, it is
 * registered and preserved on the head's approval, and a decision on it is made within seven days —
 * working days (第八十五条). One preservation per case; the penalty decision waits for its decision.
 */
export const PRESERVATION_WORKING_DAYS = 7;

export interface PreservationFacts {
  evidencePreserved: boolean;
  preservationDecided: boolean;
}

/** The last day to decide on evidence preserved on `preservedOn`. */
export const preservationDueOf = (cal: WorkCalendar, preservedOn: string) =>
  computeDeadline(cal, preservedOn, PRESERVATION_WORKING_DAYS, 'working').due;

/** 登记保存: once per case. */
export function preserving(f: PreservationFacts): Refusal | null {
  return f.evidencePreserved
    ? rule('EVIDENCE_ALREADY_PRESERVED', '本案已先行登记保存证据', ART.preservation)
    : null;
}

/** 处理决定: only on evidence preserved and not yet decided on. */
export function decidingPreserved(f: PreservationFacts): Refusal | null {
  if (!f.evidencePreserved)
    return rule('NO_PRESERVED_EVIDENCE', '本案没有先行登记保存的证据', ART.preservation);
  if (f.preservationDecided)
    return rule('PRESERVATION_DECIDED', '已对先行登记保存的证据作出处理决定', ART.preservation);
  return null;
}

/** The penalty decision (and the end of the case without one) waits for the decision on preserved evidence. */
export const preservationPending = (f: PreservationFacts): Refusal | null =>
  f.evidencePreserved && !f.preservationDecided
    ? rule(
        'PRESERVATION_UNDECIDED',
        '先行登记保存的证据尚未作出处理决定（应在七个工作日内作出）',
        ART.preservation,
      )
    : null;
