import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

describe.skipIf(pgMissing())('sign-in and sessions', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s?.close());

  it('signs in with username and password and returns the user and a CSRF token', async () => {
    const c = s.client();
    const res = await c.login('reviewer', 'Demo@2024');
    expect(res.status).toBe(200);
    expect(res.json.stage).toBe('active');
    expect(res.json.user.username).toBe('reviewer');
    expect(res.json.user.roles).toEqual([{ key: 'legal_reviewer', name: '法治审查员' }]);
    expect(res.json.csrfToken).toMatch(/^[\w-]{20,}$/);
    const cookie = res.headers.getSetCookie().join(';');
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await c.get('/api/v1/auth/me');
    expect(me.status).toBe(200);
    expect(me.json.user.org.name).toBe('党建综合办公室');
  });

  it('answers bad credentials with 401 JSON in Chinese', async () => {
    const res = await s.client().login('reviewer', 'wrong-password');
    expect(res.status).toBe(401);
    expect(res.json.error.code).toBe('INVALID_CREDENTIALS');
    expect(res.json.error.message).toContain('用户名或密码错误');
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const c = await s.as('clerk');
    const res = await c.post('/api/v1/auth/logout', {}, { 'x-csrf-token': 'forged' });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('CSRF_FAILED');
  });

  it('rejects malformed JSON with a 400 and a Chinese message', async () => {
    const res = await s.client().request('POST', '/api/v1/auth/login', '{"username":', {
      'content-type': 'application/json',
    });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('INVALID_JSON');
  });

  it('rejects unknown fields', async () => {
    const res = await s
      .client()
      .post('/api/v1/auth/login', { username: 'a', password: 'b', extra: 1 });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('VALIDATION_FAILED');
  });
});
