import { computeDeadline, type WorkCalendar } from '../../core/calendar/index.js';
import { rule, type Refusal } from '../../core/workflow/index.js';
import { ART } from './enforcement.vocabulary.js';

/**
 * 先行登记保存 (行政处罚法 第五十六条): where evidence may be lost or be hard to obtain later, it is
 * registered and preserved on the head's approval, and a decision on it is made within seven days —
 * working days (第八十五条). An investigation may preserve evidence more than once (goods at two sites
 * on different days); each preservation has its own seven days, and the penalty decision waits for
 * every one of them.
 */
export const PRESERVATION_WORKING_DAYS = 7;

export interface PreservationFacts {
  /** Preservations the case has (先行登记保存 次数). */
  preserved: number;
  /** Those not yet decided on. */
  undecided: number;
  /**
   * The preservation a 处理决定 names, as the step's input finds it on the case: `missing` when it is
   * not one of the case's; null when no preservation is named (the page's buttons).
   */
  preservationTarget: 'undecided' | 'decided' | 'missing' | null;
}

/** The last day to decide on evidence preserved on `preservedOn`. */
export const preservationDueOf = (cal: WorkCalendar, preservedOn: string) =>
  computeDeadline(cal, preservedOn, PRESERVATION_WORKING_DAYS, 'working').due;

/** 处理决定: on one of the case's preservations not yet decided on. */
export function decidingPreserved(f: PreservationFacts): Refusal | null {
  if (f.preserved === 0)
    return rule('NO_PRESERVED_EVIDENCE', '本案没有先行登记保存的证据', ART.preservation);
  if (f.preservationTarget === 'missing')
    return rule('PRESERVATION_NOT_FOUND', '本案没有该次先行登记保存的记录', ART.preservation);
  if (f.preservationTarget === 'decided' || f.undecided === 0)
    return rule('PRESERVATION_DECIDED', '已对该次先行登记保存的证据作出处理决定', ART.preservation);
  return null;
}

/** The penalty decision (and the end of the case without one) waits for every preservation's decision. */
export const preservationPending = (f: PreservationFacts): Refusal | null =>
  f.undecided > 0
    ? rule(
        'PRESERVATION_UNDECIDED',
        `尚有${f.undecided}次先行登记保存的证据未作出处理决定（应在七个工作日内作出）`,
        ART.preservation,
      )
    : null;
