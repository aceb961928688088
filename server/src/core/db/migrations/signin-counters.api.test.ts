import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser, setRoles } from '../../../modules/users/user.repository.js';
import { createTestEnv, pgMissing, type TestEnv } from '../../../test/test-env.js';
import { migrationKit } from '../migration-kit.js';
import { up } from './20261204_1700_signin_counters.js';

/** The migration renames 公众 accounts whose username is their phone number (security issue #8). */
describe.skipIf(pgMissing())('20261204_1700_signin_counters', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(() => env?.close());

  it('gives phone-number usernames of 公众 accounts a generated one, in the search index too, and leaves staff alone', async () => {
    const q = env.deps.db.kysely;
    const town = await q
      .selectFrom('users')
      .select('orgId')
      .where('username', '=', 'citizen')
      .executeTakeFirstOrThrow();
    const citizen = await insertUser(q, {
      orgId: town.orgId,
      username: '13900009999',
      displayName: '王五',
      passwordHash: 'x',
      phoneEnc: null,
      phoneIndex: null,
      mustChangePassword: false,
      now: env.time.now(),
    });
    await setRoles(q, citizen.id, ['public'], null, env.time.now());
    const staff = await insertUser(q, {
      orgId: town.orgId,
      username: '13900008888',
      displayName: '赵六',
      passwordHash: 'x',
      phoneEnc: null,
      phoneIndex: null,
      mustChangePassword: false,
      now: env.time.now(),
    });
    await setRoles(q, staff.id, ['office_clerk'], null, env.time.now());
    // Run the migration again over this data (its tables are dropped first so it can create them).
    await q.schema.dropTable('auth_rate_counters').ifExists().execute();
    await q.schema.dropTable('role_mfa_settings').execute();
    await up(q, migrationKit(env.deps.db.dialect));

    const renamed = await q
      .selectFrom('users')
      .select('username')
      .where('id', '=', citizen.id)
      .executeTakeFirstOrThrow();
    expect(renamed.username).toMatch(/^u[0-9a-z]{10}$/);
    expect(
      (
        await q
          .selectFrom('users')
          .select('username')
          .where('id', '=', staff.id)
          .executeTakeFirstOrThrow()
      ).username,
    ).toBe('13900008888');
    const entry = await q
      .selectFrom('searchEntries')
      .select(['title', 'tokens'])
      .where('entityId', '=', citizen.id)
      .executeTakeFirstOrThrow();
    expect(entry.title).toBe(`王五（${renamed.username}）`);
    expect(entry.tokens).not.toContain('13900009999');
  });
});
