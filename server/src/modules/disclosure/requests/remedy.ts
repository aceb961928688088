import { OUTCOMES, type Outcome } from './outcomes.js';

/**
 * 救济途径告知 at the end of every 答复告知书. Withholding information (in whole or in part) must go to
 * administrative review first (《行政复议法》第二十三条第一款第四项, which also obliges the agency to say
 * so); every other reply may be challenged by review within 60 days (第二十条) or directly in court
 * within six months (《行政诉讼法》第四十六条).
 */
export interface RemedyParties {
  /** 行政复议机关: for a township, the county-level government (《行政复议法》第二十四条第一款第二项). */
  reviewAuthority: string;
  court: string;
}

export function remedyNotice(outcome: Outcome, p: RemedyParties): string {
  const review = `自收到本告知书之日起六十日内向${p.reviewAuthority}申请行政复议（《中华人民共和国行政复议法》第二十条）`;
  if (OUTCOMES[outcome].reviewFirst) {
    return (
      `如对本答复不服，依据《中华人民共和国行政复议法》第二十三条第一款第（四）项，申请政府信息公开，行政机关不予公开的，` +
      `应当先向行政复议机关申请行政复议，对行政复议决定不服的，可以再依法向人民法院提起行政诉讼。你（单位）可以${review}；` +
      `政府信息公开案件可以适用行政复议简易程序（该法第五十三条第一款第（四）项）。`
    );
  }
  return `如对本答复不服，可以${review}，也可以自收到本告知书之日起六个月内向${p.court}提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）。`;
}
