import { describe, expect, it } from 'vitest';
import { quoteFee } from './fees.js';
import {
  consultationLetter,
  correctionNotice,
  delayNotice,
  explanationNotice,
  extensionNotice,
  feeNotice,
} from './notice-letters.js';
import { decisionParagraph } from './reply-letter.js';

const FACTS = {
  applicantName: '张三丰',
  receivedOn: '2024-11-20',
  channelLabel: '当面提交',
  description: '本村2024年道路维修资金使用情况。',
};
const text = (blocks: { text?: string }[]) => blocks.map((b) => b.text ?? '').join('\n');

describe('告知书 text as typed by the clerk', () => {
  it('puts one full stop after free text that already ends in one', () => {
    const letters = [
      correctionNotice(FACTS, '请写明所需信息的年度。', '2024-12-04'),
      extensionNotice(FACTS, 20, '2025-01-14', '所需信息需从多个村调取；'),
      consultationLetter(
        'third_party',
        '某物业公司',
        '申请公开的合同含有贵公司的报价。',
        FACTS.description,
        '2024-11-21',
        '2024-12-12',
      ),
      feeNotice(
        FACTS,
        quoteFee({ method: 'per_page', pages: 120 }),
        '本月已申请十余次，涉及材料逾百页。',
        { days: 20, from: 'receipt', dueOn: null },
        true,
      ),
      explanationNotice(FACTS, '本月已申请十余次；'),
      delayNotice(FACTS, '2025-02-20', '所需信息分散在九个村。'),
    ];
    for (const l of letters) {
      expect(text(l.blocks), l.title).not.toMatch(/。。|。”|；。|;。/);
      expect(text(l.blocks), l.title).toContain('“本村2024年道路维修资金使用情况”');
    }
  });

  it('prints the reasons the clerk stated for outcomes whose decision does not call for them', () => {
    for (const outcome of [
      'disclosed',
      'rejected_repeat',
      'rejected_publication',
      'rejected_petition',
      'other_correction_overdue',
    ] as const) {
      expect(decisionParagraph(outcome, { reasons: '经核实，情况如下。' }), outcome).toContain(
        '理由如下：经核实，情况如下。',
      );
    }
    expect(decisionParagraph('disclosed', {})).not.toContain('理由');
  });
});
