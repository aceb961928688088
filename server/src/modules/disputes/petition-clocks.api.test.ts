import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

/** 信访 clocks (信访工作条例 第二十三条、第三十四条) as the calendar's clock rows owned by the dispute. */
describe.skipIf(pgMissing())('信访 clocks on a dispute', () => {
  let s: TestServer;
  let mediator: TestClient;
  let head: TestClient;

  const at = async (iso: string) => {
    s.time.set(iso);
    [mediator, head] = [await s.as('mediator'), await s.as('head')];
  };
  const step = (id: string, path: string, body: unknown = {}) =>
    mediator.post(`/api/v1/disputes/${id}/${path}`, body);

  beforeAll(async () => {
    s = await startTestServer({ now: '2025-03-03T01:00:00Z' });
    await at('2025-03-03T01:00:00Z');
  });
  afterAll(() => s?.close());

  it('tells acceptance within 15 days, handles within 60, extends by 30 at most with the head approving', async () => {
    const res = await mediator.post('/api/v1/disputes', {
      channel: 'petition_letter',
      channelRef: '慈信〔2025〕12号',
      category: 'land',
      title: '承包地边界信访',
      facts: '来信反映相邻承包地边界被占用。',
      parties: [
        { role: 'applicant', name: '陈六', address: '桥头村' },
        { role: 'respondent', name: '周七', address: '桥头村' },
      ],
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    const d = res.json;
    expect(d.clocks).toHaveLength(1);
    expect(d.clocks[0]).toMatchObject({
      purpose: '信访受理告知期限',
      startDate: '2025-03-03',
      limitDays: 15,
      dueDate: '2025-03-18',
      basis: '《信访工作条例》第二十三条第二款',
    });
    // A real clock row: the /clocks popover explains it, and only the module's step may extend it.
    const acceptanceId = d.clocks[0].id;
    const view = await mediator.get(`/api/v1/clocks/${acceptanceId}`);
    expect(view.status, JSON.stringify(view.json)).toBe(200);
    expect(view.json).toMatchObject({ subjectType: 'dispute', subjectId: d.id });
    expect(view.json.explained).toContain('截止日为2025年3月18日');

    await at('2025-03-10T01:00:00Z');
    expect(
      (
        await step(d.id, 'route', {
          handlerKind: 'town_committee',
          handlerName: '桥头镇人民调解委员会',
        })
      ).status,
    ).toBe(200);
    const accepted = await step(d.id, 'accept');
    expect(accepted.status, JSON.stringify(accepted.json)).toBe(200);
    const handling = accepted.json.clocks.find(
      (c: { purpose: string }) => c.purpose === '信访事项办理期限',
    );
    expect(handling).toMatchObject({
      startDate: '2025-03-10',
      limitDays: 60,
      dueDate: '2025-05-09',
      basis: '《信访工作条例》第三十四条',
    });
    expect(accepted.json.dueOn).toBe('2025-05-09');
    const told = accepted.json.clocks.find((c: { id: string }) => c.id === acceptanceId);
    expect(told).toMatchObject({ status: 'stopped' });

    const noApproval = await step(d.id, 'extend', { days: 20, reason: '需现场勘界' });
    expect(noApproval.status).toBe(422);
    expect(noApproval.json.error.code).toBe('PETITION_EXTENSION_REFUSED');
    expect(noApproval.json.error.details.basis).toBe('《信访工作条例》第三十四条');

    const extended = await step(d.id, 'extend', {
      days: 20,
      approvedBy: '王镇长',
      reason: '需现场勘界',
    });
    expect(extended.status, JSON.stringify(extended.json)).toBe(200);
    expect(extended.json.dueOn).toBe('2025-05-29');
    expect(extended.json.extensionDays).toBe(20);

    const tooLong = await step(d.id, 'extend', { days: 11, approvedBy: '王镇长', reason: '再勘' });
    expect(tooLong.status).toBe(422);
    expect(tooLong.json.error.message).toContain('不得超过30日');

    const clock = await mediator.get(`/api/v1/clocks/${handling.id}`);
    expect(clock.json).toMatchObject({ dueDate: '2025-05-29', extensionDays: 20 });
    expect(clock.json.extensions[0].reason).toContain('经王镇长批准延长20日');
    expect(clock.json.abilities.extend).toBe(false);
    // The generic extension refuses a clock the dispute owns, even for a head who may extend others.
    const generic = await head.post(`/api/v1/clocks/${handling.id}/extend`, {
      days: 5,
      reason: '试图直接延长',
      basis: '《信访工作条例》第三十四条',
    });
    expect(generic.status).toBe(422);
    expect(generic.json.error.code).toBe('CLOCK_OWNED_BY_MODULE');

    const oral = await step(d.id, 'agree-oral', { terms: '按原界址恢复' });
    expect(oral.status, JSON.stringify(oral.json)).toBe(200);
    const after = await mediator.get(`/api/v1/clocks/${handling.id}`);
    expect(after.json).toMatchObject({ state: 'stopped', stoppedOn: '2025-03-10' });
  });
});
