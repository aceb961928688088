import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

describe.skipIf(pgMissing())('citizens register with phone and name', () => {
  let s: TestServer;
  const lastSms = async (phone: string) =>
    (await s.deps.db.kysely.selectFrom('smsOutbox').select('text').where('phone', '=', phone).orderBy('createdAt', 'desc').executeTakeFirstOrThrow()).text;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s?.close());

  it('sends a code through the SMS gateway and creates a 公众 account that is signed in', async () => {
    const c = s.client();
    const sent = await c.post('/api/v1/auth/register/code', { phone: '13900001111' });
    expect(sent.status).toBe(202);
    const code = /验证码为 (\d{6})/.exec(await lastSms('13900001111'))![1]!;
    const wrong = await c.post('/api/v1/auth/register', { phone: '13900001111', displayName: '张三', password: 'Citizen#2024', code: code === '000000' ? '111111' : '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.code).toBe('CODE_INVALID');
    const res = await c.post('/api/v1/auth/register', { phone: '13900001111', displayName: '张三', password: 'Citizen#2024', code });
    expect(res.status).toBe(201);
    expect(res.json.user.roles).toEqual([{ key: 'public', name: '公众' }]);
    expect(res.json.user.org.name).toBe('桥头镇');
    expect((await c.get('/api/v1/auth/me')).status).toBe(200);
    expect((await c.get('/api/v1/users')).status).toBe(403);
    const again = await s.client().post('/api/v1/auth/register', { phone: '13900001111', displayName: '张三', password: 'Citizen#2024', code });
    expect(again.status).toBe(409);
  });

  it('throttles repeated code requests and rejects a bad phone number in Chinese', async () => {
    const c = s.client();
    expect((await c.post('/api/v1/auth/register/code', { phone: '13900002222' })).status).toBe(202);
    const soon = await c.post('/api/v1/auth/register/code', { phone: '13900002222' });
    expect(soon.status).toBe(429);
    expect(soon.json.error.message).toContain('60 秒');
    const bad = await c.post('/api/v1/auth/register/code', { phone: '12345' });
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toContain('手机号格式有误');
  });
});
