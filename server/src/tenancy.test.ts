import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from './test/test-env.js';

const root = path.dirname(fileURLToPath(import.meta.url));
const camel = (s: string) => s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

/**
 * Tenancy is enforced in the data-access layer: module code reads org-owned tables through
 * `scoped(q, actor)`. A read that deliberately is not scoped (sign-in, system jobs, the demo seed, the
 * public portal, child rows of a record already loaded through scoped()…) carries a `tenancy:` comment
 * saying why: on the line or just above it, or once near the top of the file for all its queries.
 */
describe('tenancy of module queries', () => {
  let env: TestEnv;
  let tenantTables: Set<string>;
  beforeAll(async () => {
    env = await createTestEnv({ demo: false });
    const tables = await sql<{
      name: string;
    }>`select name from sqlite_master where type = 'table'`.execute(env.deps.db.kysely);
    tenantTables = new Set();
    for (const { name } of tables.rows) {
      const cols = await sql<{ name: string }>`select name from pragma_table_info(${name})`.execute(
        env.deps.db.kysely,
      );
      if (cols.rows.some((c) => c.name === 'org_id')) tenantTables.add(camel(name));
    }
  });
  afterAll(() => env?.close());

  it('finds the org-owned tables', () => {
    expect([...tenantTables]).toEqual(
      expect.arrayContaining(['users', 'apiTokens', 'clocks', 'tasks', 'files', 'docNumbers']),
    );
  });

  it('reads org-owned tables only through scoped() or with a stated reason', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(path.join(root, 'modules'))) {
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      if (lines.slice(0, 40).some((l) => /^\s*(\/\/|\*|\/\*\*?)\s*tenancy:/.test(l))) continue;
      lines.forEach((line, i) => {
        for (const m of line.matchAll(/\.selectFrom\(\s*'(\w+)'/g)) {
          if (!tenantTables.has(m[1]!)) continue;
          const context = lines.slice(Math.max(0, i - 6), i + 1).join('\n');
          if (/scoped\(/.test(context) || /tenancy:/.test(context)) continue;
          offenders.push(`${path.relative(root, file)}:${i + 1}  ${line.trim()}`);
        }
      });
    }
    expect(offenders, `unscoped reads of org-owned tables:\n${offenders.join('\n')}`).toEqual([]);
  });
});
