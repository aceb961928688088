import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { MigrationKit } from '../migration-kit.js';

/**
 * Sign-in hardening (security issue #8). Atomic counters: One row per key (`login-ip:<address>`,
 * `sms-phone:<blind index>`, `sms-ip:<address>`), counted in a fixed window by a single upsert, so
 * parallel bursts cannot slip past a check-then-write. And 公众 accounts registered with their phone
 * number as username get a generated one: the number is personal data (kept encrypted in phone_enc,
 * found through phone_index when someone signs in with it).
 */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('auth_rate_counters')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', k.instant, (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    /** When the last "throttled" audit event for this key was written (one a minute at most). */
    .addColumn('alerted_at', k.instant)
    .execute();

  // 动态口令 per role: a row overrides the built-in default (see modules/roles/role-mfa.ts).
  await db.schema
    .createTable('role_mfa_settings')
    .addColumn('role_key', 'text', (c) => c.primaryKey())
    .addColumn('required', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .execute();

  const publicAccounts = await db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.username'])
    .where('user_roles.role_key', '=', 'public')
    .execute();
  for (const u of publicAccounts as { id: string; username: string }[]) {
    if (!/^1[3-9]\d{9}$/.test(u.username)) continue;
    const username = `u${randomBytes(6).readUIntBE(0, 6).toString(36).padStart(10, '0')}`;
    await db.updateTable('users').set({ username }).where('id', '=', u.id).execute();
    // The global search entry named the account by its number too.
    await db
      .updateTable('search_entries')
      .set({
        title: sql`replace(title, ${u.username}, ${username})`,
        tokens: sql`replace(tokens, ${u.username}, ${username})`,
      })
      .where('entity_type', '=', 'user')
      .where('entity_id', '=', u.id)
      .execute();
  }
}
