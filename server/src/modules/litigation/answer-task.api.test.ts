import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

interface Task {
  id: string;
  module: string;
  kind: string;
  title: string;
  link: string;
  clockId: string | null;
  dueDate: string | null;
  assigneeUserId: string | null;
}

/**
 * 我的待办 for the answer period (行政诉讼法 第六十七条): registering a case puts the 答辩 in the
 * registrant's inbox on its clock, filing the answer takes it out, and the home page counts it, as does the
 * 上诉答辩 after the other party appeals.
 */
describe.skipIf(pgMissing())('litigation answer periods in 我的待办', () => {
  let s: TestServer;
  let clerk: TestClient;

  beforeAll(async () => {
    s = await startTestServer();
    s.time.set('2025-03-05T02:00:00Z');
    clerk = await s.as('clerk');
  });
  afterAll(() => s?.close());

  const inbox = async (id: string) => {
    const res = await clerk.get('/api/v1/inbox?pageSize=100');
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return (res.json.items as Task[]).filter((t) => t.link === `/litigation/cases/${id}`);
  };
  const ok = async (id: string, path: string, body: unknown) => {
    const res = await clerk.post(`/api/v1/litigation/cases/${id}/${path}`, body);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return res.json;
  };

  it('opens the answer task on registration and closes it when the answer is filed', async () => {
    const res = await clerk.post('/api/v1/litigation/cases', {
      kind: 'litigation',
      caseNo: '（2025）浙0282行初9号',
      title: '不服责令停止违法行为决定',
      claimantName: '钱七',
      claimantIsPerson: true,
      reviewBody: '慈溪市人民法院',
      receivedOn: '2025-03-03',
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    const c = res.json;
    const me = (await clerk.get('/api/v1/auth/me')).json;
    const [task] = await inbox(c.id);
    expect(task).toMatchObject({
      module: 'litigation',
      kind: 'litigation.answer',
      clockId: c.answerClock.id,
      dueDate: '2025-03-18',
      assigneeUserId: me.user?.id ?? me.id,
    });
    expect(task!.title).toBe('答辩期限：不服责令停止违法行为决定');
    const home = await clerk.get('/api/v1/home');
    expect(
      (home.json.modules as { module: string }[]).find((m) => m.module === 'litigation'),
    ).toMatchObject({ label: '复议应诉', path: '/litigation/cases', open: 1 });

    await ok(c.id, 'consult', {
      heldOn: '2025-03-04',
      attendees: ['王副镇长（分管领导）', '周律师（法律顾问）'],
      analysis: '决定事实清楚、程序合法。',
      decision: '按期答辩。',
    });
    await ok(c.id, 'answer', { filedOn: '2025-03-05' });
    const row = await s.deps.db.kysely
      .selectFrom('tasks')
      .select('status')
      .where('id', '=', task!.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('done');
    expect(await inbox(c.id)).toEqual([]);

    // 行政诉讼法 第八十五条: the 上诉期限 has a clock but no task (accepting the judgment records no step).
    await ok(c.id, 'conclude', {
      outcome: 'revoked',
      decisionForm: 'judgment',
      servedOn: '2025-03-05',
    });
    expect(await inbox(c.id)).toEqual([]);

    // The other party appeals: the 上诉答辩 is in the same person's inbox.
    const appealed = await ok(c.id, 'appeal', { by: 'other', on: '2025-03-05' });
    expect(await inbox(c.id)).toEqual([
      expect.objectContaining({
        kind: 'litigation.answer',
        title: '上诉答辩期限：不服责令停止违法行为决定',
        clockId: appealed.answerClock.id,
        assigneeUserId: task!.assigneeUserId,
      }),
    ]);
  });
});
