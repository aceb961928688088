import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgMissing, startTestServer, type TestServer } from './test/test-env.js';

describe.skipIf(pgMissing())('HTTP surface: operations, docs and errors', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ env: { FAZHI_BODY_LIMIT_KB: '8' } });
  });
  afterAll(() => s?.close());

  it('answers liveness and readiness (which touches the database)', async () => {
    const c = s.client();
    expect((await c.get('/healthz')).json).toEqual({ status: 'ok' });
    const ready = await c.get('/readyz');
    expect(ready.json.status).toBe('ready');
    expect(ready.json.database).toBe(process.env.FAZHI_TEST_DB === 'pg' ? 'pg' : 'sqlite');
  });

  it('publishes the OpenAPI description at /api/docs', async () => {
    const c = s.client();
    const ui = await c.get('/api/docs/');
    expect(ui.status).toBe(200);
    const spec = await c.get('/api/docs/json');
    expect(spec.json.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.json.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/users',
        '/api/v1/audit/events',
        '/api/v1/search',
      ]),
    );
    expect(spec.json.paths['/api/v1/auth/login'].post.requestBody).toBeTruthy();
  });

  it('answers an unknown API route with a JSON 404 in Chinese', async () => {
    const res = await s.client().get('/api/v1/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.json.error).toMatchObject({ code: 'NOT_FOUND', details: null });
    expect(res.json.error.message).toContain('接口不存在');
  });

  it('refuses oversize bodies and wrong content types with 4xx JSON, not 500', async () => {
    const c = s.client();
    const big = await c.post('/api/v1/auth/login', { username: 'x'.repeat(20_000), password: 'y' });
    expect(big.status).toBe(413);
    expect(big.json.error.message).toBe('请求体过大');
    const xml = await c.request('POST', '/api/v1/auth/login', '<login/>', {
      'content-type': 'application/xml',
    });
    expect(xml.status).toBe(415);
    expect(xml.json.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const wrongType = await c.post('/api/v1/auth/login', { username: 123, password: ['a'] });
    expect(wrongType.status).toBe(400);
    expect(wrongType.json.error.details.map((d: { path: string }) => d.path)).toEqual([
      'body.username',
      'body.password',
    ]);
  });

  it('answers protected routes without a session with 401 JSON', async () => {
    const res = await s.client().get('/api/v1/users');
    expect(res.status).toBe(401);
    expect(res.json.error).toMatchObject({ code: 'UNAUTHENTICATED', message: '请先登录' });
  });
});
