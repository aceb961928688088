import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient, TestResponse } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

const DAY = '2025-03-03';
const PHONE = '13900002222';
const TITLES = ['桥头镇老旧小区加装电梯补助办法', '桥头镇公共停车场收费方案'] as const;

/** Where the town asks for it, portal commenters verify their phone by SMS; the review item links back. */
describe.skipIf(pgMissing())(
  'decision comments verified by SMS, and the review item’s decision',
  () => {
    let s: TestServer;
    let clerk: TestClient;
    let head: TestClient;
    let anon: TestClient;
    let entries: { id: string }[];
    let openId: string;
    const ok = async (p: Promise<TestResponse>, status = 200) => {
      const res = await p;
      expect(res.status, JSON.stringify(res.json)).toBe(status);
      return res.json;
    };
    const refused = async (p: Promise<TestResponse>, status: number, code: string) => {
      const res = await p;
      expect(res.status, JSON.stringify(res.json)).toBe(status);
      expect(res.json.error.code).toBe(code);
      return res.json.error;
    };
    /** A decision of the catalogue entry, launched and drafted. */
    const drafted = async (entryId: string, title: string) => {
      const d = await ok(clerk.post('/api/v1/decisions', { entryId, proposedOn: DAY }), 201);
      await ok(
        head.post(`/api/v1/decisions/${d.id}/launch`, {
          launchedOn: DAY,
          leadOffice: '党建综合办公室',
        }),
      );
      await ok(
        clerk.post(`/api/v1/decisions/${d.id}/draft`, {
          title,
          articles: [{ text: '第一项措施。' }],
        }),
      );
      return d.id as string;
    };
    const codeSent = async (phone: string) => {
      const sms = await s.deps.db.kysely
        .selectFrom('smsOutbox')
        .select('text')
        .where('phone', '=', phone)
        .orderBy('createdAt', 'desc')
        .executeTakeFirstOrThrow();
      return /验证码为 (\d{6})/.exec(sms.text)![1]!;
    };

    beforeAll(async () => {
      s = await startTestServer();
      s.time.set(`${DAY}T02:00:00Z`);
      [clerk, head, anon] = [await s.as('clerk'), await s.as('head'), s.client()];
      const cat = await ok(clerk.post('/api/v1/decisions/catalogues', { year: 2025 }), 201);
      const entry = (title: string, procedures: string[]) =>
        ok(
          clerk.post(`/api/v1/decisions/catalogues/${cat.id}/entries`, {
            title,
            decisionBody: '桥头镇人民政府',
            leadOffice: '党建综合办公室',
            legalBasis: '《重大行政决策程序暂行条例》',
            procedures,
            plannedBy: '2025-09-30',
            affectsMarket: false,
          }),
          201,
        );
      entries = [await entry(TITLES[0], ['public_participation']), await entry(TITLES[1], [])];
      await ok(
        head.post(`/api/v1/decisions/catalogues/${cat.id}/approve`, {
          approvedOn: DAY,
          approvedBy: '镇党委会议',
        }),
      );
      await ok(clerk.post(`/api/v1/decisions/catalogues/${cat.id}/publish`, { publishedOn: DAY }));
    });
    afterAll(() => s?.close());

    it('asks for a verified phone where the town says so: no code, wrong code, reused code refused', async () => {
      const id = await drafted(entries[0]!.id, TITLES[0]);
      openId = id;
      await ok(
        clerk.post(`/api/v1/decisions/${id}/open-comment`, {
          opensOn: DAY,
          closesOn: '2025-04-01',
        }),
      );
      const url = `/api/v1/public/decisions/${id}/comments`;
      // Off by default: name and phone may be left out, and no code is sent.
      expect((await ok(anon.get(`/api/v1/public/decisions/${id}`))).commentSmsRequired).toBe(false);
      await refused(anon.post(`${url}/code`, { phone: PHONE }), 400, 'SMS_NOT_REQUIRED');
      await ok(anon.post(url, { body: '不验证也可以提出意见。' }), 201);

      const county = await s.as('county');
      await refused(
        county.put('/api/v1/decisions/settings', { commentSmsRequired: true }),
        403,
        'FORBIDDEN',
      );
      const set = await ok(clerk.put('/api/v1/decisions/settings', { commentSmsRequired: true }));
      expect(set).toMatchObject({
        commentSmsRequired: true,
        basis: expect.stringContaining('第十四条'),
      });
      expect((await ok(anon.get(`/api/v1/public/decisions/${id}`))).commentSmsRequired).toBe(true);

      const comment = { body: '建议补助向高层住户倾斜。', name: '王小明', phone: PHONE };
      await refused(anon.post(url, { body: comment.body, phone: PHONE }), 400, 'NAME_REQUIRED');
      await refused(anon.post(url, { body: comment.body, name: '王小明' }), 400, 'PHONE_REQUIRED');
      const missing = await refused(anon.post(url, comment), 400, 'CODE_REQUIRED');
      expect(missing.message).toBe('请填写短信验证码');
      await refused(anon.post(url, { ...comment, code: '123456' }), 400, 'CODE_EXPIRED');

      await ok(anon.post(`${url}/code`, { phone: PHONE }));
      const code = await codeSent(PHONE);
      const wrong = code === '000000' ? '111111' : '000000';
      const bad = await refused(anon.post(url, { ...comment, code: wrong }), 400, 'CODE_INVALID');
      expect(bad).toMatchObject({ message: '验证码不正确', details: { remainingAttempts: 4 } });
      const accepted = await ok(anon.post(url, { ...comment, code }), 201);
      // One code, one comment.
      await refused(anon.post(url, { ...comment, code }), 400, 'CODE_EXPIRED');

      const listed = await ok(clerk.get(`/api/v1/decisions/${id}/comments`));
      const mine = listed.items.find((c: { id: string }) => c.id === accepted.id);
      expect(mine).toMatchObject({ name: '王小明', phone: '139****2222', phoneVerified: true });
      expect(listed.items.find((c: { id: string }) => c.id !== accepted.id).phoneVerified).toBe(
        false,
      );
      const above = await ok(county.get(`/api/v1/decisions/${id}/comments`));
      expect(above.items.find((c: { id: string }) => c.id === accepted.id)).toMatchObject({
        name: '王*',
        phone: '139****2222',
        phoneVerified: true,
      });
      const events = await s.deps.db.kysely
        .selectFrom('auditEvents')
        .select(['action', 'meta'])
        .where('targetId', '=', id)
        .where('action', 'in', ['decisions.comment.code_sent', 'decisions.comment.submitted'])
        .execute();
      expect(events.map((e) => e.action)).toContain('decisions.comment.code_sent');
      expect(JSON.stringify(events)).not.toContain(PHONE);
    });

    it('limits codes per phone and spends a code after five wrong guesses, counted in the database', async () => {
      const id = openId;
      const url = `/api/v1/public/decisions/${id}/comments`;
      const phone = '13900003333';
      await ok(anon.post(`${url}/code`, { phone }));
      const again = await refused(anon.post(`${url}/code`, { phone }), 429, 'TOO_MANY_REQUESTS');
      expect(again.message).toBe('验证码已发送，请 60 秒后再试');
      const code = await codeSent(phone);
      const wrong = code === '000000' ? '111111' : '000000';
      const comment = { body: '意见。', name: '李四', phone };
      for (let i = 0; i < 5; i++)
        await refused(anon.post(url, { ...comment, code: wrong }), 400, 'CODE_INVALID');
      await refused(anon.post(url, { ...comment, code }), 400, 'CODE_EXPIRED');
      const counters = await s.deps.db.kysely
        .selectFrom('floodCounters')
        .selectAll()
        .where('bucket', 'like', 'decisions.comment.sms.%')
        .execute();
      expect(counters.length).toBeGreaterThan(0);
    });

    it('shows the decision on its legality-review item, within the town', async () => {
      const id = await drafted(entries[1]!.id, TITLES[1]);
      await ok(
        clerk.post(`/api/v1/decisions/${id}/withhold-participation`, {
          reason: '依法不予公开的事项',
        }),
      );
      await ok(clerk.post(`/api/v1/decisions/${id}/expert-review`, { summary: '无需专家论证。' }));
      await ok(
        clerk.post(`/api/v1/decisions/${id}/assess-risk`, {
          required: false,
          report: '无需风险评估。',
        }),
      );
      const item = await ok(
        clerk.post('/api/v1/review/items', {
          type: 'major_decision',
          title: TITLES[1],
          text: `${TITLES[1]}\n第一条 第一项措施。`,
          fields: { plannedDecisionDate: '2025-04-20' },
        }),
        201,
      );
      expect((await ok(clerk.get(`/api/v1/review/items/${item.id}`))).majorDecision).toBeNull();
      await ok(clerk.post(`/api/v1/decisions/${id}/link-legality`, { reviewItemId: item.id }));
      const detail = await ok(clerk.get(`/api/v1/review/items/${item.id}`));
      expect(detail.majorDecision).toEqual({
        id,
        title: TITLES[1],
        state: 'legality_review',
        stateLabel: '合法性审查',
      });
      expect((await ok(clerk.get(`/api/v1/decisions/${id}`))).legality.id).toBe(item.id);
    });
  },
);
