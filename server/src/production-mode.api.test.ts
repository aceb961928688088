import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './test/run-cli.js';
import { spawnServer, type ServerProcess } from './test/spawn-server.js';
import { TestClient } from './test/test-client.js';
import { createTestEnv, pgMissing, type TestEnv } from './test/test-env.js';

/** FAZHI_DEMO=0: no demo data, no accounts; the first administrator is created with the CLI. */
describe.skipIf(pgMissing())('production mode', () => {
  let env: TestEnv;
  let server: ServerProcess;
  beforeAll(async () => {
    env = await createTestEnv({ demo: false });
    server = await spawnServer({
      FAZHI_DATA_DIR: env.dataDir,
      FAZHI_SECRET_KEY: 'a1'.repeat(32),
      FAZHI_DEMO: '0',
      FAZHI_SCHEDULER: '0',
      FAZHI_LOG_LEVEL: 'warn',
      ...(env.databaseUrl ? { DATABASE_URL: env.databaseUrl } : { DATABASE_URL: '' }),
    });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await env?.close();
  });

  it('starts with no accounts and no demo data, and says how to create the first administrator', async () => {
    expect(server.output()).toContain('生产模式（FAZHI_DEMO=0）：尚无任何账号');
    expect(server.output()).toContain('npx fazhi user create');
    const users = await env.deps.db.kysely.selectFrom('users').select('id').execute();
    expect(users).toEqual([]);
    const town = await env.deps.db.kysely
      .selectFrom('orgs')
      .select('id')
      .where('code', '=', '330282109000')
      .executeTakeFirst();
    expect(town).toBeUndefined();
    expect((await new TestClient(server.url).login('clerk', 'Demo@2024')).status).toBe(401);
  });

  it('lets the operator create the first administrator, who must change the password and enrol TOTP', async () => {
    const res = runCli(env, [
      'user',
      'create',
      '--username',
      'admin',
      '--password',
      'Qiaotou#2024x',
      '--role',
      'system_admin',
      '--org',
      '330282109',
      '--name',
      '系统管理员',
    ]);
    expect(res.code).toBe(0);
    const c = new TestClient(server.url);
    const login = await c.login('admin', 'Qiaotou#2024x');
    expect(login.status).toBe(200);
    expect(login.json.stage).toBe('password_change');
    const changed = await c.post('/api/v1/auth/password', {
      currentPassword: 'Qiaotou#2024x',
      newPassword: 'Qiaotou#2025y',
    });
    expect(changed.json.stage).toBe('mfa_enroll');
    expect(login.json.user.org.name).toBe('桥头镇');
  });
});
