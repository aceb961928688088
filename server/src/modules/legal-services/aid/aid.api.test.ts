import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../../test/test-env.js';

/** 法律援助: intake at the station to a lawyer assigned, each clock and guard with its article. */
describe.skipIf(pgMissing())('legal aid', () => {
  let s: TestServer;
  let window: TestClient;
  let county: TestClient;

  const at = async (iso: string) => {
    s.time.set(iso);
    [window, county] = [await s.as('window'), await s.as('county')];
  };
  const step = async (id: string, path: string, body: unknown, status = 200) => {
    const res = await window.post(`/api/v1/legal-services/aid/${id}/${path}`, body);
    expect(res.status, JSON.stringify(res.json)).toBe(status);
    return res.json;
  };
  const apply = async (over: Record<string, unknown>) => {
    const res = await window.post('/api/v1/legal-services/aid', {
      applicantName: '黄建军',
      applicantPhone: '13805740001',
      matter: 'a31_labour',
      summary: '被拖欠劳动报酬。',
      meansMethod: 'pledge',
      ...over,
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    return res.json;
  };

  beforeAll(async () => {
    s = await startTestServer();
    await at('2025-03-03T02:00:00Z');
  });
  afterAll(() => s?.close());

  it('forwards, asks once for materials, decides within 7 days and assigns within 3', async () => {
    const a = await apply({});
    expect(a).toMatchObject({ status: 'received', appNo: '援受〔2025〕001号' });
    // No pledge signed yet: the forwarding step is refused with 第四十一条, and says so before the click.
    expect(a.blocked).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'forward',
          code: 'PLEDGE_REQUIRED',
          basis: '《法律援助法》第四十一条',
        }),
      ]),
    );
    const refused = await window.post(`/api/v1/legal-services/aid/${a.id}/forward`, {
      centre: '慈溪市法律援助中心',
      forwardedOn: '2025-03-03',
    });
    expect(refused.status).toBe(422);
    expect(refused.json.error.code).toBe('PLEDGE_REQUIRED');

    const b = await apply({ pledgeSigned: true });
    const fwd = await step(b.id, 'forward', {
      centre: '慈溪市法律援助中心',
      forwardedOn: '2025-03-03',
    });
    expect(fwd).toMatchObject({ status: 'forwarded', decisionDue: '2025-03-10' });
    expect(fwd.decisionClock).toMatchObject({ dueDate: '2025-03-10', unit: 'calendar' });
    expect(fwd.abilities).toEqual(expect.arrayContaining(['grant', 'refuse', 'requestMaterials']));

    const asked = await step(b.id, 'request-materials', {
      items: ['劳动合同或工资条'],
      requestedOn: '2025-03-03',
      dueOn: '2025-03-10',
    });
    expect(asked.status).toBe('awaiting_materials');
    expect(asked.blocked.map((x: { code: string }) => x.code)).toContain('MATERIALS_NOT_OVERDUE');

    await at('2025-03-05T02:00:00Z');
    const back = await step(b.id, 'supply-materials', { suppliedOn: '2025-03-05' });
    // The two days waiting for the materials do not count against the centre.
    expect(back.decisionDue).toBe('2025-03-10');
    expect(back.decisionClock.dueDate).toBe('2025-03-12');
    const again = await window.post(`/api/v1/legal-services/aid/${b.id}/request-materials`, {
      items: ['身份证明'],
      requestedOn: '2025-03-05',
      dueOn: '2025-03-12',
    });
    expect(again.json.error.code).toBe('MATERIALS_ALREADY_REQUESTED');

    // Three days from Wednesday 5 March end on a Saturday: the period runs to the next working day.
    const granted = await step(b.id, 'grant', { decidedOn: '2025-03-05' });
    expect(granted).toMatchObject({ status: 'granted', assignDue: '2025-03-10' });
    expect(granted.decisionClock.state).toBe('stopped');
    const assigned = await step(b.id, 'assign', {
      assignedOn: '2025-03-05',
      lawyerName: '傅律师',
      lawyerFirm: '浙江上林律师事务所',
    });
    expect(assigned.status).toBe('assigned');
    expect(assigned.path.map((p: { label: string }) => p.label)).toEqual(
      expect.arrayContaining([
        '转交县法律援助中心',
        '一次性告知补充材料',
        '登记给予援助决定',
        '登记指派律师',
      ]),
    );
  });

  it('provides aid in advance only when a deadline is under seven days away (第四十四条)', async () => {
    const far = await apply({ pledgeSigned: true, deadlineOn: '2025-03-20' });
    const no = await window.post(`/api/v1/legal-services/aid/${far.id}/advance`, {
      decidedOn: '2025-03-05',
    });
    expect(no.status).toBe(422);
    expect(no.json.error.code).toBe('ADVANCE_NOT_ALLOWED');
    const near = await apply({ pledgeSigned: true, deadlineOn: '2025-03-09' });
    expect(near.advanceAllowed).toBe(true);
    const yes = await step(near.id, 'advance', { decidedOn: '2025-03-05' });
    expect(yes).toMatchObject({ status: 'granted', advanced: true, assignDue: '2025-03-10' });
  });

  it('requires reasons for a refusal and runs the 5-day objection review (第四十九条)', async () => {
    const a = await apply({ matter: 'a32_abuse', meansMethod: 'not_required' });
    await step(a.id, 'forward', { centre: '慈溪市法律援助中心', forwardedOn: '2025-03-05' });
    const bare = await window.post(`/api/v1/legal-services/aid/${a.id}/refuse`, {
      decidedOn: '2025-03-05',
      reason: ' ',
    });
    expect(bare.status).toBe(400);
    expect(bare.json.error.message).toContain('第四十三条');
    await step(a.id, 'refuse', { decidedOn: '2025-03-05', reason: '不属于法律援助事项范围' });
    const obj = await step(a.id, 'object', { objectedOn: '2025-03-05' });
    expect(obj).toMatchObject({ status: 'objection', objectionDue: '2025-03-10' });
    const upheld = await step(a.id, 'decide-objection', {
      decidedOn: '2025-03-05',
      upheld: true,
      note: '属于第三十二条情形，责令改正',
    });
    expect(upheld).toMatchObject({ status: 'granted', assignDue: '2025-03-10' });
  });

  it('shows the county a masked application and lists no steps for it', async () => {
    const list = (await county.get('/api/v1/legal-services/aid')).json;
    expect(list.total).toBe(5);
    const one = (await county.get(`/api/v1/legal-services/aid/${list.items[0].id}`)).json;
    expect(one.applicantName).toMatch(/^.\*+$/);
    expect(one.abilities).toEqual([]);
  });
});
