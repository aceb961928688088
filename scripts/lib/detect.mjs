import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import pg from 'pg';

/** Where the api-pg tests find PostgreSQL (the same rule as server/src/test/pg-urls.ts). */
export const postgresUrl = () =>
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Null when PostgreSQL accepts a connection and can create databases; otherwise why not. */
export async function postgresProblem() {
  const client = new pg.Client({ connectionString: postgresUrl(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query(
      'SELECT rolcreatedb OR rolsuper AS ok FROM pg_roles WHERE rolname = current_user',
    );
    return rows[0]?.ok ? null : '当前用户没有 CREATEDB 权限（每个测试文件需建临时库）';
  } catch (e) {
    return e instanceof Error ? e.message || e.constructor.name : String(e);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The Chromium executable (CHROMIUM_PATH, else Debian's /usr/bin/chromium), or null when absent. */
export function chromiumPath() {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  try {
    fs.accessSync(candidate, fs.constants.X_OK);
    return candidate;
  } catch {
    return null;
  }
}

/** True when fontconfig knows no Chinese font (screenshots would show boxes); false if unsure. */
export function cjkFontMissing() {
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() === '';
}
