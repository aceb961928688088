import type { LetterContent } from '../../core/documents/docx-letter.js';
import { ART, ENFORCEMENT_FIELDS, PARTY_KINDS } from './enforcement.vocabulary.js';
import type { EnforcementCasesTable } from './enforcement.tables.js';

/** The 文号 kinds of the two letters; each town sets their templates (文号模板). */
export const NOTICE_KIND = 'enforcement_notice';
export const DECISION_KIND = 'enforcement_decision';
export const URGE_KIND = 'enforcement_urge';

type CaseForLetter = Pick<
  EnforcementCasesTable,
  'caseNo' | 'partyName' | 'partyKind' | 'partyAddress' | 'facts' | 'field'
>;

const yuan = (n: number) => `${n.toLocaleString('zh-CN')}元`;

const party = (c: CaseForLetter) =>
  `当事人：${c.partyName}（${PARTY_KINDS[c.partyKind]}）${c.partyAddress ? `，地址：${c.partyAddress}` : ''}`;

/** 行政处罚事先告知书: facts, reasons, basis, the proposed penalty and the rights (art 44, 45, 63, 64). */
export function noticeLetter(
  c: CaseForLetter,
  input: { proposedFine: number; legalBasis: string; hearingRight: boolean },
): LetterContent {
  return {
    title: '行政处罚事先告知书',
    recipient: c.partyName,
    blocks: [
      { kind: 'paragraph', text: `${party(c)}。案号：${c.caseNo}。` },
      { kind: 'heading1', text: '违法事实' },
      { kind: 'paragraph', text: c.facts },
      { kind: 'heading1', text: '处罚依据和拟作出的处罚' },
      {
        kind: 'paragraph',
        text: `依据${input.legalBasis}，拟对你（单位）作出罚款${yuan(input.proposedFine)}的行政处罚（${ENFORCEMENT_FIELDS[c.field]}）。`,
      },
      { kind: 'heading1', text: '当事人的权利' },
      {
        kind: 'paragraph',
        text: `根据${ART.notice}，你（单位）有权进行陈述和申辩，本机关将充分听取并复核你（单位）提出的事实、理由和证据。`,
      },
      {
        kind: 'paragraph',
        text: input.hearingRight
          ? `根据${ART.hearing}，你（单位）有权要求听证，请于收到本告知书之日起五个工作日内提出（${ART.hearingRequest}），逾期视为放弃。`
          : '本案拟作出的罚款未达到听证数额标准。',
      },
    ],
  };
}

/** 行政处罚决定书 with every element of art 59; the respondent of review and litigation is named. */
export function decisionLetter(
  c: CaseForLetter,
  input: { fine: number; penalty: string; legalBasis: string; respondent: string; county: string },
): LetterContent {
  return {
    title: '行政处罚决定书',
    recipient: c.partyName,
    blocks: [
      { kind: 'paragraph', text: `${party(c)}。案号：${c.caseNo}。` },
      { kind: 'heading1', text: '违法事实和证据' },
      { kind: 'paragraph', text: c.facts },
      { kind: 'heading1', text: '行政处罚的种类和依据' },
      {
        kind: 'paragraph',
        text: `依据${input.legalBasis}，决定给予如下行政处罚：${input.penalty}，罚款${yuan(input.fine)}。`,
      },
      { kind: 'heading1', text: '履行方式和期限' },
      {
        kind: 'paragraph',
        text: `请于收到本决定书之日起十五日内将罚款缴至指定银行或者通过电子支付系统缴纳（${ART.payment}）。到期不缴纳的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款数额。`,
      },
      { kind: 'heading1', text: '申请行政复议或者提起行政诉讼的途径和期限' },
      {
        kind: 'paragraph',
        text: `如不服本决定，可在收到本决定书之日起六十日内以${input.respondent}为被申请人向${input.county}人民政府申请行政复议（${ART.respondent}），或者在六个月内依法向人民法院提起行政诉讼。复议、诉讼期间，本决定不停止执行。`,
      },
    ],
  };
}

/**
 * 催告书 (行政强制法 第三十五条): the duty and its deadline, the amount with the 加处罚款 so far (行政处罚法
 * 第七十二条), how to pay, the right to state and defend, and the court application that follows (第五十四条).
 */
export function urgeLetter(
  c: CaseForLetter & Pick<EnforcementCasesTable, 'decisionDocNo'>,
  input: { fine: number; surcharge: number; payBy: string },
): LetterContent {
  const surcharge = input.surcharge.toLocaleString('zh-CN', { minimumFractionDigits: 2 });
  return {
    title: '催告书',
    recipient: c.partyName,
    blocks: [
      { kind: 'paragraph', text: `${party(c)}。案号：${c.caseNo}。` },
      {
        kind: 'paragraph',
        text: `本机关作出的${c.decisionDocNo ?? ''}行政处罚决定书已依法送达，你（单位）逾期未缴纳罚款${yuan(input.fine)}。截至本催告书出具之日，已依法加处罚款${surcharge}元（${ART.surcharge}、${ART.surchargeCap}：每日按罚款数额的百分之三加处，不超过罚款数额）。`,
      },
      { kind: 'heading1', text: '履行的期限和方式' },
      {
        kind: 'paragraph',
        text: `请于${input.payBy}前将罚款及加处罚款缴至指定银行或者通过电子支付系统缴纳。`,
      },
      { kind: 'heading1', text: '当事人的权利' },
      {
        kind: 'paragraph',
        text: `你（单位）有权进行陈述和申辩（${ART.urge}）。催告书送达十个工作日后仍未履行的，本机关将依法申请人民法院强制执行（${ART.urgeWait}）。`,
      },
    ],
  };
}
