import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from './procs.mjs';

/**
 * The JavaScript a browser must fetch before the web app shows anything: the entry script, the chunks
 * index.html preloads, and whatever those import statically. Lazily imported (`import()`) chunks are
 * not counted. Sizes are gzip level 9, as a static server would send them pre-compressed.
 * @returns {{ files: { file: string, raw: number, gz: number }[], totalGz: number, lazyCount: number } | { missing: string }}
 */
export function initialJs(dist = path.join(ROOT, 'web/dist')) {
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index))
    return { missing: `${path.relative(ROOT, index)} 不存在（先运行 npm run build）` };
  const html = fs.readFileSync(index, 'utf8');
  const refs = new Set();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)) refs.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g))
    refs.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\bhref="([^"]+\.js)"[^>]*\brel="modulepreload"/g))
    refs.add(m[1]);
  const queue = [...refs].map((ref) => path.join(dist, ref.replace(/^\//, '')));
  const seen = new Set(queue);
  const files = [];
  for (let file = queue.shift(); file; file = queue.shift()) {
    const buf = fs.readFileSync(file);
    files.push({
      file: path.relative(dist, file),
      raw: buf.length,
      gz: zlib.gzipSync(buf, { level: 9 }).length,
    });
    // Static `import … from "./x.js"` / `export … from` (a dynamic `import(` never matches: no quote after it).
    for (const m of buf
      .toString('utf8')
      .matchAll(/\b(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      const dep = path.resolve(path.dirname(file), /** @type {string} */ (m[1]));
      if (!seen.has(dep)) {
        seen.add(dep);
        queue.push(dep);
      }
    }
  }
  const allJs = fs.existsSync(path.join(dist, 'assets'))
    ? fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'))
    : [];
  return {
    files,
    totalGz: files.reduce((s, f) => s + f.gz, 0),
    lazyCount: allJs.length - files.length,
  };
}
