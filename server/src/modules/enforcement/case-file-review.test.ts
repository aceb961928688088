import { describe, expect, it } from 'vitest';
import { reviewFile } from './case-file-review.js';

const general = {
  status: 'clue' as const,
  procedure: 'general' as const,
  major: 0 as const,
  officerIds: '["a","b"]',
  filedOn: null,
  investigatedOn: null,
  noticedOn: null,
  noticeDocNo: null,
  hearingRequestedOn: null,
  heardOn: null,
  legalReviewedOn: null,
  discussedOn: null,
  decidedOn: null,
  decisionDocNo: null,
  penalty: null,
  servedOn: null,
  paidOn: null,
  courtAppliedOn: null,
  closedOn: null,
  reportedOn: null,
  collectedOn: null,
  handedOverOn: null,
  receiptNo: null,
};

const missing = (c: Parameters<typeof reviewFile>[0]) =>
  reviewFile(c)
    .items.filter((i) => !i.present)
    .map((i) => `${i.item}｜${i.basis}`);

describe('案卷评查 (pure)', () => {
  it('asks nothing of a clue, and only what each later stage requires', () => {
    expect(reviewFile(general)).toEqual({ complete: true, items: [] });
    expect(missing({ ...general, status: 'investigating', officerIds: '["a"]' })).toEqual([
      '立案审批表｜《行政处罚法》第五十四条',
      '两名以上执法人员调查取证｜《行政处罚法》第四十二条',
    ]);
  });

  it('requires the 法制审核 and 集体讨论 of a major decision, and the 听证笔录 once asked', () => {
    const decided = {
      ...general,
      status: 'decided' as const,
      major: 1 as const,
      filedOn: '2024-03-01',
      investigatedOn: '2024-03-20',
      noticedOn: '2024-03-22',
      noticeDocNo: '告〔2024〕1号',
      hearingRequestedOn: '2024-03-25',
      decidedOn: '2024-04-10',
      decisionDocNo: '决〔2024〕1号',
      penalty: '罚款',
    };
    expect(missing(decided)).toEqual([
      '听证笔录｜《行政处罚法》第六十五条',
      '法制审核意见｜《行政处罚法》第五十八条',
      '负责人集体讨论记录｜《行政处罚法》第五十七条第二款',
    ]);
    const done = { ...decided, heardOn: '2024-04-01', legalReviewedOn: '2024-04-05' };
    expect(reviewFile({ ...done, discussedOn: '2024-04-08' }).complete).toBe(true);
    expect(missing({ ...done, discussedOn: '2024-04-08', status: 'closed' })).toEqual([
      '送达回证｜《行政处罚法》第六十一条、第八十五条',
      '罚款缴纳凭证或法院强制执行材料｜《行政处罚法》第六十七条',
      '结案报告｜《行政处罚法》第四十七条',
    ]);
  });
});
