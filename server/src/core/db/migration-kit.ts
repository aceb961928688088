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
  };
}

export interface FazhiMigration {
  up(db: Kysely<any>, kit: MigrationKit): Promise<void>;
}
