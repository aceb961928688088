import { describe, expect, it } from 'vitest';
import { drawInspections, type DrawInput } from './plan.draw.js';

const input = (over: Partial<DrawInput> = {}): DrawInput => ({
  seed: '2024-Q2-桥头镇',
  objects: Array.from({ length: 20 }, (_, i) => `企业${i + 1}`),
  count: 6,
  officers: ['u1', 'u2', 'u3', 'u4', 'u5'],
  perInspection: 2,
  ...over,
});

describe('双随机 draw (pure)', () => {
  it('gives the same result for the same seed, pool and officers', () => {
    expect(drawInspections(input())).toEqual(drawInspections(input()));
  });

  it('gives a different result for a different seed', () => {
    const a = drawInspections(input());
    const b = drawInspections(input({ seed: '2024-Q2-桥头镇-2' }));
    expect(b).not.toEqual(a);
  });

  it('draws the asked number of distinct objects from the pool, each with distinct officers', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      const drawn = drawInspections(input({ seed, perInspection: 3 }));
      expect(drawn).toHaveLength(6);
      const objects = drawn.map((d) => d.object);
      expect(new Set(objects).size).toBe(6);
      for (const o of objects) expect(input().objects).toContain(o);
      for (const d of drawn) {
        expect(d.officers).toHaveLength(3);
        expect(new Set(d.officers).size).toBe(3);
        for (const u of d.officers) expect(input().officers).toContain(u);
      }
    }
  });

  it('draws the whole pool when asked for all of it', () => {
    const drawn = drawInspections(input({ count: 20 }));
    expect(drawn.map((d) => d.object).sort()).toEqual([...input().objects].sort());
  });

  it('refuses a draw larger than the pool or with too few officers', () => {
    expect(() => drawInspections(input({ count: 21 }))).toThrow(RangeError);
    expect(() => drawInspections(input({ officers: ['u1'] }))).toThrow(RangeError);
  });
});
