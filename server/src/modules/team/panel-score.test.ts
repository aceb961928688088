import { describe, expect, it } from 'vitest';
import { panelResult } from './panel-score.js';

describe('述法 panel score', () => {
  it('averages the panel, and trims the highest and lowest with five or more panelists', () => {
    expect(panelResult([90, 80, 85, 95, 60])).toEqual({ average: 82, trimmedAverage: 85 });
  });
  it('does not trim a small panel', () => {
    expect(panelResult([88, 91.5])).toEqual({ average: 89.8, trimmedAverage: null });
  });
});
