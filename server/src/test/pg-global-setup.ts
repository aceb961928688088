import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../config.js';
import { openDatabase } from '../core/db/database.js';
import { migrateToLatest } from '../core/db/migrations.js';
import { MIGRATIONS } from '../modules.js';
import { adminUrl, databaseUrl } from './pg-urls.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Name of a migrated template database each test file clones, or '' when PostgreSQL is missing. */
    pgTemplate: string;
  }
}

/**
 * Migrates one template database per run; each test file then clones it (CREATE DATABASE … TEMPLATE),
 * which takes milliseconds instead of re-running migrations.
 */
export default async function setup(project: TestProject) {
  const admin = new pg.Client({ connectionString: adminUrl() });
  try {
    await admin.connect();
  } catch (e) {
    const bar = '!'.repeat(78);
    console.warn(
      `\n${bar}\n!! PostgreSQL 不可达（${adminUrl()}）：${(e as Error).message}\n!! api-pg 项目的全部测试将被跳过。设置 TEST_DATABASE_URL 或启动本机 PostgreSQL。\n${bar}\n`,
    );
    project.provide('pgTemplate', '');
    return;
  }
  const template = `fazhi_tpl_${process.pid}_${Date.now().toString(36)}`;
  await admin.query(`CREATE DATABASE ${template}`);
  const db = openDatabase({ dataDir: loadConfig({}).dataDir, databaseUrl: databaseUrl(template) });
  await migrateToLatest(db, MIGRATIONS);
  await db.close();
  project.provide('pgTemplate', template);

  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    const left = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`${template}_%`],
    );
    for (const r of left.rows)
      await admin.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
    await admin.end();
  };
}
