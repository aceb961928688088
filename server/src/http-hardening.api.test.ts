import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgMissing, startTestServer, type TestServer } from './test/test-env.js';

/** Security issue #8: security headers, Secure cookies, and whose X-Forwarded-For is believed. */
describe.skipIf(pgMissing())('security headers and cookies', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s?.close());

  it('sends CSP, HSTS, Referrer-Policy and nosniff on answers, errors and the API docs', async () => {
    const c = s.client();
    for (const path of [
      '/api/v1/auth/me',
      '/api/v1/no-such-route',
      '/api/docs/static/index.html',
      '/healthz',
    ]) {
      const h = (await c.get(path)).headers;
      expect(h.get('content-security-policy'), path).toContain("default-src 'self'");
      expect(h.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(h.get('content-security-policy'), path).toContain("style-src 'self' 'unsafe-inline'");
      expect(h.get('strict-transport-security'), path).toMatch(/max-age=\d+/);
      expect(h.get('referrer-policy'), path).toBe('no-referrer');
      expect(h.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('marks the session cookie Secure and HttpOnly by default', async () => {
    const res = await s.client().login('officer', 'Demo@2024');
    const cookie = res.headers.getSetCookie().find((x) => x.startsWith('fazhi_sid='))!;
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
  });
});

describe.skipIf(pgMissing())('a demo on loopback', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ env: { HOST: '127.0.0.1', FAZHI_DEMO: '1' } });
  });
  afterAll(() => s?.close());

  it('goes without Secure so http://127.0.0.1 keeps working', async () => {
    const res = await s.client().login('officer', 'Demo@2024');
    const cookie = res.headers.getSetCookie().find((x) => x.startsWith('fazhi_sid='))!;
    expect(cookie).not.toMatch(/Secure/i);
  });
});

describe.skipIf(pgMissing())('FAZHI_TRUST_PROXY=1 believes only the proxy in front', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ env: { FAZHI_TRUST_PROXY: '1' } });
  });
  afterAll(() => s?.close());

  it('takes the address the proxy appended, not one the client wrote', async () => {
    const c = s.client();
    await c.request(
      'POST',
      '/api/v1/auth/login',
      { username: 'officer', password: 'Demo@2024' },
      { 'x-forwarded-for': '6.6.6.6, 7.7.7.7' },
    );
    const rows = await s.deps.db.kysely
      .selectFrom('loginAttempts')
      .select('ip')
      .where('username', '=', 'officer')
      .execute();
    expect(rows).toEqual([{ ip: '7.7.7.7' }]);
  });
});
