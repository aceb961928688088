import { describe, expect, it } from 'vitest';
import { GRACE_MS, handInTiming } from './time-limit.js';

describe('quiz time limit', () => {
  const start = '2024-11-01T02:00:00.000Z';
  const deadline = '2024-11-01T02:05:00.000Z';
  const at = (ms: number) => new Date(Date.parse(start) + ms);

  it('counts the time from the start, measured by the server', () => {
    expect(handInTiming(start, deadline, at(83_500))).toEqual({ inTime: true, durationMs: 83_500 });
  });

  it('accepts a hand-in within the grace after the deadline, counted as the full limit', () => {
    expect(handInTiming(start, deadline, at(300_000 + GRACE_MS))).toEqual({
      inTime: true,
      durationMs: 300_000,
    });
  });

  it('refuses a hand-in after the grace', () => {
    expect(handInTiming(start, deadline, at(300_000 + GRACE_MS + 1)).inTime).toBe(false);
  });
});
