import { percentiles } from './burst.mjs';

/**
 * A closed loop for work that takes several requests (create, then step): `workers` loops run
 * `iteration` over and over for `seconds`; each request's latency and outcome is recorded through
 * `timed`. Figures in the shape of a load generator's, so they print in the same table.
 * @param {number} workers @param {number} seconds
 * @param {(timed: (send: () => Promise<Response>) => Promise<any>) => Promise<void>} iteration
 * @returns {Promise<import('./load.mjs').LoadResult>}
 */
export async function closedLoop(workers, seconds, iteration) {
  /** @type {number[]} */
  const ms = [];
  let failed = 0;
  const timed = async (/** @type {() => Promise<Response>} */ send) => {
    const t0 = performance.now();
    const res = await send().catch(() => null);
    const body = res ? await res.json().catch(() => null) : null;
    ms.push(performance.now() - t0);
    if (!res?.ok) {
      failed += 1;
      throw new Error(`HTTP ${res?.status ?? 'socket error'} ${JSON.stringify(body)}`);
    }
    return body;
  };
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  /** @type {string | null} */
  let firstError = null;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (performance.now() < until) {
        await iteration(timed).catch((e) => (firstError ??= String(e)));
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  if (firstError) console.log(`          ! first failure: ${firstError}`);
  ms.sort((a, b) => a - b);
  const { p50, p99 } = percentiles(ms);
  return { rps: ms.length / elapsed, p50, p99, requests: ms.length, failed };
}
