#!/usr/bin/env node
/**
 * 智能预审 on hostile input (security issue #8): how long the rule engine and the DOCX text extractor
 * take on long digit runs, 壹壹壹…, 一二三…, unclosed "<w:t" tags, per input length. A linear engine
 * grows ×10 when the input grows ×10; a quadratic one ×100. Runs the TypeScript source through tsx,
 * in process, one thread. Prints; never asserts.
 *
 *   node bench/pre-review-adversarial.mjs [--sizes 10000,30000,100000,200000] [--skip-docx]
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { heading, note } from './lib/report.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'server/src/modules/review/rules');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,30000,100000,200000' },
    'skip-docx': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);

const { tsImport } = await import('tsx/esm/api');
const load = (/** @type {string} */ rel) =>
  tsImport(pathToFileURL(path.join(src, `${rel}.ts`)).href, import.meta.url);
const { preReview } = await load('engine');
const { extractDocxText } = await load('docx-text');
const JSZip = (await import('jszip')).default;

/** @param {string} unit @param {number} n */
const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** @type {Record<string, (n: number) => string>} */
const TEXTS = {
  'digits 1111…': (n) => `合同总价${fill('1', n - 4)}`,
  '壹壹壹…': (n) => `合同总价${fill('壹', n - 4)}`,
  '一二三…': (n) => `租赁期限为${fill('一二三四五六七八九', n - 5)}`,
  'mixed 期限1一…%': (n) => fill('期限为1一2二3%百分之', n),
  '不得罚款…': (n) => fill('不得罚款', n),
  'charges 交费…': (n) => fill('交费缴金收取元', n),
  '甲方有权随时…': (n) => fill('甲方有权随时调整乙方不得', n),
};

/** @param {() => unknown} fn */
const time = (fn) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

heading('rule engine: one call per kind, per input length (ms)');
for (const [name, make] of Object.entries(TEXTS)) {
  for (const kind of ['contract', 'village_rules', 'fair_competition']) {
    const row = sizes.map((n) => {
      const text = make(n);
      return `${n}: ${time(() => preReview({ kind, text })).toFixed(0)}`;
    });
    note(`${name.padEnd(16)} ${kind.padEnd(17)} ${row.join('   ')}`);
  }
}

if (!values['skip-docx']) {
  heading('DOCX text extraction: document.xml of unclosed "<w:t " tags (ms)');
  for (const n of sizes) {
    const zip = new JSZip();
    zip.file(
      'word/document.xml',
      `<w:document><w:body><w:p>${fill('<w:t ', n)}</w:p></w:body></w:document>`,
    );
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const t = performance.now();
    await extractDocxText(bytes).catch(() => null);
    note(
      `${String(n).padStart(7)} characters, ${bytes.length} bytes zipped: ${(performance.now() - t).toFixed(0)} ms`,
    );
  }
}
