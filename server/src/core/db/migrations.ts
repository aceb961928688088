import { Migrator, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Db } from './database.js';
import { migrationKit, type FazhiMigration } from './migration-kit.js';
import * as m0001 from './migrations/20261125_0001_orgs_people.js';
import * as m0002 from './migrations/20261125_0002_audit.js';
import * as m0003 from './migrations/20261125_0003_calendar_clocks_tasks.js';
import * as m0004 from './migrations/20261125_0004_machinery.js';
import * as m0005 from './migrations/20261204_0005_flood_counters.js';
import * as m1700 from './migrations/20261204_1700_signin_counters.js';
import * as m0900 from './migrations/20261205_0900_chosen_town.js';
import * as m1300 from './migrations/20261205_1300_one_counter_table.js';
import * as m0100t from './migrations/20261206_0100_task_assignment.js';

export type MigrationSet = Record<string, FazhiMigration>;

/** The foundation's migrations. Names never change once released; modules bring their own sets. */
export const FOUNDATION_MIGRATIONS: MigrationSet = {
  '20261125_0001_orgs_people': m0001,
  '20261125_0002_audit': m0002,
  '20261125_0003_calendar_clocks_tasks': m0003,
  '20261125_0004_machinery': m0004,
  '20261204_0005_flood_counters': m0005,
  '20261204_1700_signin_counters': m1700,
  '20261205_0900_chosen_town': m0900,
  '20261205_1300_one_counter_table': m1300,
  '20261206_0100_task_assignment': m0100t,
};

class StaticProvider implements MigrationProvider {
  constructor(
    private readonly db: Db,
    private readonly migrations: MigrationSet,
  ) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const kit = migrationKit(this.db.dialect);
    return Object.fromEntries(
      Object.entries(this.migrations).map(([name, m]) => [name, { up: (k) => m.up(k, kit) }]),
    );
  }
}

/**
 * Brings the schema up to date with the given migrations (run in name order, so module migrations
 * named after the foundation's run after it); returns the names applied now. Throws with the failing name.
 */
export async function migrateToLatest(db: Db, migrations: MigrationSet): Promise<string[]> {
  const migrator = new Migrator({
    db: db.kysely,
    provider: new StaticProvider(db, migrations),
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
    // Each module orders its own migrations; one module's new migration may sort before another's old one.
    allowUnorderedMigrations: true,
  });
  const { error, results }: MigrationResultSet = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`数据库迁移失败${failed ? `（${failed.migrationName}）` : ''}：${cause}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
