import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { heading } from './report.mjs';

/**
 * The legal modules' benchmarks, each its own script (runnable alone), run one after another by
 * `npm run bench` in their own processes with the run's engine choice and --quick.
 * @type {Record<string, { title: string, script: string, engines: boolean, quick: boolean }>}
 */
export const MODULE_BENCHES = {
  prereview: {
    title:
      '合法性审查 — automatic pre-review engine (30 000-character contract; 350 village contracts)',
    script: 'pre-review.mjs',
    engines: false,
    quick: false,
  },
  review: {
    title: '合法性审查 — offline import of 350 village contracts; ledger export of 100 k items',
    script: 'review-ledger.mjs',
    engines: true,
    quick: false,
  },
  portal: {
    title: '政务公开 — public catalogue and Chinese search over 100 k published items vs bare',
    script: 'disclosure-portal.mjs',
    engines: true,
    quick: true,
  },
  decisions: {
    title:
      '重大行政决策 — the portal comment page with 10 000 comments vs bare; their 采纳情况 summary',
    script: 'decisions-comments.mjs',
    engines: true,
    quick: true,
  },
  enforcement: {
    title:
      '行政执法 — a case created and stepped through the kernel vs the bare write; the list over 1 M cases',
    script: 'enforcement.mjs',
    engines: true,
    quick: true,
  },
  quiz: {
    title:
      '普法·知识竞赛 — 2 000 takers handing in at once vs bare; the leaderboard over 100 k attempts',
    script: 'quiz.mjs',
    engines: true,
    quick: true,
  },
  report: {
    title: '政务公开 — the annual disclosure report over a year of 100 k requests',
    script: 'disclosure-report.mjs',
    engines: true,
    quick: false,
  },
  indicators: {
    title:
      "法治指标 — one town's indicator set and the county cockpit of 20 towns over 100 k rows per module vs bare",
    script: 'indicators.mjs',
    engines: true,
    quick: false,
  },
};

/**
 * @param {string} name
 * @param {{ engines: string[], quick: boolean }} o
 * @returns {Promise<number>} the script's exit code
 */
export function runModuleBench(name, o) {
  const b = /** @type {(typeof MODULE_BENCHES)[string]} */ (MODULE_BENCHES[name]);
  heading(b.title);
  const args = [fileURLToPath(new URL(`../${b.script}`, import.meta.url))];
  if (b.engines) args.push('--engine', o.engines.join(','));
  if (b.quick && o.quick) args.push('--quick');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}
