/** Printing only: the benchmarks state figures and targets, they never fail on them. */

/** Targets from the brief, printed next to the figures. */
export const TARGETS = {
  write: { ratio: 0.5, p99: 20 },
  read: { ratio: 0.6, p99: 20 },
  idleRssMb: 150,
  coldStartMs: 3000,
  initialJsKb: 350,
};

const mark = (/** @type {boolean} */ ok) => (ok ? '✓ meets' : '✗ misses');
const num = (/** @type {number} */ v, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : '—');

/** @param {string} text */
export const heading = (text) =>
  console.log(`\n${'='.repeat(4)} ${text} ${'='.repeat(Math.max(4, 90 - text.length))}`);

/** @param {string} text */
export const note = (text) => console.log(`  ${text}`);

/**
 * @typedef {import('./load.mjs').LoadResult} LoadResult
 * @typedef {{ connections: number, bare?: LoadResult, fazhi?: LoadResult }} Row
 */

/**
 * One table: bare vs Fazhi per connection count, the ratio, and the target at the highest count.
 * @param {string} title
 * @param {Row[]} rows
 * @param {{ ratio: number, p99: number } | null} target  null: the caller prints its own target line
 * @param {string | null} fazhiProblem  e.g. "endpoint missing", printed under the table instead of Fazhi's figures
 */
export function loadTable(title, rows, target, fazhiProblem) {
  console.log(`\n  ${title}`);
  console.log(
    `  ${'clients'.padStart(7)} | ${'bare req/s'.padStart(10)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} | ${'fazhi req/s'.padStart(11)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} | ${'fazhi/bare'.padStart(10)}`,
  );
  const top = Math.max(...rows.map((r) => r.connections));
  for (const r of rows) {
    const b = r.bare;
    const f = r.fazhi;
    const ratio = b && f ? f.rps / b.rps : NaN;
    let line = `  ${String(r.connections).padStart(7)} | ${num(b?.rps ?? NaN).padStart(10)} ${num(b?.p50 ?? NaN, 2).padStart(7)} ${num(b?.p99 ?? NaN, 2).padStart(7)} | `;
    line += f
      ? `${num(f.rps).padStart(11)} ${num(f.p50, 2).padStart(7)} ${num(f.p99, 2).padStart(7)} | ${`${num(ratio * 100)} %`.padStart(10)}`
      : `${'—'.padStart(11)} ${'—'.padStart(7)} ${'—'.padStart(7)} | ${'—'.padStart(10)}`;
    if (r.connections === top && target) {
      const ok = f && b ? ratio >= target.ratio && f.p99 <= target.p99 : null;
      const p99 = Number.isFinite(target.p99) ? `, p99 ≤ ${target.p99} ms` : '';
      line += `   target ≥ ${target.ratio * 100} % of bare${p99}${ok === null ? '' : `  ${mark(ok)}`}`;
    }
    console.log(line);
    for (const [who, res] of /** @type {const} */ ([
      ['bare', b],
      ['fazhi', f],
    ])) {
      if (res && res.requests === 0)
        console.log(
          `          ! ${who}: no request completed during the run — figures are meaningless`,
        );
      else if (res?.failed)
        console.log(
          `          ! ${who}: ${res.failed} of ${res.requests} requests failed (non-2xx or socket errors) — figures are suspect`,
        );
    }
  }
  if (fazhiProblem) console.log(`  ! fazhi not measured: ${fazhiProblem}`);
}

/**
 * A single measured value with its target.
 * @param {string} label @param {number} value @param {string} unit @param {number} max @param {string} [detail]
 */
export function figure(label, value, unit, max, detail = '') {
  console.log(
    `  ${label.padEnd(44)} ${`${num(value, unit === 'MB' || unit === 'KB' ? 1 : 0)} ${unit}`.padStart(12)}   target ≤ ${max} ${unit}  ${mark(value <= max)}${detail ? `   (${detail})` : ''}`,
  );
}
