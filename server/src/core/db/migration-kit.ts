import { sql, type ColumnDataType, type Kysely } from 'kysely';
import type { DialectName } from './database.js';

/**
 * What a migration needs to write one schema for both databases: the column types that differ
 * (instants, dates, big integers) and raw SQL where only raw SQL can say it (triggers, FTS).
 */
export interface MigrationKit {
  dialect: DialectName;
  /** An instant: timestamptz on PostgreSQL, ISO-8601 text on SQLite. */
  instant: ColumnDataType;
  /** A legal calendar day: date on PostgreSQL, `YYYY-MM-DD` text on SQLite. */
  date: ColumnDataType;
  bigint: ColumnDataType;
  /** Executes one statement for the current dialect only. */
  raw(db: Kysely<any>, statements: { sqlite?: string; pg?: string }): Promise<void>;
  /**
   * (Re)creates a covering index: the key columns, then columns only read (PostgreSQL `INCLUDE`, so a
   * count can be answered from the index alone; trailing key columns on SQLite, which covers with them).
   * An index of the same name is dropped first.
   */
  coveringIndex(db: Kysely<any>, index: CoveringIndex): Promise<void>;
}

export interface CoveringIndex {
  name: string;
  table: string;
  columns: readonly string[];
  include: readonly string[];
  /** A partial index's condition, as SQL both databases read alike. */
  where?: string;
}

export function migrationKit(dialect: DialectName): MigrationKit {
  return {
    dialect,
    instant: dialect === 'pg' ? 'timestamptz' : 'text',
    date: dialect === 'pg' ? 'date' : 'text',
    bigint: dialect === 'pg' ? 'bigint' : 'integer',
    async raw(db, statements) {
      const text = statements[dialect];
      if (text) await sql.raw(text).execute(db);
    },
    async coveringIndex(db, { name, table, columns, include, where }) {
      const keys = dialect === 'pg' ? columns : [...columns, ...include];
      const extra = dialect === 'pg' && include.length ? ` INCLUDE (${include.join(', ')})` : '';
      await sql.raw(`DROP INDEX IF EXISTS ${name}`).execute(db);
      await sql
        .raw(
          `CREATE INDEX ${name} ON ${table} (${keys.join(', ')})${extra}${where ? ` WHERE ${where}` : ''}`,
        )
        .execute(db);
    },
  };
}

export interface FazhiMigration {
  up(db: Kysely<any>, kit: MigrationKit): Promise<void>;
}
