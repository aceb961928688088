import { describe, expect, it } from 'vitest';
import {
  formatValue,
  placeholderProblems,
  renderText,
  typedNumbers,
  type BoundValue,
} from './placeholders.js';

const values = new Map<string, BoundValue>([
  ['enforcement.entrustedFines', { value: 460_500, unit: 'yuan' }],
  ['enforcement.foodFines', { value: 16_000, unit: 'yuan' }],
  ['review.offlineVillageContracts', { value: 356, unit: 'count' }],
  ['disputes.precourtSuccessRate', { value: 41.8, unit: 'percent' }],
  ['disputes.onTime', { value: 100, unit: 'percent' }],
  ['entered.fraudLossDecline', { value: null, unit: 'percent' }],
]);

describe('report placeholders (pure)', () => {
  it.each<[number, BoundValue['unit'], '' | '万' | '余', string]>([
    [460_500, 'yuan', '万', '46.05'],
    [16_000, 'yuan', '万', '1.6'],
    [356, 'count', '余', '350余'],
    [5, 'count', '余', '5'],
    [41.8, 'percent', '', '41.8'],
    [100, 'percent', '', '100'],
    [43, 'count', '', '43'],
  ])('formats %d (%s, %s) as %s', (value, unit, modifier, expected) => {
    expect(formatValue({ value, unit }, modifier)).toBe(expected);
  });

  it('renders bound figures and marks a figure without a value', () => {
    expect(
      renderText(
        '罚没款{{enforcement.entrustedFines|万}}万元，成功率达{{ disputes.precourtSuccessRate }}%，案损值下降{{entered.fraudLossDecline}}%',
        values,
      ),
    ).toBe('罚没款46.05万元，成功率达41.8%，案损值下降【暂无数据：entered.fraudLossDecline】%');
  });

  it('lists unknown, missing and malformed placeholders', () => {
    const problems = placeholderProblems(
      '{{nope.figure}}件，{{entered.fraudLossDecline}}%，{{disputes.onTime|千}}，{{review.offlineVillageContracts',
      values,
    );
    expect(problems.map((p) => [p.kind, p.key])).toEqual([
      ['unclosed', ''],
      ['unknown', 'nope.figure'],
      ['missing', 'entered.fraudLossDecline'],
      ['modifier', 'disputes.onTime'],
    ]);
  });

  it('finds typed numbers outside placeholders, ordinals and names', () => {
    const found = typedNumbers(
      '1.设“3+X”窗口，依《2024年工作要点》，出具决定书43份，罚没款{{enforcement.entrustedFines|万}}万元，成功率４１.８%',
    );
    expect(found.map((t) => t.text)).toEqual(['43', '４１.８']);
    expect(found[0]!.context).toContain('决定书43份');
  });

  it('scans a long text in one pass', () => {
    const text = `${'{'.repeat(50_000)}${'“'.repeat(50_000)}1`;
    expect(typedNumbers(text)).toEqual([]);
    expect(typedNumbers('9'.repeat(100_000))).toHaveLength(1);
  });
});
