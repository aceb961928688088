import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sm3Hex } from '../core/crypto/sm.js';
import { blobPath, storeBytes } from '../core/files/storage.js';
import { mutation } from '../core/mutation.js';
import { runCli } from '../test/run-cli.js';
import { createTestEnv, pgMissing, type TestEnv } from '../test/test-env.js';

describe.skipIf(pgMissing())('the fazhi command line', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(() => env?.close());

  it('creates a user in a division, importing the division when it is new', async () => {
    const res = runCli(env, [
      'user',
      'create',
      '--username',
      'kyadmin',
      '--password',
      'Strong#Pass1',
      '--role',
      'system_admin',
      '--org',
      '330282110',
    ]);
    expect(res.out).toContain('已创建账号 kyadmin');
    expect(res.code).toBe(0);
    const user = await env.deps.db.kysely
      .selectFrom('users')
      .innerJoin('orgs', 'orgs.id', 'users.orgId')
      .select(['orgs.code', 'users.mustChangePassword'])
      .where('username', '=', 'kyadmin')
      .executeTakeFirstOrThrow();
    expect(user.code).toBe('330282110000');
    expect(user.mustChangePassword).toBe(1);
  });

  it('refuses bad usage with a Chinese message and exit code 2', () => {
    const weak = runCli(env, [
      'user',
      'create',
      '--username',
      'x1x',
      '--password',
      'weak',
      '--role',
      'town_head',
      '--org',
      '330282109',
    ]);
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain('密码');
    const role = runCli(env, [
      'user',
      'create',
      '--username',
      'abc',
      '--password',
      'Strong#Pass1',
      '--role',
      'king',
      '--org',
      '330282109',
    ]);
    expect(role.code).toBe(2);
    expect(role.stderr).toContain('未知角色');
    expect(runCli(env, ['no-such-command']).code).toBe(2);
  });

  it('enters a later year’s holiday notice from CSV, and reports bad rows without writing', async () => {
    const bad = `${env.dataDir}/bad.csv`;
    fs.writeFileSync(bad, 'date,kind,name\n2027-01-01,holiday,元旦\n2027-13-01,holiday,错日\n');
    const refused = runCli(env, [
      'calendar',
      'import',
      bad,
      '--year',
      '2027',
      '--title',
      '2027年放假安排',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('第 3 行');
    const good = `${env.dataDir}/good.csv`;
    fs.writeFileSync(
      good,
      'date,kind,name\n2027-01-01,holiday,元旦\n2027-01-02,holiday,元旦\n2027-01-03,holiday,元旦\n',
    );
    const ok = runCli(env, [
      'calendar',
      'import',
      good,
      '--year',
      '2027',
      '--title',
      '2027年部分节假日安排',
      '--doc',
      '国办发明电〔2026〕1号',
    ]);
    expect(ok.out).toContain('已录入 2027 年放假安排');
    expect(ok.code).toBe(0);
    const notices = await env.deps.db.kysely
      .selectFrom('calendarNotices')
      .select(['year', 'docNumber'])
      .where('year', '=', 2027)
      .execute();
    expect(notices).toEqual([{ year: 2027, docNumber: '国办发明电〔2026〕1号' }]);
  });

  it(
    'backs up online and restores, losing what came after the backup and keeping the chain intact',
    { timeout: 120_000 },
    async () => {
      const stored = await storeBytes(env.dataDir, Buffer.from('附件内容：恢复演练'));
      const file = `${env.dataDir}/backup.tar.gz`;
      const backup = runCli(env, ['backup', '--out', file]);
      expect(backup.out).toContain('备份完成');
      expect(backup.code).toBe(0);
      expect(
        runCli(env, [
          'user',
          'create',
          '--username',
          'afterbackup',
          '--password',
          'Strong#Pass1',
          '--role',
          'office_clerk',
          '--org',
          '330282109',
        ]).code,
      ).toBe(0);
      await env.deps.db.close();
      fs.rmSync(path.join(env.dataDir, 'files'), { recursive: true, force: true });
      const restore = runCli(env, ['restore', '--from', file]);
      expect(restore.out).toContain('哈希链校验通过');
      expect(restore.code).toBe(0);
      const reopened = await createTestEnvFor(env);
      const gone = await reopened.deps.db.kysely
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'afterbackup')
        .executeTakeFirst();
      expect(gone).toBeUndefined();
      const kept = await reopened.deps.db.kysely
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'kyadmin')
        .executeTakeFirst();
      expect(kept).toBeDefined();
      // The attachment store comes back with the database, byte for byte (content-addressed by SM3).
      const blob = fs.readFileSync(blobPath(reopened.dataDir, stored.sm3));
      expect(blob.toString()).toBe('附件内容：恢复演练');
      expect(sm3Hex(blob)).toBe(stored.sm3);
      env = reopened;
    },
  );

  it('verifies the trail and names the first broken event when a row is edited, deleted, reordered or cut off', async () => {
    const q = env.deps.db.kysely;
    const pg = !!env.databaseUrl;
    const towns = await q
      .selectFrom('orgs')
      .select(['id', 'name'])
      .where('kind', '=', 'town')
      .where('code', '!=', '330282109000')
      .orderBy('code')
      .limit(4)
      .execute();
    const ctx = { actor: null, ip: '127.0.0.1', userAgent: null, requestId: 't' };
    for (const town of towns) {
      for (let i = 1; i <= 5; i++)
        await mutation(env.deps, ctx, (m) =>
          m.audit({ action: 'test.event.recorded', orgId: town.id, meta: { i } }),
        );
    }
    const ok = runCli(env, ['audit', 'verify']);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('校验通过');

    // An attacker with database access first has to switch off the append-only triggers.
    if (pg) await sql.raw('ALTER TABLE audit_events DISABLE TRIGGER USER').execute(q);
    else
      for (const t of ['audit_events_no_update', 'audit_events_no_delete'])
        await sql.raw(`DROP TRIGGER ${t}`).execute(q);
    const chain = async (townId: string) =>
      q
        .selectFrom('auditEvents')
        .select(['id', 'seq'])
        .where('chainId', '=', townId)
        .orderBy('seq')
        .execute();
    const [edited, deleted, reordered, truncated] = await Promise.all(
      towns.map((t) => chain(t.id)),
    );
    await sql`UPDATE audit_events SET ip = '10.6.6.6' WHERE id = ${edited![2]!.id}`.execute(q);
    await sql`DELETE FROM audit_events WHERE id = ${deleted![2]!.id}`.execute(q);
    await sql`UPDATE audit_events SET seq = -1 WHERE id = ${reordered![1]!.id}`.execute(q);
    await sql`UPDATE audit_events SET seq = 2 WHERE id = ${reordered![2]!.id}`.execute(q);
    await sql`UPDATE audit_events SET seq = 3 WHERE id = ${reordered![1]!.id}`.execute(q);
    await sql`DELETE FROM audit_events WHERE id = ${truncated![4]!.id}`.execute(q);

    const res = runCli(env, ['audit', 'verify']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`${edited![2]!.id} 校验失败 — 内容哈希不符`);
    expect(res.stderr).toContain(`第 4 号事件 ${deleted![3]!.id}`);
    expect(res.stderr).toContain(`第 2 号事件 ${reordered![2]!.id} 校验失败 — 前序哈希不符`);
    expect(res.stderr).toContain(
      `${towns[3]!.name}（${towns[3]!.id}）：第 5 号事件 校验失败 — 链尾不符`,
    );
    expect(res.out).toContain('共 4 条链被破坏');
  });

  it('refuses UPDATE and DELETE on the trail at the database level', async () => {
    const fresh = await createTestEnv();
    try {
      const q = fresh.deps.db.kysely;
      const one = await q.selectFrom('auditEvents').select('id').limit(1).executeTakeFirstOrThrow();
      await expect(
        sql`UPDATE audit_events SET action = 'x' WHERE id = ${one.id}`.execute(q),
      ).rejects.toThrow(/append-only/);
      await expect(sql`DELETE FROM audit_events WHERE id = ${one.id}`.execute(q)).rejects.toThrow(
        /append-only/,
      );
    } finally {
      await fresh.close();
    }
  });
});

/** Re-opens the same data directory / database after a restore replaced it. */
async function createTestEnvFor(env: TestEnv): Promise<TestEnv> {
  const { openDeps } = await import('../bootstrap.js');
  const { loadConfig } = await import('../config.js');
  const config = loadConfig({
    FAZHI_DATA_DIR: env.dataDir,
    FAZHI_LOG_LEVEL: 'silent',
    FAZHI_SECRET_KEY: 'a1'.repeat(32),
    ...(env.databaseUrl ? { DATABASE_URL: env.databaseUrl } : {}),
  });
  const deps = await openDeps({ config, time: env.time });
  return {
    ...env,
    deps,
    close: async () => {
      await deps.db.close();
      await env.close().catch(() => undefined);
    },
  };
}
