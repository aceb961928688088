import { ART } from './enforcement.vocabulary.js';
import type { EnforcementCasesTable } from './enforcement.tables.js';

/**
 * 案卷评查: what the file of a case must hold for the stage it has reached, each item with the article
 * that requires it (行政处罚法 第四十七条: the whole process is recorded and archived). Whether a paper
 * belongs is read from the case itself — a decided case needs its 事先告知书, a heard one its 听证笔录 —
 * so the check lists what is missing, never what a case has not yet come to. The timing and the
 * scoring of a 评查 are local rules [U]; this is the completeness part they all share.
 */
type Case = Pick<
  EnforcementCasesTable,
  | 'status'
  | 'procedure'
  | 'major'
  | 'officerIds'
  | 'filedOn'
  | 'investigatedOn'
  | 'noticedOn'
  | 'noticeDocNo'
  | 'hearingRequestedOn'
  | 'heardOn'
  | 'legalReviewedOn'
  | 'discussedOn'
  | 'decidedOn'
  | 'decisionDocNo'
  | 'penalty'
  | 'servedOn'
  | 'paidOn'
  | 'courtAppliedOn'
  | 'closedOn'
  | 'reportedOn'
  | 'collectedOn'
  | 'handedOverOn'
  | 'receiptNo'
>;

interface FileItem {
  item: string;
  present: boolean;
  basis: string;
}

const DECIDED = new Set(['decided', 'served', 'urged', 'court_applied', 'executed', 'closed']);
const SERVED = new Set(['served', 'urged', 'court_applied', 'executed', 'closed']);
const PAID = new Set(['executed', 'closed']);

/** Every paper the case's stage requires, present or not, in the order of the file. */
function fileItems(c: Case): FileItem[] {
  const decided = DECIDED.has(c.status) && c.decidedOn !== null;
  const items: (FileItem | null)[] =
    c.procedure === 'simple'
      ? [
          {
            item: '当场处罚决定书（预定格式、编有号码）',
            present: !!c.decidedOn,
            basis: ART.spotDecision,
          },
          { item: '报所属行政机关备案', present: !!c.reportedOn, basis: ART.spotReport },
          c.collectedOn
            ? { item: '当场收缴罚款的专用票据', present: !!c.receiptNo, basis: ART.spotCollection }
            : null,
          c.collectedOn
            ? { item: '罚款交至行政机关的记录', present: !!c.handedOverOn, basis: ART.handOver }
            : null,
        ]
      : [
          c.status === 'clue'
            ? null
            : { item: '立案审批表', present: !!c.filedOn, basis: ART.filing },
          c.status === 'clue'
            ? null
            : {
                item: '两名以上执法人员调查取证',
                present: (JSON.parse(c.officerIds) as string[]).length >= 2,
                basis: ART.officers,
              },
          decided
            ? { item: '调查终结报告', present: !!c.investigatedOn, basis: ART.conclude }
            : null,
          decided
            ? {
                item: '行政处罚事先告知书（陈述、申辩、听证权利）',
                present: !!c.noticeDocNo && !!c.noticedOn,
                basis: ART.notice,
              }
            : null,
          c.hearingRequestedOn
            ? { item: '听证笔录', present: !!c.heardOn, basis: ART.afterHearing }
            : null,
          decided && (c.major === 1 || c.heardOn)
            ? { item: '法制审核意见', present: !!c.legalReviewedOn, basis: ART.legalReview }
            : null,
          decided && c.major === 1
            ? { item: '负责人集体讨论记录', present: !!c.discussedOn, basis: ART.collective }
            : null,
          decided
            ? {
                item: '行政处罚决定书（载明第五十九条所列事项）',
                present: !!c.decisionDocNo && !!c.penalty,
                basis: ART.decision,
              }
            : null,
          SERVED.has(c.status)
            ? { item: '送达回证', present: !!c.servedOn, basis: ART.service }
            : null,
          PAID.has(c.status)
            ? {
                item: '罚款缴纳凭证或法院强制执行材料',
                present: !!c.paidOn || !!c.courtAppliedOn,
                basis: ART.payment,
              }
            : null,
        ];
  return [
    ...items.filter((i): i is FileItem => i !== null),
    ...(c.status === 'closed'
      ? [{ item: '结案报告', present: !!c.closedOn, basis: ART.records }]
      : []),
  ];
}

/** The 评查 of one file: complete or not, and what is missing with its article. */
export function reviewFile(c: Case) {
  const items = fileItems(c);
  return { complete: items.every((i) => i.present), items };
}
