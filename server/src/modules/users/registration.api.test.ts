import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin } from '../../test/admin-login.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

describe.skipIf(pgMissing())('citizens register with phone and name', () => {
  let s: TestServer;
  const lastSms = async (phone: string) =>
    (
      await s.deps.db.kysely
        .selectFrom('smsOutbox')
        .select('text')
        .where('phone', '=', phone)
        .orderBy('createdAt', 'desc')
        .executeTakeFirstOrThrow()
    ).text;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s?.close());

  it('sends a code through the SMS gateway and creates a 公众 account that is signed in', async () => {
    const c = s.client();
    const sent = await c.post('/api/v1/auth/register/code', { phone: '13900001111' });
    expect(sent.status).toBe(202);
    const code = /验证码为 (\d{6})/.exec(await lastSms('13900001111'))![1]!;
    const wrong = await c.post('/api/v1/auth/register', {
      phone: '13900001111',
      displayName: '张三',
      password: 'Citizen#2024',
      code: code === '000000' ? '111111' : '000000',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.code).toBe('CODE_INVALID');
    const res = await c.post('/api/v1/auth/register', {
      phone: '13900001111',
      displayName: '张三',
      password: 'Citizen#2024',
      code,
    });
    expect(res.status).toBe(201);
    expect(res.json.user.roles).toEqual([{ key: 'public', name: '公众' }]);
    expect(res.json.user.org.name).toBe('桥头镇');
    expect((await c.get('/api/v1/auth/me')).status).toBe(200);
    expect((await c.get('/api/v1/users')).status).toBe(403);
  });

  it('gives the account a generated username, never the phone number, and lets the citizen sign in with either', async () => {
    const row = await s.deps.db.kysely
      .selectFrom('users')
      .select(['username', 'phoneEnc'])
      .where('displayName', '=', '张三')
      .executeTakeFirstOrThrow();
    expect(row.username).toMatch(/^u[0-9a-z]{10}$/);
    expect(row.phoneEnc).not.toContain('13900001111');
    expect((await s.client().login('13900001111', 'Citizen#2024')).status).toBe(200);
    expect((await s.client().login(row.username, 'Citizen#2024')).status).toBe(200);
    const { client: sec } = await asAdmin(s, 'secadmin');
    const listed = await sec.get('/api/v1/users?q=张三');
    expect(JSON.stringify(listed.json)).not.toContain('13900001111');
    const trail = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select(['actorName', 'targetId'])
      .execute();
    expect(JSON.stringify(trail)).not.toContain('13900001111');
  });

  it('does not tell a stranger whether a number is registered: the code is checked first', async () => {
    s.time.advanceMinutes(2);
    const known = await s.client().post('/api/v1/auth/register/code', { phone: '13900001111' });
    const unknown = await s.client().post('/api/v1/auth/register/code', { phone: '13900003333' });
    expect(known.status).toBe(unknown.status);
    expect(known.json).toEqual(unknown.json);
    expect(await lastSms('13900001111')).toContain('已注册');
    const guess = await s.client().post('/api/v1/auth/register', {
      phone: '13900001111',
      displayName: '李四',
      password: 'Stranger#2024',
      code: '123456',
    });
    expect(guess.status).toBe(400);
    expect(guess.json.error.code).not.toBe('ALREADY_REGISTERED');
  });

  it('throttles repeated code requests atomically and rejects a bad phone number in Chinese', async () => {
    const burst = await Promise.all(
      Array.from({ length: 8 }, () =>
        s.client().post('/api/v1/auth/register/code', { phone: '13900002222' }),
      ),
    );
    expect(burst.filter((r) => r.status === 202)).toHaveLength(1);
    expect(burst.filter((r) => r.status === 429)).toHaveLength(7);
    expect(burst.find((r) => r.status === 429)!.json.error.message).toContain('60 秒');
    const sent = await s.deps.db.kysely
      .selectFrom('smsOutbox')
      .select('id')
      .where('phone', '=', '13900002222')
      .execute();
    expect(sent).toHaveLength(1);
    expect(
      await s.deps.db.kysely
        .selectFrom('auditEvents')
        .select('id')
        .where('action', '=', 'auth.sms.throttled')
        .execute(),
    ).toHaveLength(1);
    const bad = await s.client().post('/api/v1/auth/register/code', { phone: '12345' });
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toContain('手机号格式有误');
  });
});
