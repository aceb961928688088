import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../../test/test-env.js';

interface Task {
  id: string;
  module: string;
  kind: string;
  title: string;
  link: string;
  clockId: string | null;
  dueDate: string | null;
  assigneeRole: string | null;
}

/**
 * 我的待办 for legal aid's periods (《法律援助法》第四十三条、第四十九条): each clock puts its period in the
 * town's 窗口人员' inbox, the step that satisfies it takes it out, and the home page counts it.
 */
describe.skipIf(pgMissing())('legal aid periods in 我的待办', () => {
  let s: TestServer;
  let window: TestClient;

  beforeAll(async () => {
    s = await startTestServer({ now: '2025-03-03T02:00:00Z' });
    window = await s.as('window');
  });
  afterAll(() => s?.close());

  const step = async (id: string, path: string, body: unknown) => {
    const res = await window.post(`/api/v1/legal-services/aid/${id}/${path}`, body);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return res.json;
  };
  const apply = async (over: Record<string, unknown>) => {
    const res = await window.post('/api/v1/legal-services/aid', {
      applicantName: '黄建军',
      matter: 'a31_labour',
      summary: '被拖欠劳动报酬。',
      meansMethod: 'pledge',
      pledgeSigned: true,
      ...over,
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    return res.json as { id: string; appNo: string };
  };
  const inbox = async (id: string) => {
    const res = await window.get('/api/v1/inbox?pageSize=100');
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return (res.json.items as Task[]).filter((t) => t.link === `/legal-services/aid/${id}`);
  };
  const statusOf = async (taskId: string) =>
    (
      await s.deps.db.kysely
        .selectFrom('tasks')
        .select('status')
        .where('id', '=', taskId)
        .executeTakeFirstOrThrow()
    ).status;

  it('opens the decision task on forwarding, then the assignment task, each closed by its step', async () => {
    const a = await apply({});
    expect(await inbox(a.id)).toEqual([]);

    const fwd = await step(a.id, 'forward', {
      centre: '慈溪市法律援助中心',
      forwardedOn: '2025-03-03',
    });
    const [decision] = await inbox(a.id);
    expect(decision).toMatchObject({
      module: 'legal-services',
      kind: 'legal-services.legal_aid.decision',
      title: `法律援助决定期限：${a.appNo}`,
      clockId: fwd.decisionClock.id,
      dueDate: '2025-03-10',
      assigneeRole: 'window_clerk',
    });
    const home = await window.get('/api/v1/home');
    expect(
      (home.json.modules as { module: string }[]).find((m) => m.module === 'legal-services'),
    ).toMatchObject({ label: '公共法律服务', path: '/legal-services/aid', open: 1 });

    const granted = await step(a.id, 'grant', { decidedOn: '2025-03-03' });
    expect(await statusOf(decision!.id)).toBe('done');
    const [assignment] = await inbox(a.id);
    expect(assignment).toMatchObject({
      kind: 'legal-services.legal_aid.assignment',
      title: `指派承办人员期限：${a.appNo}`,
      clockId: granted.assignClock.id,
      dueDate: '2025-03-06',
      assigneeRole: 'window_clerk',
    });

    await step(a.id, 'assign', {
      assignedOn: '2025-03-03',
      lawyerName: '傅律师',
      lawyerFirm: '浙江上林律师事务所',
    });
    expect(await statusOf(assignment!.id)).toBe('done');
    expect(await inbox(a.id)).toEqual([]);
  });

  it('opens the objection task and closes it with the review decision', async () => {
    const a = await apply({
      matter: 'a32_abuse',
      meansMethod: 'not_required',
      pledgeSigned: false,
    });
    await step(a.id, 'forward', { centre: '慈溪市法律援助中心', forwardedOn: '2025-03-03' });
    await step(a.id, 'refuse', { decidedOn: '2025-03-03', reason: '不属于法律援助事项范围' });
    expect(await inbox(a.id)).toEqual([]);

    const obj = await step(a.id, 'object', { objectedOn: '2025-03-03' });
    const [objection] = await inbox(a.id);
    expect(objection).toMatchObject({
      kind: 'legal-services.legal_aid.objection',
      title: `异议审查期限：${a.appNo}`,
      clockId: obj.objectionClock.id,
      dueDate: '2025-03-10',
      assigneeRole: 'window_clerk',
    });

    await step(a.id, 'decide-objection', {
      decidedOn: '2025-03-03',
      upheld: false,
      note: '不属于法律援助事项范围，维持原决定',
    });
    expect(await statusOf(objection!.id)).toBe('done');
    expect(await inbox(a.id)).toEqual([]);
  });
});
