import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../core/db/database.js';
import { migrateToLatest } from '../../../core/db/migrations.js';
import { MIGRATIONS } from '../../../modules.js';
import { adminUrl, databaseUrl } from '../../../test/pg-urls.js';
import { pgMissing, testDb } from '../../../test/test-env.js';

const NEW = '20261213_enfpres_01_preservations';
const before = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name !== NEW));

/** A value of the column's type for the NOT NULL columns a test row does not name. */
const filler = (type: string) =>
  /int|numeric|bool/i.test(type) ? 0 : /date|time/i.test(type) ? '2024-01-01' : 'x';

/** Inserts a row naming only `values`, every other NOT NULL column without a default filled. */
async function insertRow(db: Db, table: string, values: Record<string, unknown>) {
  const tables = await db.kysely.introspection.getTables();
  const t = tables.find((x) => x.name === table)!;
  const row: Record<string, unknown> = {};
  for (const c of t.columns)
    if (!c.isNullable && !c.hasDefaultValue && !c.isAutoIncrementing)
      row[c.name] = filler(c.dataType);
  const all = { ...row, ...values };
  const cols = Object.keys(all);
  await sql`insert into ${sql.table(table)} (${sql.join(cols.map((c) => sql.ref(c)))}) values (${sql.join(cols.map((c) => all[c]))})`.execute(
    db.kysely,
  );
}

/**
 * 先行登记保存 (行政处罚法 第五十六条) moves from the case row into its own table: a case preserved
 * before the migration keeps its preservation (day, evidence, decision, clock), and the old columns go.
 */
describe.skipIf(pgMissing())('migration 20261213_enfpres_01_preservations', () => {
  let db: Db;
  let dataDir: string;
  let pgName: string | null = null;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-mig-'));
    if (testDb() === 'pg') {
      pgName = `fazhi_mig_${process.pid}_${Date.now().toString(36)}`;
      const admin = new pg.Client({ connectionString: adminUrl() });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${pgName}`);
      await admin.end();
    }
    db = openDatabase({
      dataDir,
      databaseUrl: pgName ? databaseUrl(pgName) : undefined,
      poolSize: 1,
    });
    await migrateToLatest(db, before);
  });

  afterAll(async () => {
    await db.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (pgName) {
      const admin = new pg.Client({ connectionString: adminUrl() });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
      await admin.end();
    }
  });

  it("moves each case's single preservation into enforcement_preservations", async () => {
    await insertRow(db, 'orgs', { id: 'org-1', parent_id: null });
    const kase = { org_id: 'org-1', town_id: 'org-1', entrustment_id: null };
    await insertRow(db, 'enforcement_cases', {
      ...kase,
      id: 'case-preserved',
      evidence_preserved_on: '2024-12-23',
      preserved_evidence: '过期灭火器2具',
      preservation_decided_on: '2025-01-03',
      preservation_outcome: 'release',
      preservation_note: '解除',
      preservation_clock_id: 'clock-1',
    });
    await insertRow(db, 'enforcement_cases', { ...kase, id: 'case-plain' });

    await migrateToLatest(db, MIGRATIONS);

    const rows = await db.kysely.selectFrom('enforcementPreservations').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      orgId: 'org-1',
      townId: 'org-1',
      caseId: 'case-preserved',
      evidence: '过期灭火器2具',
      outcome: 'release',
      note: '解除',
      clockId: 'clock-1',
    });
    const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
    expect([day(rows[0]!.preservedOn), day(rows[0]!.decidedOn)]).toEqual([
      '2024-12-23',
      '2025-01-03',
    ]);
    const columns = (await db.kysely.introspection.getTables())
      .find((t) => t.name === 'enforcement_cases')!
      .columns.map((c) => c.name);
    expect(columns).not.toContain('evidence_preserved_on');
    expect(columns).not.toContain('preservation_clock_id');
  });
});
