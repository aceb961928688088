import { computeDeadline, type WorkCalendar } from '../../core/calendar/index.js';
import { rule, type Refusal } from '../../core/workflow/index.js';
import { ART } from './enforcement.vocabulary.js';

/**
 * 行政处罚决定公开 (行政处罚法 第四十八条). A decision with some social impact is published — within
 * seven working days of the decision under the 行政执法公示制度 (国办发〔2018〕118号); once a published
 * decision is changed, revoked or found unlawful or void, its publication is withdrawn with the
 * reasons within three days (art 48 ¶2), which art 85 counts as working days.
 */
export const PUBLISH_WORKING_DAYS = 7;
const WITHDRAW_WORKING_DAYS = 3;

export interface PublicationFacts {
  /** Recorded with the decision: it has some social impact (art 48 ¶1); null before it or if unknown. */
  publishable: boolean | null;
  publishedOn: string | null;
  publicationWithdrawn: boolean;
}

const publishDueOf = (cal: WorkCalendar, decidedOn: string) =>
  computeDeadline(cal, decidedOn, PUBLISH_WORKING_DAYS, 'working').due;

export const withdrawDueOf = (cal: WorkCalendar, changedOn: string) =>
  computeDeadline(cal, changedOn, WITHDRAW_WORKING_DAYS, 'working').due;

/**
 * The 公开 period runs only for a decision judged to have social impact and not yet published: its
 * last day, or null when nothing awaits publication.
 */
export const publishDueFor = (
  cal: WorkCalendar,
  r: { decidedOn: string | null; publishable: boolean | null; publishedOn: string | null },
) =>
  r.decidedOn && r.publishable === true && !r.publishedOn ? publishDueOf(cal, r.decidedOn) : null;

/**
 * Only a decision judged to have social impact is published (art 48 ¶1), once; a withdrawn
 * publication is not published again.
 */
export function publishing(f: PublicationFacts): Refusal | null {
  if (f.publishable !== true)
    return rule('NOT_PUBLISHABLE', '该处罚决定未认定为具有一定社会影响，无须公开', ART.publication);
  if (f.publicationWithdrawn)
    return rule(
      'PUBLICATION_WITHDRAWN',
      '该处罚决定的公开信息已撤回，不再重新公开',
      ART.publicationWithdrawal,
    );
  if (f.publishedOn)
    return rule('ALREADY_PUBLISHED', `该处罚决定已于${f.publishedOn}公开`, ART.publication);
  return null;
}

/** Only a published decision's information can be withdrawn, and only once. */
export function withdrawing(f: PublicationFacts): Refusal | null {
  if (!f.publishedOn)
    return rule('NOT_PUBLISHED', '该处罚决定尚未公开，无须撤回', ART.publicationWithdrawal);
  if (f.publicationWithdrawn)
    return rule('PUBLICATION_WITHDRAWN', '该处罚决定的公开信息已撤回', ART.publicationWithdrawal);
  return null;
}
