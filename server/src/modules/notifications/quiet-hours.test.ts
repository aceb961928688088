import { describe, expect, it } from 'vitest';
import { quietUntil } from './quiet-hours.js';

const zone = 'Asia/Shanghai';
const night = { start: '22:00', end: '07:30' };

describe('quiet hours', () => {
  it.each([
    ['2026-12-05T14:30:00Z', night, '2026-12-05T23:30:00.000Z'], // 22:30 local → 07:30 next day
    ['2026-12-05T22:00:00Z', night, '2026-12-05T23:30:00.000Z'], // 06:00 local
    ['2026-12-05T23:30:00Z', night, null], // 07:30 local: over
    ['2026-12-05T04:00:00Z', night, null], // noon
    ['2026-12-05T05:15:00Z', { start: '12:00', end: '14:00' }, '2026-12-05T06:00:00.000Z'],
    ['2026-12-05T05:15:00Z', { start: null, end: null }, null],
    ['2026-12-05T05:15:00Z', { start: '09:00', end: '09:00' }, null],
  ])('at %s with %o waits until %s', (at, quiet, until) => {
    expect(quietUntil(new Date(at), quiet, zone)?.toISOString() ?? null).toBe(until);
  });
});
