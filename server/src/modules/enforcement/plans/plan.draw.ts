/**
 * 双随机 (浙江省综合行政执法条例 第二十一条): a seeded draw of the objects to inspect and, for each, the
 * officers sent to it. The same seed, pool and candidates always give the same result, so anyone holding
 * the published seed can re-run the draw and check it. Pure: no clock, no I/O, no Math.random.
 */
export interface DrawInput {
  /** The recorded seed (published with the result). */
  seed: string;
  /** The pool of objects, in the order recorded on the plan. */
  objects: readonly string[];
  /** How many objects to draw. */
  count: number;
  /** Eligible officers' ids, in ascending order. */
  officers: readonly string[];
  /** Officers per inspection (行政处罚法 第四十二条: at least two). */
  perInspection: number;
}

export interface DrawnInspection {
  object: string;
  officers: string[];
}

/** xmur3: a 32-bit hash of the seed string, the PRNG's starting state. */
function hashSeed(seed: string): number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^= h >>> 16) >>> 0;
}

/** mulberry32: a small, well-known PRNG, easy to re-implement for anyone checking a draw. */
function prng(seed: string): () => number {
  let a = hashSeed(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The first `k` of a partial Fisher–Yates shuffle: `k` distinct items. */
function pick<T>(items: readonly T[], k: number, next: () => number): T[] {
  const a = [...items];
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(next() * (a.length - i));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, k);
}

/** Draws `count` objects, then `perInspection` distinct officers for each, in that order. */
export function drawInspections(input: DrawInput): DrawnInspection[] {
  if (input.count > input.objects.length) throw new RangeError('draw count exceeds the pool');
  if (input.perInspection > input.officers.length)
    throw new RangeError('too few officers for one inspection');
  const next = prng(input.seed);
  return pick(input.objects, input.count, next).map((object) => ({
    object,
    officers: pick(input.officers, input.perInspection, next),
  }));
}
