import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../core/authz/actor.js';
import { mutation } from '../../core/mutation.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';
import { loadUserActor } from '../auth/actor-loader.js';
import { extendClock, pauseClock, resumeClock, startClock, stopClock } from './clock.service.js';

/** Today is 2024-11-20 (Wednesday) in these tests. */
describe.skipIf(pgMissing())('statutory clocks', () => {
  let s: TestServer;
  let clerk: RequestContext;
  let clockId: string;
  const q = () => s.deps.db.kysely;
  const ctxOf = async (username: string): Promise<RequestContext> => {
    const u = await q()
      .selectFrom('users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    return { actor: await loadUserActor(q(), u.id), ip: null, userAgent: null, requestId: 'test' };
  };
  const events = (action: string) =>
    q()
      .selectFrom('auditEvents')
      .selectAll()
      .where('action', '=', action)
      .where('targetId', '=', clockId)
      .execute();

  beforeAll(async () => {
    s = await startTestServer();
    clerk = await ctxOf('clerk');
  });
  afterAll(() => s?.close());

  it('starts a clock with its due date and an audit event citing the basis', async () => {
    const town = await q()
      .selectFrom('orgs')
      .select('id')
      .where('code', '=', '330282109000')
      .executeTakeFirstOrThrow();
    const clock = await mutation(s.deps, clerk, (m) =>
      startClock(m, {
        orgId: town.id,
        subjectType: 'test_case',
        subjectId: 'c1',
        purpose: 'test.reply',
        startDate: '2024-11-01',
        limitDays: 10,
        unit: 'working',
        basis: '《政府信息公开条例》第三十三条',
      }),
    );
    clockId = clock.id;
    expect(clock).toMatchObject({ dueDate: '2024-11-15', provisional: 0, state: 'running' });
    const [e] = await events('clock.clock.started');
    expect(e).toMatchObject({
      basis: '《政府信息公开条例》第三十三条',
      actorName: 'clerk',
      targetType: 'clock',
    });
  });

  it('pauses for 补正; the view counts the open pause as if it ended today', async () => {
    const paused = await mutation(s.deps, clerk, (m) =>
      pauseClock(m, clerk, clockId, {
        reason: 'correction',
        on: '2024-11-05',
        basis: '《政府信息公开条例》第三十条',
      }),
    );
    expect(paused.state).toBe('paused');
    const [e] = await events('clock.clock.paused');
    expect(e?.basis).toBe('《政府信息公开条例》第三十条');
    expect(JSON.parse(e!.meta!)).toMatchObject({
      reason: 'correction',
      reasonLabel: '补正',
      fromDate: '2024-11-05',
    });

    const c = await s.as('clerk');
    const view = await c.get(`/api/v1/clocks/${clockId}`);
    expect(view.status).toBe(200);
    // 2 working days counted before the pause; 11-06..11-20 paused; 8 more from 11-21.
    expect(view.json).toMatchObject({
      state: 'paused',
      status: 'paused',
      statusLabel: '已暂停',
      dueDate: '2024-12-02',
      baseDueDate: '2024-12-02',
    });
    expect(view.json.pauses).toEqual([
      expect.objectContaining({
        reason: 'correction',
        reasonLabel: '补正',
        fromDate: '2024-11-05',
        toDate: null,
      }),
    ]);
    expect(view.json.explanation).toContainEqual(
      expect.objectContaining({
        kind: 'paused',
        date: '2024-11-06',
        note: expect.stringContaining('补正'),
      }),
    );
    expect(view.json.abilities).toEqual({ extend: false });
  });

  it('refuses a second pause and resuming an unpaused clock', async () => {
    await expect(
      mutation(s.deps, clerk, (m) =>
        pauseClock(m, clerk, clockId, { reason: 'other', on: '2024-11-06' }),
      ),
    ).rejects.toMatchObject({ status: 409 });
  });

  it('resumes and adds the paused working days back', async () => {
    const resumed = await mutation(s.deps, clerk, (m) =>
      resumeClock(m, clerk, clockId, { on: '2024-11-08' }),
    );
    // 11-06, 11-07, 11-08 paused: 3 working days on top of 11-15.
    expect(resumed).toMatchObject({ state: 'running', dueDate: '2024-11-20' });
    const [e] = await events('clock.clock.resumed');
    expect(JSON.parse(e!.changes!)).toMatchObject({
      state: { before: 'paused', after: 'running' },
    });
    await expect(
      mutation(s.deps, clerk, (m) => resumeClock(m, clerk, clockId, { on: '2024-11-09' })),
    ).rejects.toMatchObject({ status: 409 });

    const view = await (await s.as('clerk')).get(`/api/v1/clocks/${clockId}`);
    expect(view.json).toMatchObject({ status: 'due_soon', daysLeft: 0, dueDate: '2024-11-20' });
    expect(view.json.summary).toContain('因补正暂停3天（补足3个工作日）');
    // One sentence for popovers and letters: the skipped days, the pause, then the articles.
    expect(view.json.explained).toContain('因补正暂停3天（补足3个工作日）');
    expect(view.json.explained).toContain('截止日为2024年11月20日');
    expect(view.json.explained).toMatch(/依据：.*第二百零一条/);
  });

  it('refuses an extension without clock.extend, in the service and the API', async () => {
    await expect(
      mutation(s.deps, clerk, (m) =>
        extendClock(m, clerk, clockId, {
          days: 5,
          reason: '情况复杂',
          basis: '第三十三条第二款',
          on: '2024-11-20',
        }),
      ),
    ).rejects.toMatchObject({ status: 403 });
    const reviewer = await s.as('reviewer');
    const res = await reviewer.post(`/api/v1/clocks/${clockId}/extend`, {
      days: 5,
      reason: '情况复杂',
      basis: '第三十三条第二款',
    });
    expect(res.status).toBe(403);
    expect((await q().selectFrom('clockExtensions').selectAll().execute()).length).toBe(0);
  });

  it('extends through the API for the town head, one way, recorded with reason and basis', async () => {
    const head = await s.as('head');
    expect((await head.get(`/api/v1/clocks/${clockId}`)).json.abilities).toEqual({ extend: true });
    const bad = await head.post(`/api/v1/clocks/${clockId}/extend`, {
      days: 0,
      reason: '情况复杂',
      basis: '第三十三条第二款',
    });
    expect(bad.status).toBe(400);
    const res = await head.post(`/api/v1/clocks/${clockId}/extend`, {
      days: 5,
      reason: '需调取档案，情况复杂',
      basis: '《政府信息公开条例》第三十三条第二款',
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      extensionDays: 5,
      baseDueDate: '2024-11-20',
      dueDate: '2024-11-27',
      status: 'on_track',
      daysLeft: 5,
    });
    expect(res.json.extensions).toEqual([
      expect.objectContaining({
        days: 5,
        approvedBy: '陈镇长',
        basis: '《政府信息公开条例》第三十三条第二款',
      }),
    ]);
    expect(res.json.explanation).toContainEqual(
      expect.objectContaining({ kind: 'extension', date: '2024-11-20' }),
    );
    const [e] = await events('clock.clock.extended');
    expect(e).toMatchObject({ actorName: 'head', basis: '《政府信息公开条例》第三十三条第二款' });
    expect(JSON.parse(e!.changes!)).toEqual({
      extensionDays: { before: 0, after: 5 },
      dueDate: { before: '2024-11-20', after: '2024-11-27' },
    });
  });

  it('refuses to extend a clock owned by a module (422 with code and basis) and writes nothing', async () => {
    const town = await q()
      .selectFrom('orgs')
      .select('id')
      .where('code', '=', '330282109000')
      .executeTakeFirstOrThrow();
    const owned = await mutation(s.deps, clerk, (m) =>
      startClock(m, {
        orgId: town.id,
        subjectType: 'disclosure_request',
        subjectId: 'r1',
        purpose: 'disclosure.reply',
        startDate: '2024-11-01',
        limitDays: 20,
        unit: 'working',
        basis: '《政府信息公开条例》第三十三条第二款',
      }),
    );
    const head = await s.as('head');
    expect((await head.get(`/api/v1/clocks/${owned.id}`)).json.abilities).toEqual({
      extend: false,
    });
    const res = await head.post(`/api/v1/clocks/${owned.id}/extend`, {
      days: 365,
      reason: '情况复杂需要时间',
      basis: '《政府信息公开条例》第三十三条第二款',
    });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe('CLOCK_OWNED_BY_MODULE');
    expect(res.json.error.message).toContain('依申请公开');
    expect(res.json.error.details.basis).toContain('第三十三条第二款');
    expect(
      await q().selectFrom('clockExtensions').selectAll().where('clockId', '=', owned.id).execute(),
    ).toEqual([]);
    expect(
      (
        await q()
          .selectFrom('clocks')
          .select('dueDate')
          .where('id', '=', owned.id)
          .executeTakeFirstOrThrow()
      ).dueDate,
    ).toBe(owned.dueDate);
  });

  it('hides the clock outside the caller’s scope and from the public', async () => {
    expect((await (await s.as('cadre')).get(`/api/v1/clocks/${clockId}`)).status).toBe(404);
    expect(
      (
        await (
          await s.as('cadre')
        ).post(`/api/v1/clocks/${clockId}/extend`, {
          days: 1,
          reason: '测试理由',
          basis: '测试依据',
        })
      ).status,
    ).toBe(403);
    expect((await (await s.as('citizen')).get(`/api/v1/clocks/${clockId}`)).status).toBe(403);
    expect((await s.client().get(`/api/v1/clocks/${clockId}`)).status).toBe(401);
    expect(
      (await (await s.as('clerk')).get('/api/v1/clocks/0193a1b2-0000-7000-8000-000000000000'))
        .status,
    ).toBe(404);
  });

  it('stops the clock; a stopped clock cannot be extended', async () => {
    const stopped = await mutation(s.deps, clerk, (m) =>
      stopClock(m, clerk, clockId, { on: '2024-11-20' }),
    );
    expect(stopped).toMatchObject({ state: 'stopped', stoppedOn: '2024-11-20' });
    const [e] = await events('clock.clock.stopped');
    expect(JSON.parse(e!.meta!)).toMatchObject({ stoppedOn: '2024-11-20', inTime: true });
    const head = await s.as('head');
    const view = await head.get(`/api/v1/clocks/${clockId}`);
    expect(view.json).toMatchObject({
      status: 'stopped',
      daysLeft: null,
      abilities: { extend: false },
    });
    const res = await head.post(`/api/v1/clocks/${clockId}/extend`, {
      days: 5,
      reason: '需调取档案',
      basis: '第三十三条第二款',
    });
    expect(res.status).toBe(422);
  });
});
