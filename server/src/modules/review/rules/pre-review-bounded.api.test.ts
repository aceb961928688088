import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipBomb } from '../../../core/documents/zip-bomb.fixture.js';
import type { TestClient } from '../../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../../test/test-env.js';

const URL = '/api/v1/review/pre-review';
const N = 200_000;
const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Security issue #8: hostile pre-review input may not freeze the server. */
describe.skipIf(pgMissing())('智能预审 on hostile input', () => {
  let s: TestServer;
  let tight: TestServer;
  let busy: TestServer;
  let cadre: TestClient;

  beforeAll(async () => {
    s = await startTestServer();
    // A 1 ms budget: every pre-review on this server is stopped.
    tight = await startTestServer({
      env: { FAZHI_PRE_REVIEW_BUDGET_MS: '1', FAZHI_PRE_REVIEW_WORKERS: '1' },
    });
    // One worker and no waiting room: a pre-review that finds the worker busy is refused at once.
    busy = await startTestServer({
      env: { FAZHI_PRE_REVIEW_WORKERS: '1', FAZHI_PRE_REVIEW_QUEUE: '0' },
    });
    cadre = await s.as('cadre');
  });
  afterAll(async () => {
    await s?.close();
    await tight?.close();
    await busy?.close();
  });

  it('answers /healthz while 200 000-character digit and numeral runs are pre-reviewed, and reviews them right', async () => {
    const lease = '\n本租赁合同租赁期限为三十年，租金每年5万元。';
    const jobs = [
      cadre.post(URL, {
        kind: 'contract',
        text: `合同总价${fill('1', N - 4 - lease.length)}${lease}`,
        fields: { contractType: 'lease' },
      }),
      cadre.post(URL, { kind: 'contract', text: `合同总价${fill('壹', N - 4)}` }),
      cadre.post(URL, {
        kind: 'village_rules',
        text: `${fill('一二三四五六七八九', N - 20)}\n第五条 乱倒垃圾者罚款200元。`,
      }),
    ];
    const health = await s.client().get('/healthz');
    expect(health.status).toBe(200);
    expect(health.json).toEqual({ status: 'ok' });
    const [digits, numerals, village] = await Promise.all(jobs);
    expect(digits!.status).toBe(200);
    expect(digits!.json.hits.map((h: { ruleId: string }) => h.ruleId)).toEqual(['C1']);
    expect(numerals!.status).toBe(200);
    expect(
      village!.json.hits.map((h: { ruleId: string; clause: string }) => [h.ruleId, h.clause]),
    ).toEqual([['R1', '第五条 乱倒垃圾者罚款200元。']]);
  });

  it('answers 422 预审超时 when a pre-review runs over its budget, and keeps serving', async () => {
    const slow = await tight.as('cadre');
    const res = await slow.post(URL, {
      kind: 'village_rules',
      text: fill('第一条 本村女子外嫁后不享受集体收益分配。', N),
    });
    expect(res.status).toBe(422);
    expect(res.json.error).toMatchObject({ code: 'PRE_REVIEW_TIMEOUT', details: { budgetMs: 1 } });
    expect(res.json.error.message).toMatch(/^预审超时/);
    expect((await tight.client().get('/healthz')).status).toBe(200);
  });

  it('answers 429 PRE_REVIEW_BUSY (稍后再试) past the waiting-queue bound, and serves again after', async () => {
    const c = await busy.as('cadre');
    const body = { kind: 'contract', text: `合同总价${fill('1', N - 4)}` };
    const replies = await Promise.all(Array.from({ length: 4 }, () => c.post(URL, body)));
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((x) => x !== 200 && x !== 429)).toEqual([]);
    expect(statuses).toContain(200);
    expect(statuses).toContain(429);
    const refused = replies.find((r) => r.status === 429)!;
    expect(refused.json.error).toMatchObject({ code: 'PRE_REVIEW_BUSY', details: { queue: 0 } });
    expect(refused.json.error.message).toContain('稍后再试');
    expect((await c.post(URL, body)).status).toBe(200);
  });

  it('refuses a zip-bomb Word document with 422 instead of inflating it', async () => {
    const fd = new FormData();
    fd.append('kind', 'village_rules');
    fd.append('file', new Blob([zipBomb('word/document.xml', 300)]), '村规民约.docx');
    const res = await cadre.post(`${URL}/docx`, fd);
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe('ARCHIVE_LIMIT_EXCEEDED');
    expect(res.json.error.message).toContain('压缩炸弹');
  });

  it('pre-reviews a submitted item before the write transaction: a timeout writes nothing, a hostile text is stored with its hits', async () => {
    const slow = await tight.as('cadre');
    const draft = await slow.post('/api/v1/review/items', {
      type: 'village_rules',
      title: '上林湖村村规民约（草案）',
      text: fill('第一条 本村女子外嫁后不享受集体收益分配。', N),
    });
    expect(draft.status).toBe(201);
    const refused = await slow.post(`/api/v1/review/items/${draft.json.id}/submit`);
    expect(refused.status).toBe(422);
    expect(refused.json.error.code).toBe('PRE_REVIEW_TIMEOUT');
    expect((await slow.get(`/api/v1/review/items/${draft.json.id}`)).json.state).toBe('draft');
    const events = await tight.deps.db.kysely
      .selectFrom('auditEvents')
      .select('action')
      .where('targetId', '=', draft.json.id)
      .execute();
    expect(events.map((e) => e.action)).not.toContain('review.item.submitted');

    const text = `${fill('壹', N - 40)}\n第五条 乱倒垃圾者罚款200元。`;
    const item = await cadre.post('/api/v1/review/items', {
      type: 'village_rules',
      title: '上林湖村村规民约（草案）',
      text,
    });
    const submitted = await cadre.post(`/api/v1/review/items/${item.json.id}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.json.state).toBe('submitted');
    expect(
      submitted.json.hits.map((h: { ruleId: string; clause: string }) => [h.ruleId, h.clause]),
    ).toEqual([['R1', '第五条 乱倒垃圾者罚款200元。']]);
  });
});
