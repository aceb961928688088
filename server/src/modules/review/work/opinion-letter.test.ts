import { describe, expect, it } from 'vitest';
import {
  bookTitle,
  letterBases,
  opinionLetter,
  opinionTitle,
  type OpinionLetterData,
} from './opinion-letter.js';

const DATA: OpinionLetterData = {
  itemTitle: '上林湖村村规民约（修订稿）',
  typeLabel: '村规民约（居民公约）',
  submittingOrg: '上林湖村',
  receivedOn: '2024-11-11',
  materials: ['《上林湖村村规民约（修订稿）》（送审稿）', '村民会议记录及签到表'],
  bases: ['《中华人民共和国妇女权益保障法》第五十五条', '《中华人民共和国行政处罚法》第十六条'],
  checklist: {
    subject: 'pass',
    authority: 'issue',
    procedure: 'pass',
    content: 'issue',
    form: 'not_applicable',
  },
  findings: [
    {
      dimension: 'content',
      clause: '本村女子外嫁后户口未迁出的，不享受集体收益分配。',
      problem: '外嫁女丧失集体收益分配权益。',
      basis: '《中华人民共和国妇女权益保障法》第五十五条',
      suggestion: '删除该条',
    },
    { dimension: 'authority', clause: null, problem: '设定罚款', basis: null, suggestion: null },
  ],
  adviserOpinions: [{ name: '周律师', text: '同意审查意见。' }],
  conclusion: 'revise',
  summary: '请删除违法条款后重新报审。',
  riskStatement: null,
  reviewerName: '李法审',
  cc: [],
};

describe('合法性审查意见书 content', () => {
  it('titles the letter with the item in book-title marks, once', () => {
    expect(bookTitle('《某某合同》')).toBe('《某某合同》');
    expect(opinionTitle('某某合同')).toBe('关于《某某合同》的合法性审查意见书');
  });

  it('sets out materials, bases, findings by dimension, the adviser, the conclusion and the reviewer', () => {
    const letter = opinionLetter(DATA);
    expect(letter).toMatchObject({
      title: '关于《上林湖村村规民约（修订稿）》的合法性审查意见书',
      recipient: '上林湖村',
      attachments: ['合法性审查意见采纳情况反馈表'],
    });
    const text = letter.blocks.map((b) => `${b.kind}:${b.text}`);
    expect(text[0]).toBe(
      'paragraph:你单位于2024年11月11日报送的《上林湖村村规民约（修订稿）》（村规民约（居民公约））及相关材料收悉。经审查，现提出如下意见：',
    );
    const headings = letter.blocks.filter((b) => b.kind === 'heading1').map((b) => b.text);
    expect(headings).toEqual(['送审材料', '审查依据', '审查情况', '法律顾问意见', '审查结论']);
    expect(text).toContain('heading2:权限方面：存在问题');
    expect(text).toContain('paragraph:1. 设定罚款。');
    expect(text).toContain(
      'paragraph:1. 条款“本村女子外嫁后户口未迁出的，不享受集体收益分配。”：外嫁女丧失集体收益分配权益。依据：《中华人民共和国妇女权益保障法》第五十五条。修改建议：删除该条。',
    );
    expect(text).toContain('paragraph:经审查，未发现问题。');
    expect(text).toContain('paragraph:审查结论：修改完善后重新报审。请删除违法条款后重新报审。');
    expect(text.at(-1)).toBe('paragraph:审查人：李法审（法治审查员）　　法律顾问：周律师');
  });

  it('cites each basis once and drops the basis of a pre-review finding the reviewer deleted', () => {
    const deleted = '《中华人民共和国行政处罚法》第十六条';
    const data = {
      ...DATA,
      // Saved with the draft while the finding on 第十六条 still existed, then typed again with a full stop.
      bases: [
        '《中华人民共和国妇女权益保障法》第五十五条',
        deleted,
        '《中华人民共和国妇女权益保障法》第五十五条。',
        '《中华人民共和国村民委员会组织法》第二十七条',
      ],
      suggestedBases: ['《中华人民共和国妇女权益保障法》第五十五条', deleted],
    };
    expect(letterBases(data)).toEqual([
      '《中华人民共和国妇女权益保障法》第五十五条',
      '《中华人民共和国村民委员会组织法》第二十七条',
    ]);
    const text = opinionLetter(data)
      .blocks.map((b) => b.text)
      .join('\n');
    expect(text).not.toContain(deleted);
    expect(text).toContain(
      '1. 《中华人民共和国妇女权益保障法》第五十五条；\n2. 《中华人民共和国村民委员会组织法》第二十七条。',
    );
    expect(text).not.toMatch(/。。|。；|；；/);
  });

  it('keeps a suggested basis while a finding still rests on it', () => {
    expect(
      letterBases({ ...DATA, suggestedBases: ['《中华人民共和国妇女权益保障法》第五十五条'] }),
    ).toEqual(DATA.bases);
  });
});
