import { chineseDate } from '../../../core/calendar/index.js';
import type { LetterBlock, LetterContent } from '../../../core/documents/docx-letter.js';
import {
  CHECK_RESULTS,
  CONCLUSIONS,
  DIMENSION_KEYS,
  DIMENSIONS,
  type CheckResult,
  type Conclusion,
  type Dimension,
} from '../review.enums.js';

/** What a 合法性审查意见书 says (domain §1.7), gathered by the opinion service. */
export interface OpinionLetterData {
  itemTitle: string;
  typeLabel: string;
  submittingOrg: string;
  receivedOn: string | null;
  materials: string[];
  bases: string[];
  /**
   * What the pre-review suggested as bases for this version: one of them is cited only while a finding
   * still rests on it, so a finding the reviewer deleted does not leave its basis behind.
   */
  suggestedBases?: string[];
  checklist: Partial<Record<Dimension, CheckResult>>;
  findings: {
    dimension: Dimension;
    clause: string | null;
    problem: string;
    basis: string | null;
    suggestion: string | null;
  }[];
  adviserOpinions: { name: string; text: string }[];
  conclusion: Conclusion;
  summary: string;
  riskStatement: string | null;
  reviewerName: string;
  /** 抄送, e.g. the county centre for items it will receive as filings. */
  cc: string[];
}

/** 《…》 once, whether or not the title already carries the brackets. */
export const bookTitle = (t: string) => `《${t.replace(/^《/, '').replace(/》$/, '')}》`;

export const opinionTitle = (itemTitle: string) => `关于${bookTitle(itemTitle)}的合法性审查意见书`;

const p = (text: string): LetterBlock => ({ kind: 'paragraph', text });

/** A basis as compared: without spaces and trailing punctuation. */
const basisKey = (b: string) => b.replace(/\s+/gu, '').replace(/[。；;，,、]+$/u, '');

/** 审查依据 from the record as it stands: each basis once, none left over from a deleted finding. */
export function letterBases(
  d: Pick<OpinionLetterData, 'bases' | 'suggestedBases' | 'findings'>,
): string[] {
  const held = new Set(d.findings.flatMap((f) => (f.basis ? [basisKey(f.basis)] : [])));
  const orphaned = new Set((d.suggestedBases ?? []).map(basisKey).filter((k) => !held.has(k)));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const b of d.bases) {
    const key = basisKey(b);
    if (!key || seen.has(key) || orphaned.has(key)) continue;
    seen.add(key);
    out.push(b.trim().replace(/[。；;，,、]+$/u, ''));
  }
  return out;
}

function findingText(f: OpinionLetterData['findings'][number], n: number): string {
  const parts = [`${n}. `];
  if (f.clause) parts.push(`条款“${f.clause}”`, '：');
  parts.push(f.problem.replace(/[。；]$/, ''), '。');
  if (f.basis) parts.push(`依据：${f.basis.replace(/[。；]$/, '')}。`);
  if (f.suggestion) parts.push(`修改建议：${f.suggestion.replace(/[。；]$/, '')}。`);
  return parts.join('');
}

/** The letter as GB/T 9704 blocks for the letter office: materials, bases, findings by dimension, conclusion, signatures. */
export function opinionLetter(d: OpinionLetterData): LetterContent {
  const bases = letterBases(d);
  const received = d.receivedOn ? `于${chineseDate(d.receivedOn)}` : '';
  const blocks: LetterBlock[] = [
    p(
      `你单位${received}报送的${bookTitle(d.itemTitle)}（${d.typeLabel}）及相关材料收悉。经审查，现提出如下意见：`,
    ),
    { kind: 'heading1', text: '送审材料' },
    ...d.materials.map((m, i) => p(`${i + 1}. ${m}${i === d.materials.length - 1 ? '。' : '；'}`)),
    { kind: 'heading1', text: '审查依据' },
    ...bases.map((b, i) => p(`${i + 1}. ${b}${i === bases.length - 1 ? '。' : '；'}`)),
    { kind: 'heading1', text: '审查情况' },
  ];
  for (const dim of DIMENSION_KEYS) {
    const result = d.checklist[dim];
    const findings = d.findings.filter((f) => f.dimension === dim);
    blocks.push({
      kind: 'heading2',
      text: `${DIMENSIONS[dim]}方面：${result ? CHECK_RESULTS[result] : '未填写'}`,
    });
    if (findings.length) findings.forEach((f, i) => blocks.push(p(findingText(f, i + 1))));
    else if (result === 'pass') blocks.push(p('经审查，未发现问题。'));
  }
  if (d.adviserOpinions.length) {
    blocks.push({ kind: 'heading1', text: '法律顾问意见' });
    for (const a of d.adviserOpinions) blocks.push(p(`${a.name}：${a.text}`));
  }
  blocks.push(
    { kind: 'heading1', text: '审查结论' },
    p(`审查结论：${CONCLUSIONS[d.conclusion]}。${d.summary}`),
  );
  if (d.riskStatement) blocks.push(p(`法律风险提示：${d.riskStatement}`));
  blocks.push(
    p(
      '请你单位根据本意见修改完善，并于作出决定前填写《合法性审查意见采纳情况反馈表》反馈采纳情况。',
    ),
    p(
      `审查人：${d.reviewerName}（法治审查员）${d.adviserOpinions.length ? `　　法律顾问：${[...new Set(d.adviserOpinions.map((a) => a.name))].join('、')}` : ''}`,
    ),
  );
  return {
    title: opinionTitle(d.itemTitle),
    recipient: d.submittingOrg,
    blocks,
    attachments: ['合法性审查意见采纳情况反馈表'],
    cc: d.cc,
  };
}
