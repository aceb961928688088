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
 * 我的待办 for a dispute's mediation period: 受理 puts it in the 调解员' inbox on its clock (an agreed
 * extension moves its due date), the conclusion takes it out, and the home page counts it.
 */
describe.skipIf(pgMissing())('dispute mediation periods in 我的待办', () => {
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
    const left = await s.deps.db.kysely
      .selectFrom('tasks')
      .select('status')
      .where('id', '=', task!.id)
      .executeTakeFirstOrThrow();
    expect(left.status).toBe('done');
    expect((await inbox(id)).filter((t) => t.kind === 'disputes.mediation')).toEqual([]);
  });
});
