import { describe, expect, it } from 'vitest';
import { conflictOf } from './expert-conflict.js';

describe('专家回避 (条例 第二十条)', () => {
  const office = { leadOffice: '农业农村办公室' };
  it.each<[string, boolean, string | null, string | null]>([
    ['宁波市水利设计院', false, '农业农村办公室', null],
    ['宁波市水利设计院', true, '农业农村办公室', 'declared'],
    ['桥头镇农业农村办公室', false, '农业农村办公室', 'same_employer'],
    ['桥头镇 农业农村 办公室', false, '农业农村办公室', 'same_employer'],
    ['桥头镇农业农村办公室', false, null, null],
  ])('%s (declared %s) for %s → %s', (employer, declared, leadOffice, expected) => {
    expect(conflictOf({ employer }, { ...office, leadOffice }, declared)).toBe(expected);
  });
});
