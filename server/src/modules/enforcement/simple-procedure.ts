import { computeDeadline, type WorkCalendar } from '../../core/calendar/index.js';
import { invalidState, rule, type Refusal } from '../../core/workflow/index.js';
import { ART, type CollectionGround, type Procedure } from './enforcement.vocabulary.js';

/**
 * 简易程序 and 当场收缴 as pure guards (行政处罚法 第五十一、五十二、六十八至七十一条). The facts carry what
 * the step's input adds (the fine decided on the spot, the ground of a collection); without input (the
 * buttons) only what the record already shows is checked.
 */
export interface SimpleFacts {
  procedure: Procedure;
  /** The on-the-spot fine asked for (input of 当场处罚决定), and the town's art 51 limit for this party. */
  spotFine: number | null;
  spotLimit: number;
  /** The officer confirmed showing the 执法证 (art 52); null when not asked (the buttons). */
  certificateShown: boolean | null;
  /** The decided fine and the collection ground asked for (input of 当场收缴). */
  fine: number | null;
  collectionGround: CollectionGround | null;
  collectedOnSpot: boolean;
  handedOver: boolean;
  reported: boolean;
}

/** Art 68 (1): the cash limit for a fine collected on the spot under the simple procedure. */
const SMALL_FINE = 100;

export function spotDecision(f: SimpleFacts): Refusal | null {
  if (f.spotFine !== null && f.spotFine > f.spotLimit)
    return rule(
      'SIMPLE_LIMIT_EXCEEDED',
      `当场处罚的罚款不得超过${f.spotLimit}元，应当适用普通程序`,
      ART.simple,
    );
  if (f.certificateShown === false)
    return rule(
      'CERTIFICATE_NOT_SHOWN',
      '当场作出处罚决定应当向当事人出示执法证件',
      ART.spotDecision,
    );
  return null;
}

export function spotCollection(f: SimpleFacts): Refusal | null {
  const simple = f.procedure === 'simple';
  if (f.collectionGround === 'small_fine' && (!simple || (f.fine ?? 0) > SMALL_FINE))
    return rule(
      'SPOT_COLLECTION_NOT_ALLOWED',
      '只有当场作出的一百元以下罚款可以据此当场收缴',
      ART.spotCollection,
    );
  if (f.collectionGround === 'hard_to_enforce' && !simple)
    return rule(
      'SPOT_COLLECTION_NOT_ALLOWED',
      '“事后难以执行”只适用于当场作出的处罚决定',
      ART.spotCollection,
    );
  return null;
}

/** Art 71 with art 85: collected cash reaches the agency within two working days. */
export const handOverDueOf = (cal: WorkCalendar, collectedOn: string) =>
  computeDeadline(cal, collectedOn, 2, 'working').due;

/** Art 71: only cash collected on the spot is handed to the agency, once. */
export function handOver(f: SimpleFacts): Refusal | null {
  if (!f.collectedOnSpot) return invalidState('本案罚款未当场收缴，无需上交');
  if (f.handedOver) return invalidState('当场收缴的罚款已交至行政机关');
  return null;
}

/** Art 52 ¶3: an on-the-spot decision is reported to the agency, once. */
export function report(f: SimpleFacts): Refusal | null {
  if (f.procedure !== 'simple') return invalidState('只有当场作出的处罚决定需要备案');
  if (f.reported) return invalidState('本案已备案');
  return null;
}

/** 结案 waits for the 备案 and for collected cash to reach the agency. */
export function simpleClosing(f: SimpleFacts): Refusal | null {
  if (f.procedure === 'simple' && !f.reported)
    return rule(
      'SPOT_REPORT_PENDING',
      '当场作出的处罚决定应当先报所属行政机关备案',
      ART.spotReport,
    );
  if (f.collectedOnSpot && !f.handedOver)
    return rule('HAND_OVER_PENDING', '当场收缴的罚款尚未交至行政机关', ART.handOver);
  return null;
}
