import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin } from '../../test/admin-login.js';
import { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

describe.skipIf(pgMissing())('API tokens for machine clients', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s?.close());

  it('issues a limited token that works as Bearer without CSRF, and stops working when revoked', async () => {
    const { client: sec } = await asAdmin(s, 'secadmin');
    const tooMuch = await sec.post('/api/v1/tokens', { name: '县统计接口', permissions: ['audit.event.read'] });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.json.error.code).toBe('PERMISSION_NOT_HELD');

    const issued = await sec.post('/api/v1/tokens', { name: '县统计接口', permissions: ['org.read'] });
    expect(issued.status).toBe(201);
    expect(issued.json.token).toMatch(/^fz_/);
    const machine = new TestClient(s.baseUrl);
    machine.bearer = issued.json.token;
    const orgs = await machine.get('/api/v1/orgs');
    expect(orgs.status).toBe(200);
    expect(orgs.json.items.some((o: { name: string }) => o.name === '桥头镇')).toBe(true);
    expect((await machine.get('/api/v1/users')).status).toBe(403);

    const list = await sec.get('/api/v1/tokens');
    expect(list.json.items[0].lastUsedAt).not.toBeNull();
    expect(JSON.stringify(list.json)).not.toContain(issued.json.token);

    expect((await sec.post(`/api/v1/tokens/${issued.json.id}/revoke`)).status).toBe(204);
    const after = await machine.get('/api/v1/orgs');
    expect(after.status).toBe(401);
    expect(after.json.error.code).toBe('INVALID_TOKEN');
  });
});
