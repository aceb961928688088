import type { LetterContent } from '../../core/documents/docx-letter.js';
import type { LitigationCasesTable } from './litigation.tables.js';
import { LITIGATION_ART as ART } from './litigation.vocabulary.js';

export interface AnswerText {
  /** The respondent's answer: the facts, the grounds and the law of the act complained of. */
  opinion: string;
  /** The evidence and the normative documents filed with it (行政诉讼法 第六十七条; 复议法 第四十八条). */
  evidence: string[];
}

type Case = Pick<
  LitigationCasesTable,
  'kind' | 'caseNo' | 'title' | 'claimantName' | 'respondent' | 'reviewBody' | 'appealedBy'
>;

/**
 * 行政诉讼答辩状 (《行政诉讼法》第六十七条; to the other party's appeal, 《民事诉讼法》第一百七十四条) or 行政复议答复书
 * (《行政复议法》第四十八条): who answers whom in which case, the answer, the evidence filed with it, and to
 * whom it is addressed.
 */
export function answerLetter(c: Case, t: AnswerText): LetterContent {
  const suit = c.kind === 'litigation';
  const onAppeal = suit && c.appealedBy === 'other';
  const [self, other] = suit
    ? onAppeal
      ? ['被上诉人', '上诉人']
      : ['答辩人（被告）', '原告']
    : ['被申请人', '申请人'];
  return {
    title: suit ? '行政诉讼答辩状' : '行政复议答复书',
    blocks: [
      { kind: 'paragraph', text: `${self}：${c.respondent}。` },
      { kind: 'paragraph', text: `${other}：${c.claimantName}。` },
      {
        kind: 'paragraph',
        text: `${other}${c.claimantName}诉${c.respondent}${c.title}一案（${c.caseNo}），现依据${
          onAppeal ? ART.appealDefence : suit ? ART.defence : ART.reply
        }提出${suit ? '答辩' : '答复'}如下：`,
      },
      { kind: 'heading1', text: suit ? '答辩意见' : '答复意见' },
      { kind: 'paragraph', text: t.opinion },
      { kind: 'heading1', text: '证据和依据' },
      ...(t.evidence.length
        ? t.evidence.map((e, i) => ({ kind: 'paragraph' as const, text: `${i + 1}. ${e}` }))
        : [{ kind: 'paragraph' as const, text: '（另附证据清单）' }]),
      { kind: 'paragraph', text: '此致' },
      { kind: 'paragraph', text: c.reviewBody },
    ],
  };
}
