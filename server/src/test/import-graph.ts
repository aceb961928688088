import fs from 'node:fs';
import path from 'node:path';

/** Directed graph between folders: `from → to` when a file in `from` imports one in `to`, with one example each. */
export type FolderGraph = Map<string, Map<string, string>>;

const IMPORT =
  /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]|import\(['"](\.[^'"]+)['"]\)/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'test' ? [] : sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

/**
 * The folder a file belongs to, for the cycle rule: all of `core` is one (its subfolders share
 * errors, ids, deps); each module under `modules/` is one, and each part of the disclosure module
 * (proactive, village, requests, annual-report) is one; files at the root are the composition root.
 */
export function unitOf(root: string, file: string): string {
  const [top, second, third, ...rest] = path.relative(root, file).split(path.sep);
  if (top === 'core') return 'core';
  if (top === 'modules' && second === 'disclosure' && third !== undefined && rest.length > 0)
    return `modules/disclosure/${third}`;
  if (top === 'modules') return `modules/${second}`;
  if (second === undefined) return top!.startsWith('config.') ? 'config' : '(root)';
  return top!;
}

/** Every relative import of the server's source (tests and the test harness left out), by folder. */
export function folderGraph(root: string): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const file of sourceFiles(root)) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const from = unitOf(root, file);
      const to = unitOf(root, path.join(path.dirname(file), m[1] ?? m[2]!));
      if (from === to) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      if (!graph.get(from)!.has(to))
        graph.get(from)!.set(to, `${path.relative(root, file)} → ${m[1] ?? m[2]}`);
    }
  }
  return graph;
}

/**
 * Imports that reach into a module with a public file (`modules/<m>/<m>.public.ts`) from another
 * module, `cli` or `core` without going through that file, as `file → import`. The composition root
 * (files at the top of server/src) lists module descriptors and is left out.
 */
export function publicFileBreaches(root: string): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(root)) {
    const from = unitOf(root, file);
    if (from === '(root)') continue;
    for (const m of fs.readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = path.join(path.dirname(file), m[1] ?? m[2]!);
      const to = unitOf(root, target);
      if (from === to || !to.startsWith('modules/')) continue;
      const name = to.split('/').pop()!;
      const publicFile = path.join(root, to, `${name}.public.ts`);
      if (!fs.existsSync(publicFile)) continue;
      if (target.replace(/\.js$/, '.ts') !== publicFile)
        found.push(`${path.relative(root, file)} → ${m[1] ?? m[2]}`);
    }
  }
  return found.sort();
}

/**
 * Files outside `owner` (a folder under server/src) that query one of `tables` directly: select,
 * join, insert, update or delete naming the table (Kysely's camelCase name, with or without alias).
 */
export function tableReaders(root: string, owner: string, tables: string[]): string[] {
  const names = tables.join('|');
  const query = new RegExp(
    `(?:selectFrom|innerJoin|leftJoin|rightJoin|fullJoin|insertInto|updateTable|deleteFrom)\\(\\s*['"](?:${names})(?:\\s+as\\s+\\w+)?['"]`,
  );
  return sourceFiles(root)
    .map((f) => path.relative(root, f))
    .filter((f) => !f.startsWith(`${owner}${path.sep}`))
    .filter((f) => query.test(fs.readFileSync(path.join(root, f), 'utf8')))
    .sort();
}

/** The strongly connected groups of more than one folder (Tarjan): each is an import cycle. */
export function cycles(graph: FolderGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}
