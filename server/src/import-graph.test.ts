import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cycles, folderGraph, type FolderGraph } from './test/import-graph.js';

const root = path.dirname(fileURLToPath(import.meta.url));
const graphOf = (edges: [string, string][]): FolderGraph => {
  const g: FolderGraph = new Map();
  for (const [a, b] of edges) g.set(a, (g.get(a) ?? new Map()).set(b, `${a} → ${b}`));
  return g;
};

describe('folder boundaries of server/src', () => {
  it('finds a cycle of any length, and none in a chain', () => {
    expect(
      cycles(
        graphOf([
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'a'],
          ['c', 'd'],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
    expect(
      cycles(
        graphOf([
          ['a', 'b'],
          ['b', 'c'],
        ]),
      ),
    ).toEqual([]);
  });

  it('has no import cycle between modules (nor between a module and core or the composition root)', () => {
    const graph = folderGraph(root);
    const explain = (group: string[]) =>
      group.flatMap((a) =>
        group.filter((b) => graph.get(a)?.has(b)).map((b) => graph.get(a)!.get(b)!),
      );
    expect(cycles(graph).map(explain)).toEqual([]);
  });

  it('keeps core free of modules: core imports nothing but itself and the configuration', () => {
    const graph = folderGraph(root);
    expect([...(graph.get('core')?.entries() ?? [])].filter(([to]) => to !== 'config')).toEqual([]);
  });
});
