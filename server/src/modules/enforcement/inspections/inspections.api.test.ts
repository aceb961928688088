import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../../test/test-env.js';

/** Inspections with their checklists and photos, and a hazard from 发现 to 销号, through the API. */
describe.skipIf(pgMissing())('inspections and hazards', () => {
  let s: TestServer;
  let officer: TestClient;
  let head: TestClient;
  let county: TestClient;

  const CANTEEN = ['licence', 'samples', 'accompany', 'disinfection', 'ingredients'];
  const checklist = (failed?: string) =>
    CANTEEN.map((item) =>
      item === failed ? { item, passed: false, note: '未留样' } : { item, passed: true },
    );
  const at = async (iso: string) => {
    s.time.set(iso);
    [officer, head, county] = [await s.as('officer'), await s.as('head'), await s.as('county')];
  };
  const step = (id: string, path: string, body: unknown = {}, who = officer) =>
    who.post(`/api/v1/enforcement/hazards/${id}/${path}`, body);
  const ok = async (id: string, path: string, body: unknown = {}, who = officer) => {
    const res = await step(id, path, body, who);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return res.json;
  };
  const newHazard = async (over: Record<string, unknown> = {}) => {
    const res = await officer.post('/api/v1/enforcement/hazards', {
      subjectName: '慈溪市桥头镇中心小学食堂',
      description: '食品留样不规范',
      level: 'general',
      ...over,
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    return res.json as { id: string; status: string; abilities: string[] };
  };
  const eventsOf = async (id: string) =>
    (
      await s.deps.db.kysely
        .selectFrom('auditEvents')
        .select('action')
        .where('targetId', '=', id)
        .orderBy('seq')
        .execute()
    ).map((e) => e.action);

  beforeAll(async () => {
    s = await startTestServer();
    officer = await s.as('officer');
    head = await s.as('head');
    county = await s.as('county');
  });
  afterAll(() => s?.close());

  it('records a joint canteen inspection with every checklist item and a photo', async () => {
    const res = await officer.post('/api/v1/enforcement/inspections', {
      kind: 'canteen',
      inspectedOn: '2024-11-19',
      subjectName: '慈溪市桥头镇中心小学食堂',
      contactPerson: '王校长',
      checklist: checklist('samples'),
      departments: ['市场监管所', '教育办', '市场监管所'],
      inspectors: '陈执法、周执法',
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    const ins = res.json;
    expect(ins.joint).toBe(true);
    expect(ins.departments).toEqual(['市场监管所', '教育办']);
    expect(ins.failedItems).toBe(1);
    expect(ins.checklist.find((a: { item: string }) => a.item === 'samples').label).toContain(
      '留样',
    );
    expect(await eventsOf(ins.id)).toEqual(['enforcement.inspection.recorded']);

    const form = new FormData();
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(64, 1),
    ]);
    form.append('file', new Blob([png], { type: 'image/png' }), '现场照片.png');
    const up = await officer.post('/api/v1/files', form);
    expect(up.status, JSON.stringify(up.json)).toBe(201);
    const withPhoto = await officer.post(`/api/v1/enforcement/inspections/${ins.id}/photos`, {
      fileId: up.json.id,
    });
    expect(withPhoto.status, JSON.stringify(withPhoto.json)).toBe(201);
    expect(withPhoto.json.photos.map((p: { id: string }) => p.id)).toEqual([up.json.id]);
    expect((await county.get(`/api/v1/files/${up.json.id}`)).status).toBe(200);

    // 上级机关: reads, masked; never records.
    const seen = await county.get(`/api/v1/enforcement/inspections/${ins.id}`);
    expect(seen.status).toBe(200);
    expect(seen.json.contactPerson).toBe('王**');
    const refused = await county.post('/api/v1/enforcement/inspections', {
      kind: 'fire',
      inspectedOn: '2024-11-19',
      subjectName: '某单位',
      checklist: [],
      inspectors: '冯监督',
    });
    expect(refused.status).toBe(403);
  });

  it('refuses a checklist with an item left out, and a failed item without what was found', async () => {
    const base = {
      kind: 'canteen',
      inspectedOn: '2024-11-19',
      subjectName: '慈溪市桥头初级中学食堂',
      inspectors: '陈执法',
    };
    const missing = await officer.post('/api/v1/enforcement/inspections', {
      ...base,
      checklist: checklist().slice(1),
    });
    expect(missing.status).toBe(400);
    expect(missing.json.error.details.missing).toEqual(['licence']);
    expect(missing.json.error.details.basis).toBe('《安全生产法》第六十八条');
    const bare = await officer.post('/api/v1/enforcement/inspections', {
      ...base,
      checklist: checklist().map((a) => (a.item === 'disinfection' ? { ...a, passed: false } : a)),
    });
    expect(bare.status).toBe(400);
    expect(bare.json.error.message).toContain('消毒');
  });

  it('takes a hazard from 发现 through 挂牌督办 to 销号, each guard citing its article', async () => {
    const h = await newHazard({ level: 'major' });
    expect(h.status).toBe('found');
    const past = await step(h.id, 'order', { deadline: '2024-11-19' });
    expect(past.status).toBe(422);
    expect(past.json.error.code).toBe('DEADLINE_IN_PAST');
    expect(past.json.error.details.basis).toBe('《安全生产法》第六十五条第一款第二项');
    // Five working days from Wednesday 2024-11-20 on the work calendar: the next Wednesday.
    const ordered = await ok(h.id, 'order', { workingDays: 5, note: '立即整改' });
    expect([ordered.status, ordered.deadline]).toEqual(['ordered', '2024-11-27']);
    await ok(h.id, 'start');
    const failed = await ok(h.id, 'recheck', { passed: false, note: '仍未整改到位' });
    expect(failed.status).toBe('rectifying');

    // 挂牌督办 is the town leaders' step: staff above the town only read.
    const listing = { body: '桥头镇人民政府', deadline: '2024-12-31' };
    expect((await step(h.id, 'supervise', listing, county)).status).toBe(403);
    const supervised = await ok(h.id, 'supervise', listing, head);
    expect(supervised.status).toBe('supervised');
    const early = await step(h.id, 'clear', {}, head);
    expect(early.status).toBe(422);
    expect(early.json.error.code).toBe('RECHECK_REQUIRED');
    expect(early.json.error.details.basis).toBe('《安全生产法》第六十五条第一款第三项');
    expect((await ok(h.id, 'recheck', { passed: true })).status).toBe('supervised');
    const cleared = await ok(h.id, 'clear', { note: '同意销号' }, head);
    expect(cleared.status).toBe('cleared');
    expect(cleared.closedOn).toBe('2024-11-20');
    expect(await eventsOf(h.id)).toEqual([
      'enforcement.hazard.found',
      'enforcement.hazard.ordered',
      'enforcement.hazard.rectification_started',
      'enforcement.hazard.rechecked',
      'enforcement.hazard.supervised',
      'enforcement.hazard.rechecked',
      'enforcement.hazard.cleared',
    ]);
    const again = await step(h.id, 'recheck', { passed: true });
    expect([again.status, again.json.error.code]).toEqual([409, 'INVALID_STATE']);
  });

  it('closes an ordinary hazard on a passed 复查', async () => {
    const h = await newHazard();
    await ok(h.id, 'order', { deadline: '2024-11-25' });
    await ok(h.id, 'start');
    const closed = await ok(h.id, 'recheck', { passed: true, note: '已整改' });
    expect([closed.status, closed.closedOn, closed.abilities]).toEqual([
      'closed',
      '2024-11-20',
      [],
    ]);
  });

  it('escalates a hazard to a case of the town’s only', async () => {
    const h = await newHazard({ subjectName: '桥头镇某物流仓库' });
    const unknown = await step(h.id, 'escalate', {
      caseId: '01890000-0000-7000-8000-000000000000',
    });
    expect([unknown.status, unknown.json.error.details?.field]).toEqual([400, 'caseId']);
    const c = await officer.post('/api/v1/enforcement/cases', {
      title: '仓库内电动自行车违规充电',
      field: 'safety_fire',
      authorityBasis: 'granted',
      partyName: '桥头镇某物流仓库',
      partyKind: 'organisation',
      facts: '检查发现仓库内电动自行车违规停放充电。',
      officerIds: [],
    });
    expect(c.status, JSON.stringify(c.json)).toBe(201);
    const escalated = await ok(h.id, 'escalate', { caseId: c.json.id });
    expect([escalated.status, escalated.caseId]).toEqual(['escalated', c.json.id]);
  });

  it('lists overdue hazards by the deadline, counting working days past it', async () => {
    const h = await newHazard({ subjectName: '慈溪市某纺织有限公司' });
    await ok(h.id, 'order', { deadline: '2024-11-22' });
    const overdue = async () =>
      (await officer.get('/api/v1/enforcement/hazards?overdue=true')).json.items.map(
        (i: { id: string; overdueWorkingDays: number }) => [i.id, i.overdueWorkingDays],
      );
    expect(await overdue()).not.toContainEqual([h.id, expect.anything()]);
    // Friday's deadline; on Tuesday 11-26 two working days (Mon, Tue) have passed.
    await at('2024-11-26T02:00:00Z');
    expect(await overdue()).toContainEqual([h.id, 2]);
    const stats = await county.get('/api/v1/enforcement/hazards/stats?year=2024');
    expect(stats.status).toBe(200);
    expect(stats.json.overdueNow).toBeGreaterThanOrEqual(1);
    expect(stats.json.canteenInspections).toBe(1);
    expect(stats.json.supervisedCleared).toBe(1);
    expect(stats.json.escalated).toBe(1);
    await at('2024-11-20T02:00:00Z');
  });

  it('shows staff above the town a hazard with no steps to take, and refuses them', async () => {
    const h = await newHazard();
    const seen = await county.get(`/api/v1/enforcement/hazards/${h.id}`);
    expect([seen.status, seen.json.abilities]).toEqual([200, []]);
    expect(
      (await county.post(`/api/v1/enforcement/hazards/${h.id}/order`, { workingDays: 3 })).status,
    ).toBe(403);
    expect(h.abilities).toContain('order');
  });
});
