/**
 * A burst: `n` requests started at the same moment (one connection each on loopback), every latency
 * kept. Unlike wrk's steady load, this is what a hall of phones pressing 交卷 together looks like.
 * @typedef {{ n: number, ok: number, failed: number, statuses: Record<string, number>,
 *   wallMs: number, p50: number, p99: number, max: number }} BurstResult
 */

/**
 * @param {number} n
 * @param {(i: number) => Promise<Response>} send  the i-th request
 * @returns {Promise<BurstResult>}
 */
export async function burst(n, send) {
  /** @type {number[]} */
  const ms = [];
  /** @type {Record<string, number>} */
  const statuses = {};
  let ok = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const t0 = performance.now();
      let status = 'socket error';
      try {
        const res = await send(i);
        await res.arrayBuffer();
        status = String(res.status);
        if (res.ok) ok += 1;
      } catch {
        // counted below as a failure with its reason
      }
      ms.push(performance.now() - t0);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }),
  );
  const wallMs = performance.now() - started;
  ms.sort((a, b) => a - b);
  return { n, ok, failed: n - ok, statuses, wallMs, ...percentiles(ms) };
}

/**
 * p50, p99 and max of sorted latencies (nearest rank).
 * @param {number[]} sorted
 */
export function percentiles(sorted) {
  const at = (/** @type {number} */ p) =>
    sorted.length
      ? (sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN)
      : NaN;
  return { p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? NaN };
}

/**
 * Runs `fn(i)` for i in [0, n) with at most `width` at a time.
 * @param {number} n @param {number} width @param {(i: number) => Promise<void>} fn
 */
export async function pooled(n, width, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, n) }, async () => {
      while (next < n) await fn(next++);
    }),
  );
}
