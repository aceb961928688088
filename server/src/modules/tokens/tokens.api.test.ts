import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin, totpCode } from '../../test/admin-login.js';
import { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

describe.skipIf(pgMissing())('API tokens for machine clients', () => {
  let s: TestServer;
  let secSecret = '';
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s?.close());

  it('issues a limited token that works as Bearer without CSRF, and stops working when revoked', async () => {
    const { client: sec, secret } = await asAdmin(s, 'secadmin');
    secSecret = secret;
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

  it('judges the expiry date by the Shanghai day: near midnight UTC, "today" is already tomorrow', async () => {
    // 2024-11-20 17:30 UTC is 2024-11-21 01:30 in Shanghai: a token expiring on the 21st would expire today.
    s.time.set('2024-11-20T17:30:00Z');
    const sec = s.client();
    expect((await sec.login('secadmin', 'Demo@2024', totpCode(secSecret, s.time.now()))).status).toBe(200);
    const sameDay = await sec.post('/api/v1/tokens', { name: '当日到期', permissions: ['org.read'], expiresAt: '2024-11-21' });
    expect(sameDay.status).toBe(400);
    expect(sameDay.json.error).toMatchObject({ code: 'BAD_EXPIRY', message: '有效期须晚于今天' });
    const nextDay = await sec.post('/api/v1/tokens', { name: '次日到期', permissions: ['org.read'], expiresAt: '2024-11-22' });
    expect(nextDay.status, JSON.stringify(nextDay.json)).toBe(201);
  });
});
