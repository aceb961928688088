import { describe, expect, it } from 'vitest';
import { subtreeEnd } from './subtree-range.js';

const town = '/a1/b2/c3/';
const under = (path: string, prefix: string) => prefix <= path && path < subtreeEnd(prefix);

describe('the subtree range of an org path', () => {
  it('ends just above the prefix', () => {
    expect(subtreeEnd(town)).toBe('/a1/b2/c30');
  });

  it.each([
    ['/a1/b2/c3/', true],
    ['/a1/b2/c3/v9/', true],
    ['/a1/b2/c3/v9/u1/', true],
    ['/a1/b2/c30/', false],
    ['/a1/b2/c3', false],
    ['/a1/b2/c4/', false],
    ['/a1/b2/C3/v9/', false],
    ['/a1/b2/', false],
    ['/a1/b2/c3-/', false],
  ])('%s is under the town: %s — as a prefix test says', (path, inside) => {
    expect(under(path, town)).toBe(inside);
    expect(path.startsWith(town)).toBe(inside);
  });

  it('refuses what is no path prefix', () => {
    expect(() => subtreeEnd('')).toThrow();
    expect(() => subtreeEnd('/镇/')).not.toThrow();
    expect(() => subtreeEnd('/a/镇')).toThrow();
  });
});
