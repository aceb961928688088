/**
 * 听证会材料的送达 (条例 第十六条第三款): the materials reach the participants at least 7 days before the
 * hearing. Counted in calendar days: sent on the 13th for a hearing on the 20th is in time, on the 14th is not.
 */
export const HEARING_NOTICE_DAYS = 7;

const DAY_MS = 86_400_000;

/** The last day the materials may be sent for a hearing on `hearingOn`. */
export const latestMaterialsDay = (hearingOn: string): string =>
  new Date(Date.parse(`${hearingOn}T00:00:00Z`) - HEARING_NOTICE_DAYS * DAY_MS)
    .toISOString()
    .slice(0, 10);

/** Whether materials sent on `sentOn` reach the participants in time for a hearing on `hearingOn`. */
export const materialsInTime = (sentOn: string, hearingOn: string): boolean =>
  sentOn <= latestMaterialsDay(hearingOn);

/** What a 听证公告 announces of a hearing (第十六条); a notice whose terms differ from the hearing's is out of date. */
export const hearingTerms = (h: {
  hearingOn: string;
  place: string;
  matters: string;
  selectionRule: string;
  participants: string;
}): string => JSON.stringify([h.hearingOn, h.place, h.matters, h.selectionRule, h.participants]);
