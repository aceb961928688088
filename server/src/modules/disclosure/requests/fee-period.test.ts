import { describe, expect, it } from 'vitest';
import { feePeriodStart, servedOnProblem } from './fee-period.js';

describe('信息处理费 payment period start (国办函〔2020〕109号 [U])', () => {
  it.each([
    { from: 'receipt', served: '2024-11-25', start: '2024-11-25' },
    { from: 'receipt', served: null, start: null },
    { from: 'issue', served: '2024-11-25', start: '2024-11-20' },
    { from: 'issue', served: null, start: '2024-11-20' },
  ] as const)('from $from, served $served → $start', ({ from, served, start }) => {
    expect(feePeriodStart(from, '2024-11-20', served)).toBe(start);
  });

  it('checks the service date lies between issue and today', () => {
    expect(servedOnProblem('2024-11-19', '2024-11-20', '2024-11-25')).toContain('不能早于');
    expect(servedOnProblem('2024-11-26', '2024-11-20', '2024-11-25')).toContain('晚于今天');
    expect(servedOnProblem('2024-11-22', '2024-11-20', '2024-11-25')).toBeNull();
  });
});
