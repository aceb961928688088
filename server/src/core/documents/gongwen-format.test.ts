import { describe, expect, it } from 'vitest';
import {
  attachmentLines,
  ccLine,
  cellWidth,
  chineseNumeral,
  docNumberTemplateProblem,
  fillDocNumber,
  gongwenDate,
  hasOrdinal,
  headingOrdinal,
  pageNumberText,
} from './gongwen-format.js';

describe('公文 writing helpers', () => {
  it('writes dates in full with no leading zeros', () => {
    expect(gongwenDate('2024-11-20')).toBe('2024年11月20日');
    expect(gongwenDate('2025-01-05')).toBe('2025年1月5日');
    expect(() => gongwenDate('2025/1/5')).toThrow();
  });

  it('writes Chinese ordinals', () => {
    expect([1, 9, 10, 11, 20, 21, 99].map(chineseNumeral)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
    ]);
    expect(headingOrdinal.level1(3)).toBe('三、');
    expect(headingOrdinal.level2(12)).toBe('（十二）');
    expect(headingOrdinal.level3(2)).toBe('2.');
    expect(hasOrdinal('三、结论')).toBe(true);
    expect(hasOrdinal('（二）依据')).toBe(true);
    expect(hasOrdinal('三方协议')).toBe(false);
  });

  it('fills and checks 文号 templates', () => {
    expect(fillDocNumber('桥法审〔{year}〕{n}号', 2024, 12)).toBe('桥法审〔2024〕12号');
    expect(fillDocNumber('桥政发〔{year}〕{n}号', 2025, 1)).toBe('桥政发〔2025〕1号');
    expect(docNumberTemplateProblem('桥法审〔{year}〕{n}号')).toBeNull();
    expect(docNumberTemplateProblem('桥法审〔{year}〕号')).toContain('{n}');
    expect(docNumberTemplateProblem('桥法审[{year}]{n}号')).toContain('六角括号');
    expect(docNumberTemplateProblem('桥法审〔{year}〕第{n}号')).toContain('不加“第”字');
    expect(docNumberTemplateProblem('桥法审〔{year}〕{n}')).toContain('“号”字');
  });

  it('writes page numbers, attachment notes and cc lines', () => {
    expect(pageNumberText(3)).toBe('— 3 —');
    expect(attachmentLines(['对照表。'])).toEqual(['附件：对照表']);
    expect(attachmentLines(['对照表', '条文摘录；'])).toEqual(['附件：1.对照表', '2.条文摘录']);
    expect(ccLine(['慈溪市司法局', ' 镇纪委 '])).toBe('抄送：慈溪市司法局，镇纪委。');
  });

  it('measures text in character cells', () => {
    expect(cellWidth('2024年11月20日')).toBe(7);
    expect(cellWidth('桥头镇人民政府')).toBe(7);
  });
});
