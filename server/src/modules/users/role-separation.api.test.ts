import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin } from '../../test/admin-login.js';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

/** 三员分立 and 公众 accounts (security issue #8). */
describe.skipIf(pgMissing())('administrator roles stand alone; public accounts stay public', () => {
  let s: TestServer;
  let sec: TestClient;
  const idOf = async (username: string) =>
    (await sec.get(`/api/v1/users?q=${username}`)).json.items.find(
      (u: { username: string }) => u.username === username,
    ).id;
  beforeAll(async () => {
    s = await startTestServer();
    sec = (await asAdmin(s, 'secadmin')).client;
  });
  afterAll(() => s?.close());

  it('never combines an administrator role with a business role', async () => {
    const res = await sec.put(`/api/v1/users/${await idOf('clerk')}/roles`, {
      roles: ['office_clerk', 'system_admin'],
    });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('ROLE_CONFLICT');
    expect(res.json.error.message).toContain('管理员角色不能与业务角色兼任');
  });

  it('never gives a staff or administrator role to a self-registered 公众 account', async () => {
    const citizenId = await idOf('citizen');
    for (const roles of [['office_clerk'], ['audit_admin'], ['public', 'window_clerk']]) {
      const res = await sec.put(`/api/v1/users/${citizenId}/roles`, { roles });
      expect(res.status).toBe(400);
      expect(res.json.error.code).toBe('ROLE_CONFLICT');
    }
    expect((await sec.get(`/api/v1/users/${citizenId}`)).json.roles).toEqual([
      { key: 'public', name: '公众' },
    ]);
  });
});
