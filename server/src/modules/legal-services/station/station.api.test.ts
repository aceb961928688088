import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../../test/test-env.js';

/** 公共法律服务站: windows, the DB-held queue, the service log with referrals and ratings, the portal. */
describe.skipIf(pgMissing())('public legal-service station', () => {
  let s: TestServer;
  let window: TestClient;
  let county: TestClient;

  beforeAll(async () => {
    s = await startTestServer();
    s.time.set('2025-03-05T02:00:00Z');
    [window, county] = [await s.as('window'), await s.as('county')];
  });
  afterAll(() => s?.close());

  it('opens the 3+X windows, hands out distinct numbers to a burst of walk-ins, calls and serves them', async () => {
    const opened = await window.post('/api/v1/legal-services/windows/defaults', {});
    expect(opened.status, JSON.stringify(opened.json)).toBe(201);
    expect(opened.json.items.map((w: { name: string }) => w.name)).toEqual([
      '法律咨询窗口',
      '人民调解窗口',
      '法律服务窗口',
      '综合受理窗口',
    ]);
    const again = await window.post('/api/v1/legal-services/windows/defaults', {});
    expect(again.json.error.code).toBe('WINDOWS_EXIST');
    const x = await window.post('/api/v1/legal-services/windows', {
      code: 'E',
      name: '涉企法律服务窗口',
      kind: 'other',
    });
    expect(x.status).toBe(201);
    expect(x.json.kindLabel).toBe('其他（X）');

    const [consult, mediation] = opened.json.items;
    // The counter is one upsert in the database: parallel requests never share a number.
    const burst = await Promise.all(
      Array.from({ length: 8 }, () =>
        window.post(`/api/v1/legal-services/windows/${consult.id}/tickets`, {}),
      ),
    );
    expect(burst.map((r) => r.status)).toEqual(Array(8).fill(201));
    const labels = burst.map((r) => r.json.label).sort();
    expect(labels).toEqual(['A001', 'A002', 'A003', 'A004', 'A005', 'A006', 'A007', 'A008']);

    const called = await window.post(`/api/v1/legal-services/windows/${consult.id}/call-next`, {});
    expect(called.json).toMatchObject({ label: 'A001', status: 'called' });
    const visit = await window.post(`/api/v1/legal-services/windows/${consult.id}/visits`, {
      channel: 'walk_in',
      ticketId: called.json.id,
      visitorName: '张建国',
      visitorPhone: '13805741234',
      topic: '劳动报酬被拖欠',
      outcome: 'referred',
      referral: '慈溪市法律援助中心',
    });
    expect(visit.status, JSON.stringify(visit.json)).toBe(201);
    expect(visit.json).toMatchObject({ handlerName: '郑窗口', visitorPhone: '138****1234' });
    const twice = await window.post(`/api/v1/legal-services/windows/${consult.id}/visits`, {
      channel: 'walk_in',
      ticketId: called.json.id,
      visitorName: '张建国',
      topic: '再次登记',
      outcome: 'answered',
    });
    expect(twice.json.error.code).toBe('TICKET_NOT_OPEN');

    const queue = (await window.get('/api/v1/legal-services/queue')).json;
    expect(queue.windows[0]).toMatchObject({ code: 'A', served: 1 });
    expect(queue.windows[0].waiting).toHaveLength(7);

    const wrong = await window.post(`/api/v1/legal-services/windows/${consult.id}/visits`, {
      channel: 'walk_in',
      visitorName: '李四',
      topic: '邻里纠纷',
      outcome: 'resolved',
    });
    expect(wrong.json.error.code).toBe('OUTCOME_NOT_FOR_WINDOW');
    const mediated = await window.post(`/api/v1/legal-services/windows/${mediation.id}/visits`, {
      channel: 'walk_in',
      visitorName: '李四',
      topic: '邻里纠纷',
      outcome: 'resolved',
    });
    expect(mediated.status).toBe(201);

    const rated = await window.post(`/api/v1/legal-services/visits/${visit.json.id}/rating`, {
      rating: 5,
    });
    expect(rated.json.rating).toBe(5);
    const rerate = await window.post(`/api/v1/legal-services/visits/${visit.json.id}/rating`, {
      rating: 1,
    });
    expect(rerate.json.error.code).toBe('ALREADY_RATED');

    const stats = (await window.get('/api/v1/legal-services/stats?year=2025')).json;
    expect(stats).toMatchObject({ consultations: 1, mediations: 1, legalAid: 0 });
    expect(stats.satisfaction).toEqual({ rated: 1, average: 5 });
    const events = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('action')
      .where('action', 'like', 'legal_services.%')
      .execute();
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'legal_services.ticket.issued',
        'legal_services.ticket.called',
        'legal_services.visit.logged',
        'legal_services.visit.rated',
      ]),
    );
  });

  it('exports the service log as XLSX, the rows on screen, and traces the export', async () => {
    const res = await window.get('/api/v1/legal-services/visits/export?kind=consultation');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('服务日期');
    expect(ws.rowCount).toBe(2);
    expect(ws.getRow(2).getCell(7).value).toBe('劳动报酬被拖欠');
    expect(ws.getRow(2).getCell(10).value).toBe('慈溪市法律援助中心');
    expect(ws.getRow(2).getCell(12).value).toBe('5 星');
    const traced = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('action')
      .where('action', '=', 'legal_services.visit.ledger_exported')
      .execute();
    expect(traced).toHaveLength(1);
  });

  it('lets the county read the log masked but never act', async () => {
    const town = (await county.get('/api/v1/legal-services/visits')).json;
    expect(
      town.items.find((v: { topic: string }) => v.topic === '劳动报酬被拖欠').visitorName,
    ).toBe('张**');
    const windows = (await window.get('/api/v1/legal-services/windows')).json.items;
    const refused = await county.post(
      `/api/v1/legal-services/windows/${windows[0].id}/tickets`,
      {},
    );
    // County staff hold no station permission: a 403 before any tenancy or supervision check.
    expect(refused.status).toBe(403);
  });

  it('takes a booking and a question on the portal; the station answers and the answer counts', async () => {
    const anon = s.client();
    const station = (await anon.get('/api/v1/public/legal-services/station')).json;
    const consult = station.windows.find((w: { kind: string }) => w.kind === 'consultation');
    const past = await anon.post(
      `/api/v1/portal/legal-services/windows/${consult.id}/appointments`,
      {
        onDate: '2025-03-05',
        slot: 'am',
        name: '王五',
        phone: '13900001111',
        topic: '咨询继承',
      },
    );
    expect(past.status).toBe(400);
    const booked = await anon.post(
      `/api/v1/portal/legal-services/windows/${consult.id}/appointments`,
      {
        onDate: '2025-03-06',
        slot: 'am',
        name: '王五',
        phone: '13900001111',
        topic: '咨询继承',
      },
    );
    expect(booked.status, JSON.stringify(booked.json)).toBe(201);

    const asked = await anon.post('/api/v1/portal/legal-services/questions', {
      name: '赵六',
      phone: '13900002222',
      question: '房东不退押金怎么办？',
    });
    expect(asked.status).toBe(201);
    const q = (await window.get('/api/v1/legal-services/questions?answered=false')).json.items[0];
    const answered = await window.post(`/api/v1/legal-services/questions/${q.id}/answer`, {
      answer: '可先协商，协商不成可申请人民调解或起诉。',
    });
    expect(answered.json.answeredBy).toBe('郑窗口');
    const wrongPhone = await anon.post('/api/v1/portal/legal-services/questions/track', {
      code: asked.json.code,
      phone: '13900009999',
    });
    expect(wrongPhone.status).toBe(404);
    const track = await anon.post('/api/v1/portal/legal-services/questions/track', {
      code: asked.json.code,
      phone: '13900002222',
    });
    expect(track.json.answer).toContain('人民调解');
    const stats = (await window.get('/api/v1/legal-services/stats?year=2025')).json;
    expect(stats.consultations).toBe(2);

    s.time.set('2025-03-06T01:30:00Z');
    window = await s.as('window');
    const appt = (await window.get('/api/v1/legal-services/appointments')).json.items[0];
    const ticket = await window.post(`/api/v1/legal-services/appointments/${appt.id}/check-in`, {});
    expect(ticket.json).toMatchObject({ label: 'A001', day: '2025-03-06' });
  });
});
