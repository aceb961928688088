import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { materialsRuleOf, REVIEW_REQUIRED_BY } from './review-required.js';

/** shared/laws sits beside the repository (or beside the worktrees' folder). */
const LAWS =
  [
    process.env.FAZHI_LAWS_DIR,
    ...['../../../../../shared/laws', '../../../../../../shared/laws'].map(
      (p) => new URL(p, import.meta.url).pathname,
    ),
  ].find((p): p is string => !!p && fs.existsSync(p)) ?? '';
const lawText = (prefix: string) => {
  const file = fs.readdirSync(LAWS).find((f) => f.startsWith(prefix));
  return file ? fs.readFileSync(`${LAWS}/${file}`, 'utf8') : null;
};
const article = (text: string, n: string) =>
  text.split('\n').find((l) => l.startsWith(`第${n}条`)) ?? '';

describe('which rule requires legality review, by item type', () => {
  it.each([
    ['major_decision', '《重大行政决策程序暂行条例》第二十五条'],
    ['normative_doc', '《宁波市法治乡村建设促进条例》第十三条'],
    ['major_enforcement', '《宁波市法治乡村建设促进条例》第十三条'],
    ['gov_contract', '《宁波市法治乡村建设促进条例》第十三条'],
    ['village_rules', '《村民委员会组织法》第二十七条'],
    ['village_contract', '本镇设置'],
    ['other', '本镇设置'],
  ] as const)('%s cites %s', (type, basis) => {
    expect(REVIEW_REQUIRED_BY[type].basis).toContain(basis);
  });

  it('cites 条例 art 26 for returning materials of a major decision only', () => {
    expect(materialsRuleOf('major_decision')).toBe('《重大行政决策程序暂行条例》第二十六条第一款');
    for (const t of [
      'village_contract',
      'village_rules',
      'gov_contract',
      'normative_doc',
    ] as const) {
      expect(materialsRuleOf(t)).toContain('本镇设置');
      expect(materialsRuleOf(t)).not.toContain('重大行政决策');
    }
  });

  it.skipIf(!LAWS)('cites articles whose text in shared/laws covers the type', () => {
    expect(article(lawText('重大行政决策程序暂行条例')!, '二十五')).toContain('合法性审查');
    const ningbo13 = article(lawText('宁波市法治乡村建设促进条例')!, '十三');
    for (const word of ['乡（镇）人民政府', '行政规范性文件', '重大行政执法决定', '签订合同'])
      expect(ningbo13).toContain(word);
    expect(ningbo13).not.toContain('村');
    expect(article(lawText('村民委员会组织法')!, '二十七')).toContain('村规民约');
  });
});
