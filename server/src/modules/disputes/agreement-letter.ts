import type { LetterContent } from '../../core/documents/docx-letter.js';
import { ART, PARTY_ROLES } from './disputes.vocabulary.js';
import type { DisputePartiesTable, DisputesTable } from './disputes.tables.js';

type Party = Pick<DisputePartiesTable, 'role' | 'name' | 'idNumber' | 'address'>;

export interface AgreementTerms {
  terms?: string | undefined;
  responsibilities?: string | undefined;
  performance?: string | undefined;
}

/**
 * The elements of a 调解协议书 (人民调解法 第二十九条) this agreement lacks: each party's basic facts
 * (an ID number or an address beside the name), the main facts and the matters in dispute, each side's
 * responsibility, the terms, and how and by when they are performed.
 */
export function missingElements(
  d: Pick<DisputesTable, 'facts'>,
  parties: readonly Party[],
  t: AgreementTerms,
): string[] {
  const blank = (s: string | null | undefined) => !s?.trim();
  return [
    ...(parties.some((p) => blank(p.idNumber) && blank(p.address)) ? ['当事人的基本情况'] : []),
    ...(blank(d.facts) ? ['纠纷的主要事实和争议事项'] : []),
    ...(blank(t.responsibilities) ? ['各方当事人的责任'] : []),
    ...(blank(t.terms) ? ['调解协议的内容'] : []),
    ...(blank(t.performance) ? ['履行的方式和期限'] : []),
  ];
}

/** 人民调解协议书 with every element of art 29, signed by the parties, the mediator and the committee. */
export function agreementLetter(
  d: Pick<DisputesTable, 'code' | 'title' | 'facts' | 'mediatorName' | 'handlerName'>,
  parties: readonly Party[],
  t: Required<AgreementTerms>,
): LetterContent {
  const party = (p: Party) =>
    `${PARTY_ROLES[p.role]}：${p.name}${p.idNumber ? `，身份证号码：${p.idNumber}` : ''}${p.address ? `，住址：${p.address}` : ''}`;
  return {
    title: '人民调解协议书',
    blocks: [
      { kind: 'paragraph', text: `编号：${d.code}。` },
      { kind: 'heading1', text: '当事人的基本情况' },
      ...parties.map((p) => ({ kind: 'paragraph' as const, text: `${party(p)}。` })),
      { kind: 'heading1', text: '纠纷的主要事实、争议事项' },
      { kind: 'paragraph', text: `${d.title}。${d.facts}` },
      { kind: 'heading1', text: '各方当事人的责任' },
      { kind: 'paragraph', text: t.responsibilities },
      { kind: 'heading1', text: '经调解，自愿达成如下协议' },
      { kind: 'paragraph', text: t.terms },
      { kind: 'heading1', text: '履行的方式和期限' },
      { kind: 'paragraph', text: t.performance },
      {
        kind: 'paragraph',
        text: `本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效（${ART.written}）；当事人各执一份，人民调解委员会留存一份。双方认为有必要的，可以自本协议生效之日起三十日内共同向人民法院申请司法确认（${ART.confirm}）。`,
      },
      {
        kind: 'paragraph',
        text: `当事人（签名或按指印）：${parties.map((p) => `${p.name}________`).join('  ')}`,
      },
      {
        kind: 'paragraph',
        text: `人民调解员（签名）：${d.mediatorName ?? '________'}    ${d.handlerName ?? '人民调解委员会'}（印章）`,
      },
    ],
  };
}
