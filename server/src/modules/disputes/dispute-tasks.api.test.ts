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
  assigneeRole: string | null;
}

/**
 * 我的待办 for a dispute's periods: 受理 puts the mediation period in the 调解员' inbox on its clock (an
 * agreed extension moves its due date), the conclusion takes it out, and the home page counts it; the
 * 信访 受理告知 period goes the same way.
 */
describe.skipIf(pgMissing())('dispute periods in 我的待办', () => {
  let s: TestServer;
  let mediator: TestClient;

  beforeAll(async () => {
    s = await startTestServer({ now: '2025-03-03T01:00:00Z' });
    mediator = await s.as('mediator');
  });
  afterAll(() => s?.close());

  const ok = async (id: string, path: string, body: unknown = {}) => {
    const res = await mediator.post(`/api/v1/disputes/${id}/${path}`, body);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return res.json;
  };
  const inbox = async (id: string) => {
    const res = await mediator.get('/api/v1/inbox?pageSize=100');
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return (res.json.items as Task[]).filter((t) => t.link === `/disputes/${id}`);
  };

  const statusOf = async (taskId: string) =>
    (
      await s.deps.db.kysely
        .selectFrom('tasks')
        .select('status')
        .where('id', '=', taskId)
        .executeTakeFirstOrThrow()
    ).status;

  it('opens the mediation task on acceptance and closes it when the mediation concludes', async () => {
    const created = await mediator.post('/api/v1/disputes', {
      channel: 'court',
      channelRef: '（2025）浙0282民诉前调201号',
      category: 'contract',
      title: '加工合同款纠纷',
      facts: '申请人为被申请人加工鞋底，被申请人尚欠加工款二万元。',
      parties: [
        { role: 'applicant', name: '王五', idNumber: '330282198801011236', phone: '13805741111' },
        { role: 'respondent', name: '赵六', idNumber: '330282199002021238', phone: '13905742222' },
      ],
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const id = created.json.id as string;
    await ok(id, 'route', {
      handlerKind: 'town_committee',
      handlerName: '桥头镇人民调解委员会',
      mediatorName: '吴调解',
    });
    expect(await inbox(id)).toEqual([]);

    const accepted = await ok(id, 'accept');
    const [task] = await inbox(id);
    expect(task).toMatchObject({
      module: 'disputes',
      kind: 'disputes.mediation',
      title: '诉前调解期限：加工合同款纠纷',
      clockId: accepted.clocks[0].id,
      dueDate: '2025-04-02',
      assigneeRole: 'mediator',
    });
    const home = await mediator.get('/api/v1/home');
    expect(
      (home.json.modules as { module: string }[]).find((m) => m.module === 'disputes'),
    ).toMatchObject({ label: '矛盾纠纷调解', path: '/disputes', open: 1 });

    await ok(id, 'extend', { days: 15, bothConsent: true, reason: '双方需对账' });
    expect((await inbox(id)).map((t) => t.dueDate)).toEqual(['2025-04-17']);

    await ok(id, 'sessions', {
      place: '桥头镇诉前调解工作室',
      attendees: '双方当事人、调解员吴调解',
      summary: '双方核对账目，被申请人认可欠款数额。',
    });
    await ok(id, 'agree', {
      responsibilities: '被申请人未按约付款，应承担违约责任。',
      terms: '被申请人支付加工款二万元。',
      performance: '2025年3月31日前付清。',
    });
    expect(await statusOf(task!.id)).toBe('done');
    expect((await inbox(id)).filter((t) => t.kind === 'disputes.mediation')).toEqual([]);

    // The 司法确认 window (人民调解法 第三十三条) is the parties' right: no task for it.
    expect(await inbox(id)).toEqual([]);
  });

  it('opens the 信访 受理告知 task on registration and closes it on acceptance', async () => {
    const created = await mediator.post('/api/v1/disputes', {
      channel: 'petition_letter',
      channelRef: '慈信〔2025〕31号',
      category: 'land',
      title: '承包地边界信访',
      facts: '来信反映相邻承包地边界被占用。',
      parties: [
        { role: 'applicant', name: '陈六', address: '桥头村' },
        { role: 'respondent', name: '周七', address: '桥头村' },
      ],
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const id = created.json.id as string;
    const [acceptance] = await inbox(id);
    expect(acceptance).toMatchObject({
      module: 'disputes',
      kind: 'disputes.acceptance',
      title: '信访受理告知期限：承包地边界信访',
      clockId: created.json.clocks[0].id,
      dueDate: '2025-03-18',
      assigneeRole: 'mediator',
    });

    await ok(id, 'route', { handlerKind: 'town_committee', handlerName: '桥头镇人民调解委员会' });
    await ok(id, 'accept');
    expect(await statusOf(acceptance!.id)).toBe('done');
    expect((await inbox(id)).map((t) => t.kind)).toEqual(['disputes.mediation']);
  });
});
