import { describe, expect, it } from 'vitest';
import { latestMaterialsDay, materialsInTime } from './hearing-notice.js';

describe('听证会材料提前7日送达 (条例 第十六条)', () => {
  it.each([
    ['2024-05-20', '2024-05-13'],
    ['2024-03-05', '2024-02-27'],
    ['2025-01-03', '2024-12-27'],
  ])('a hearing on %s needs the materials sent by %s', (hearingOn, last) => {
    expect(latestMaterialsDay(hearingOn)).toBe(last);
  });
  it.each<[string, string, boolean]>([
    ['2024-05-13', '2024-05-20', true],
    ['2024-05-01', '2024-05-20', true],
    ['2024-05-14', '2024-05-20', false],
    ['2024-05-20', '2024-05-20', false],
  ])('materials sent on %s for a hearing on %s are in time: %s', (sentOn, hearingOn, ok) => {
    expect(materialsInTime(sentOn, hearingOn)).toBe(ok);
  });
});
