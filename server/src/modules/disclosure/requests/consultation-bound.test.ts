import { describe, expect, it } from 'vitest';
import { excludedUntil } from './consultation-bound.js';

describe('excluded consultation time (政府信息公开条例 第三十三条第三款, 第三十二条)', () => {
  it.each([
    {
      name: 'an answer within the 15 working days ends it that day',
      all: [{ dueOn: '2024-12-13', answeredOn: '2024-12-04' }],
      until: '2024-12-04',
    },
    {
      name: 'an answer on the last day ends it that day',
      all: [{ dueOn: '2024-12-13', answeredOn: '2024-12-13' }],
      until: '2024-12-13',
    },
    {
      name: 'a late answer ends it on the last day',
      all: [{ dueOn: '2024-12-13', answeredOn: '2024-12-20' }],
      until: '2024-12-13',
    },
    {
      name: 'several parties: the latest bounded end',
      all: [
        { dueOn: '2024-12-13', answeredOn: '2024-12-30' },
        { dueOn: '2024-12-20', answeredOn: '2024-12-16' },
      ],
      until: '2024-12-16',
    },
  ])('$name', ({ all, until }) => {
    expect(excludedUntil(all)).toBe(until);
  });
});
