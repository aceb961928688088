import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enforcementTeam } from '../../test/enforcement-team.js';
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
 * 我的待办 for a case's statutory periods: the step that opens a period's clock puts it in the
 * officers' inbox (行政处罚法 第六十条 作出决定, 第六十一条 送达 …), the step that satisfies it takes it out,
 * and the home page counts them under 行政执法.
 */
describe.skipIf(pgMissing())('enforcement case periods in 我的待办', () => {
  let s: TestServer;
  let officer: TestClient;
  let head: TestClient;
  const officerIds: string[] = [];
  let entrustmentId: string;

  const at = async (iso: string) => {
    s.time.set(iso);
    [officer, head] = [await s.as('officer'), await s.as('head')];
  };
  const ok = async (id: string, path: string, body: unknown = {}, who = officer) => {
    const res = await who.post(`/api/v1/enforcement/cases/${id}/${path}`, body);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return res.json as { clocks: { id: string; purpose: string; dueDate: string }[] };
  };
  const inbox = async (caseId: string) => {
    const res = await officer.get('/api/v1/inbox?pageSize=100');
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return (res.json.items as Task[]).filter((t) => t.link === `/enforcement/cases/${caseId}`);
  };
  const statusOf = async (taskId: string) =>
    (
      await s.deps.db.kysely
        .selectFrom('tasks')
        .select('status')
        .where('id', '=', taskId)
        .executeTakeFirstOrThrow()
    ).status;

  const newCase = async () => {
    const res = await officer.post('/api/v1/enforcement/cases', {
      title: '占用疏散通道',
      field: 'safety_fire',
      authorityBasis: 'entrusted',
      entrustmentId,
      partyName: '李四',
      partyKind: 'citizen',
      facts: '当事人在其经营场所内占用疏散通道。',
      officerIds,
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    return res.json.id as string;
  };

  beforeAll(async () => {
    s = await startTestServer({ now: '2024-11-20T02:00:00Z' });
    await at('2024-11-20T02:00:00Z');
    officerIds.push(
      ...(await enforcementTeam(
        s,
        officer,
        { username: 'officer-t', displayName: '孙执法' },
        { prefix: '浙33028229', fields: ['safety_fire'] },
      )),
    );
    const e = await officer.post('/api/v1/enforcement/entrustments', {
      entrustingBody: '慈溪市应急管理局',
      fields: ['safety_fire'],
      powers: '监督检查、调查取证、行政处罚',
      documentNo: '慈应急〔2023〕7号',
      startsOn: '2023-01-01',
      endsOn: '2025-12-31',
    });
    expect(e.status, JSON.stringify(e.json)).toBe(201);
    entrustmentId = e.json.id;
  });
  afterAll(() => s?.close());

  it('opens a task with each period’s clock and closes it when the step meets the period', async () => {
    const id = await newCase();
    expect(await inbox(id)).toEqual([]);

    const filed = await ok(id, 'file');
    const decisionClock = filed.clocks[0]!;
    const [decision] = await inbox(id);
    expect(decision).toMatchObject({
      module: 'enforcement',
      kind: 'enforcement.decision',
      title: '作出处罚决定期限：占用疏散通道',
      link: `/enforcement/cases/${id}`,
      clockId: decisionClock.id,
      dueDate: '2025-02-18',
      // Two officers investigate (第四十二条): the period goes to the town's 执法人员.
      assigneeRole: 'enforcement_officer',
    });

    const home = await officer.get('/api/v1/home');
    expect(home.status, JSON.stringify(home.json)).toBe(200);
    expect(
      (home.json.modules as { module: string }[]).find((m) => m.module === 'enforcement'),
    ).toMatchObject({ label: '行政执法', path: '/enforcement/cases', open: 1, overdue: 0 });

    await ok(id, 'end-investigation');
    await ok(id, 'notify', { proposedFine: 2_000, legalBasis: '《消防法》第六十条' });
    await ok(id, 'close-defence');
    await at('2024-12-02T02:00:00Z');
    await ok(id, 'decide', {
      fine: 2_000,
      penalty: '罚款',
      legalBasis: '《消防法》第六十条',
      publishable: false,
    });
    expect(await statusOf(decision!.id)).toBe('done');
    const afterDecision = await inbox(id);
    expect(afterDecision.map((t) => [t.kind, t.dueDate])).toEqual([
      ['enforcement.service', '2024-12-11'],
    ]);

    await ok(id, 'serve');
    expect(await statusOf(afterDecision[0]!.id)).toBe('done');
    expect((await inbox(id)).map((t) => [t.kind, t.dueDate])).toEqual([
      ['enforcement.payment', '2024-12-17'],
    ]);
  });

  it('gives each 先行登记保存 a task of its own, closed by its own 处理决定 (art 56)', async () => {
    await at('2024-12-23T02:00:00Z');
    const id = await newCase();
    await ok(id, 'file');
    await ok(id, 'preserve-evidence', { evidence: '过期灭火器2具' }, head);
    await at('2024-12-25T02:00:00Z');
    const second = (await ok(id, 'preserve-evidence', { evidence: '仓库内灭火器5具' }, head)) as {
      preservations?: { id: string; clockId: string }[];
    };
    const [a, b] = second.preservations!;
    const kept = (await inbox(id)).filter((t) => t.kind === 'enforcement.preservation');
    expect(kept.map((t) => [t.clockId, t.dueDate]).sort()).toEqual(
      [
        [a!.clockId, '2025-01-02'],
        [b!.clockId, '2025-01-06'],
      ].sort(),
    );

    await ok(id, 'decide-preserved', { preservationId: a!.id, outcome: 'release' }, head);
    expect(
      (await inbox(id)).filter((t) => t.kind === 'enforcement.preservation').map((t) => t.clockId),
    ).toEqual([b!.clockId]);
  });

  it('answers a client that prefers return=minimal (RFC 7240) without the page, the step still taken', async () => {
    const minimal = { prefer: 'handling=strict, return=minimal' };
    const created = await officer.post(
      '/api/v1/enforcement/cases',
      {
        title: '占用疏散通道（接口批量登记）',
        field: 'safety_fire',
        authorityBasis: 'entrusted',
        entrustmentId,
        partyName: '王五',
        partyKind: 'citizen',
        facts: '当事人在其经营场所内占用疏散通道。',
        officerIds,
      },
      minimal,
    );
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const id = created.json.id as string;
    expect(created.json).toEqual({ id });
    expect(created.headers.get('location')).toBe(`/api/v1/enforcement/cases/${id}`);
    expect(created.headers.get('preference-applied')).toBe('return=minimal');

    const filed = await officer.post(`/api/v1/enforcement/cases/${id}/file`, {}, minimal);
    expect(filed.status).toBe(204);
    expect(filed.body.length).toBe(0);
    expect(filed.headers.get('preference-applied')).toBe('return=minimal');
    const page = await officer.get(`/api/v1/enforcement/cases/${id}`);
    expect(page.json).toMatchObject({ status: 'investigating', filedOn: '2024-12-25' });
    expect((await inbox(id)).map((t) => t.kind)).toEqual(['enforcement.decision']);

    // A refused step is refused the same way, with its article.
    const again = await officer.post(`/api/v1/enforcement/cases/${id}/file`, {}, minimal);
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBeTruthy();
  });
});
