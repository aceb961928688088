import { Migrator, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Db } from './database.js';
import { migrationKit, type FazhiMigration } from './migration-kit.js';
import * as m0001 from './migrations/20261125_0001_orgs_people.js';
import * as m0002 from './migrations/20261125_0002_audit.js';
import * as m0003 from './migrations/20261125_0003_calendar_clocks_tasks.js';
import * as m0004 from './migrations/20261125_0004_machinery.js';

/** Every migration, in order. Modules append theirs here; names never change once released. */
const MIGRATIONS: Record<string, FazhiMigration> = {
  '20261125_0001_orgs_people': m0001,
  '20261125_0002_audit': m0002,
  '20261125_0003_calendar_clocks_tasks': m0003,
  '20261125_0004_machinery': m0004,
};

class StaticProvider implements MigrationProvider {
  constructor(private readonly db: Db) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const kit = migrationKit(this.db.dialect);
    return Object.fromEntries(
      Object.entries(MIGRATIONS).map(([name, m]) => [name, { up: (k) => m.up(k, kit) }]),
    );
  }
}

/** Brings the schema up to date; returns the names applied now. Throws with the failing name. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({
    db: db.kysely,
    provider: new StaticProvider(db),
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
  const { error, results }: MigrationResultSet = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`数据库迁移失败${failed ? `（${failed.migrationName}）` : ''}：${cause}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
