import { describe, expect, it } from 'vitest';
import { indicatorLight, openItemsLight, ranks } from './cockpit-status.js';

describe('cockpit traffic lights', () => {
  it.each([
    ['more than last year', 'disputes.agreements', 'count', 708, 650, 'green'],
    ['the same as last year', 'disputes.agreements', 'count', 650, 650, 'green'],
    ['10 % fewer', 'disputes.agreements', 'count', 90, 100, 'yellow'],
    ['11 % fewer', 'disputes.agreements', 'count', 89, 100, 'red'],
    ['fewer fines, within 10 %', 'enforcement.foodFines', 'yuan', 15_000, 16_000, 'yellow'],
    ['5 points lower', 'disputes.onTime', 'percent', 95, 100, 'yellow'],
    ['5.1 points lower', 'disputes.onTime', 'percent', 94.9, 100, 'red'],
    ['fewer lawsuits (fewer is better)', 'litigation.lawsuitsFiled', 'count', 0, 2, 'green'],
    ['a lawsuit after none', 'litigation.lawsuitsFiled', 'count', 1, 0, 'red'],
    ['one more correction of ten', 'litigation.corrections', 'count', 11, 10, 'yellow'],
  ] as const)('rates %s', (_, key, unit, value, previous, light) => {
    expect(indicatorLight({ key, unit, value, previous })).toBe(light);
  });

  it('does not rate a figure without last year’s value or this year’s', () => {
    expect(indicatorLight({ key: 'x', unit: 'count', value: 3, previous: null })).toBeNull();
    expect(indicatorLight({ key: 'x', unit: 'percent', value: null, previous: 40 })).toBeNull();
  });

  it.each([
    [0, 0, 'green'],
    [12, 0, 'green'],
    [10, 2, 'yellow'],
    [10, 3, 'red'],
    [1, 1, 'red'],
  ] as const)('rates %i open items with %i overdue as %s', (open, overdue, light) => {
    expect(openItemsLight(open, overdue)).toBe(light);
  });
});

describe('town ranking', () => {
  it('ranks more first, ties sharing a rank, towns without a value unranked', () => {
    expect(ranks('disputes.agreements', [708, null, 12, 708, 40])).toEqual([1, null, 4, 1, 3]);
  });
  it('ranks fewer first where fewer is better', () => {
    expect(ranks('litigation.lawsuitsFiled', [2, 0, 1])).toEqual([3, 1, 2]);
  });
});
