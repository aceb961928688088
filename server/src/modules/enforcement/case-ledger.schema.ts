import { isoDate } from '@fazhi/shared';
import { z } from 'zod';
import { vocabularyCell, type ImportColumn } from '../../core/documents/xlsx-import.js';
import {
  AUTHORITY_BASES,
  ENFORCEMENT_FIELDS,
  PARTY_KINDS,
  type AuthorityBasis,
  type EnforcementField,
  type PartyKind,
} from './enforcement.vocabulary.js';

/** The columns of a town's 行政处罚案件台账 as imported, and the check of one row. */

export const H = {
  caseNo: '案号',
  title: '案由',
  field: '执法领域',
  basis: '权力来源',
  entrustingBody: '委托机关',
  partyName: '当事人',
  partyKind: '当事人类型',
  facts: '违法事实',
  filedOn: '立案日期',
  noticeDocNo: '事先告知书文号',
  decisionDocNo: '处罚决定书文号',
  penalty: '处罚种类',
  fine: '罚款（元）',
  decidedOn: '决定日期',
  paidOn: '缴款日期',
  closedOn: '结案日期',
  publishable: '具有社会影响应公开',
} as const;

export const COLUMNS: ImportColumn[] = [
  { header: H.caseNo, key: 'caseNo', required: true, example: '综执案〔2023〕12号', width: 20 },
  { header: H.title, key: 'title', required: true, example: '占用、堵塞疏散通道', width: 24 },
  { header: H.field, key: 'field', required: true, example: '安全生产和消防', width: 16 },
  { header: H.basis, key: 'basis', required: true, example: '委托', width: 10 },
  { header: H.entrustingBody, key: 'entrustingBody', example: '慈溪市应急管理局', width: 18 },
  {
    header: H.partyName,
    key: 'partyName',
    required: true,
    example: '慈溪市某某有限公司',
    width: 22,
  },
  { header: H.partyKind, key: 'partyKind', required: true, example: '法人或者其他组织', width: 16 },
  {
    header: H.facts,
    key: 'facts',
    required: true,
    example: '在生产车间内占用疏散通道堆放货物',
    width: 30,
  },
  { header: H.filedOn, key: 'filedOn', required: true, example: '2023-03-01', width: 12 },
  { header: H.noticeDocNo, key: 'noticeDocNo', example: '慈应急罚告〔2023〕12号', width: 20 },
  {
    header: H.decisionDocNo,
    key: 'decisionDocNo',
    required: true,
    example: '慈应急罚决〔2023〕12号',
    width: 20,
  },
  { header: H.penalty, key: 'penalty', required: true, example: '罚款', width: 12 },
  { header: H.fine, key: 'fine', example: 8000, width: 12 },
  { header: H.decidedOn, key: 'decidedOn', required: true, example: '2023-04-10', width: 12 },
  { header: H.paidOn, key: 'paidOn', example: '2023-04-20', width: 12 },
  { header: H.closedOn, key: 'closedOn', required: true, example: '2023-04-28', width: 12 },
  { header: H.publishable, key: 'publishable', example: '是', width: 12 },
];

/** 行政处罚法 第四十八条第一款: whether the decision has social impact; a blank cell counts as 是. */
const YES_NO = { yes: '是', no: '否' } as const;

const label = (h: string, max: number) =>
  z.string().trim().min(1, `请填写${h}`).max(max, `${h}不超过${max}字`);
const optional = (h: string, max: number) => label(h, max).optional();
export const row = z.object({
  caseNo: label(H.caseNo, 60),
  title: label(H.title, 200),
  field: vocabularyCell<EnforcementField>(H.field, ENFORCEMENT_FIELDS),
  basis: vocabularyCell<AuthorityBasis>(H.basis, AUTHORITY_BASES),
  entrustingBody: optional(H.entrustingBody, 100),
  partyName: label(H.partyName, 100),
  partyKind: vocabularyCell<PartyKind>(H.partyKind, PARTY_KINDS),
  facts: label(H.facts, 2000),
  filedOn: isoDate,
  noticeDocNo: optional(H.noticeDocNo, 60),
  decisionDocNo: label(H.decisionDocNo, 60),
  penalty: label(H.penalty, 200),
  fine: z.number({ error: '罚款应为数字（元）' }).int('罚款以元为单位的整数').min(0).optional(),
  decidedOn: isoDate,
  paidOn: isoDate.optional(),
  closedOn: isoDate,
  publishable: vocabularyCell<keyof typeof YES_NO>(H.publishable, YES_NO).optional(),
});
export type LedgerRow = z.infer<typeof row>;
