import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutation } from '../../core/mutation.js';
import { asAdmin } from '../../test/admin-login.js';
import { insertUser, setRoles } from '../users/user.repository.js';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';
import { loadUserActor } from '../auth/actor-loader.js';
import { startClock, stopClock } from './clock.service.js';

/** A made-up 2027 arrangement: 元旦 on Friday 1 January, 春节 from 除夕 with a bridging day and a make-up Saturday. */
const NOTICE_2027 = {
  year: 2027,
  title: '国务院办公厅关于2027年部分节假日安排的通知',
  docNumber: '国办发明电〔2026〕9号',
  publishedOn: '2026-11-20',
  days: [
    { date: '2027-01-01', kind: 'holiday', name: '元旦' },
    { date: '2027-01-02', kind: 'holiday', name: '元旦' },
    { date: '2027-01-03', kind: 'holiday', name: '元旦' },
    { date: '2027-02-05', kind: 'holiday', name: '春节' },
    { date: '2027-02-06', kind: 'holiday', name: '春节' },
    { date: '2027-02-07', kind: 'holiday', name: '春节' },
    { date: '2027-02-08', kind: 'holiday', name: '春节' },
    { date: '2027-02-09', kind: 'holiday', name: '春节' },
    { date: '2027-02-20', kind: 'workday', name: '春节调休上班' },
  ],
};

describe.skipIf(pgMissing())('entering State Council holiday notices', () => {
  let s: TestServer;
  let admin: TestClient;
  let openClockId: string;
  let springClockId: string;
  let stoppedClockId: string;
  const q = () => s.deps.db.kysely;
  const clockRow = (id: string) =>
    q().selectFrom('clocks').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const noticeCount = async (year: number) =>
    (await q().selectFrom('calendarNotices').select('id').where('year', '=', year).execute())
      .length;
  const eventCount = async () =>
    (await q().selectFrom('auditEvents').select('id').execute()).length;

  beforeAll(async () => {
    s = await startTestServer({ now: '2026-11-25T02:00:00Z' });
    // The holiday calendar is every town's: only an administrator at the root of the org tree enters it.
    const root = await q()
      .selectFrom('orgs')
      .select('id')
      .where('parentId', 'is', null)
      .executeTakeFirstOrThrow();
    await q()
      .updateTable('users')
      .set({ orgId: root.id })
      .where('username', '=', 'sysadmin')
      .execute();
    admin = (await asAdmin(s, 'sysadmin')).client;
    const user = await q()
      .selectFrom('users')
      .select(['id', 'orgId'])
      .where('username', '=', 'clerk')
      .executeTakeFirstOrThrow();
    const town = await q()
      .selectFrom('orgs')
      .select('id')
      .where('code', '=', '330282109000')
      .executeTakeFirstOrThrow();
    const ctx = {
      actor: await loadUserActor(q(), user.id),
      ip: null,
      userAgent: null,
      requestId: 'test',
    };
    const base = {
      orgId: town.id,
      subjectType: 'test_case',
      purpose: 'test.reply',
      startDate: '2026-12-20',
      limitDays: 20,
      unit: 'working' as const,
      basis: '《政府信息公开条例》第三十三条',
    };
    await mutation(s.deps, ctx, async (m) => {
      openClockId = (await startClock(m, { ...base, subjectId: 'open' })).id;
      springClockId = (
        await startClock(m, { ...base, subjectId: 'spring', startDate: '2027-02-04', limitDays: 5 })
      ).id;
      stoppedClockId = (await startClock(m, { ...base, subjectId: 'stopped' })).id;
      await stopClock(m, ctx, stoppedClockId, { on: '2026-12-21' });
    });
  });
  afterAll(() => s?.close());

  it('starts with provisional clocks that already skip the statutory holidays of 2027', async () => {
    // 元旦 (Fri 01-01) is skipped; 春节 is 除夕 02-05 to 02-08 (放假办法 as revised for 2025 on).
    expect(await clockRow(openClockId)).toMatchObject({ dueDate: '2027-01-18', provisional: 1 });
    expect(await clockRow(springClockId)).toMatchObject({ dueDate: '2027-02-15', provisional: 1 });
  });

  it('refuses a town’s system administrator (403): one town cannot rewrite every town’s calendar', async () => {
    const model = await q()
      .selectFrom('users')
      .select(['orgId', 'passwordHash'])
      .where('username', '=', 'clerk')
      .executeTakeFirstOrThrow();
    const townAdmin = await insertUser(q(), {
      orgId: model.orgId,
      username: 'town-sysadmin',
      displayName: '镇系统管理员',
      passwordHash: model.passwordHash,
      phoneEnc: null,
      phoneIndex: null,
      mustChangePassword: false,
      now: s.time.now(),
    });
    await setRoles(q(), townAdmin.id, ['system_admin'], null, s.time.now());
    const { client } = await asAdmin(s, 'town-sysadmin');
    expect((await client.get('/api/v1/calendar/years')).json.abilities.manage).toBe(false);
    const res = await client.post('/api/v1/calendar/notices', NOTICE_2027);
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('CALENDAR_ROOT_ONLY');
    expect((await admin.get('/api/v1/calendar/years')).json.abilities.manage).toBe(true);
    expect(await noticeCount(2027)).toBe(0);
  });

  it('refuses a non-admin (403) and writes nothing', async () => {
    const reviewer = await s.as('reviewer');
    const res = await reviewer.post('/api/v1/calendar/notices', NOTICE_2027);
    expect(res.status).toBe(403);
    const imp = await reviewer.post('/api/v1/calendar/notices/import', {
      year: 2027,
      title: '测试',
      csv: '2027-01-01,holiday,元旦',
    });
    expect(imp.status).toBe(403);
    expect(await noticeCount(2027)).toBe(0);
  });

  it.each([
    [
      'a date outside the year',
      { date: '2028-01-01', kind: 'holiday', name: '元旦' },
      '不在 2027 年内',
    ],
    [
      'an impossible date',
      { date: '2027-02-29', kind: 'holiday', name: '春节' },
      '不是真实存在的日期',
    ],
    [
      'a make-up day on a weekday',
      { date: '2027-02-19', kind: 'workday', name: '春节调休上班' },
      '星期五，本来就是工作日',
    ],
    [
      'a duplicate date',
      { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      '重复（第1条已登记）',
    ],
  ])('rejects a form with %s, naming the row', async (_name, extra, message) => {
    const res = await admin.post('/api/v1/calendar/notices', {
      ...NOTICE_2027,
      days: [...NOTICE_2027.days, extra],
    });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('CALENDAR_INVALID');
    expect(res.json.error.message).toContain(message);
    expect(res.json.error.details.errors[0].where).toBe('第10条');
    expect(await noticeCount(2027)).toBe(0);
  });

  it('enters the 2027 notice by form, re-dates the open clocks and records it', async () => {
    const res = await admin.post('/api/v1/calendar/notices', NOTICE_2027);
    expect(res.status).toBe(201);
    expect(res.json.notice).toMatchObject({
      year: 2027,
      version: 1,
      source: 'form',
      enteredBy: '系统管理员',
      holidayCount: 8,
      workdayCount: 1,
      effective: true,
    });
    expect(res.json.redated.count).toBe(2);
    expect([...res.json.redated.clockIds].sort()).toEqual([openClockId, springClockId].sort());

    expect(await clockRow(openClockId)).toMatchObject({ dueDate: '2027-01-18', provisional: 0 });
    // The bridging day 02-09 comes only from the notice.
    expect(await clockRow(springClockId)).toMatchObject({ dueDate: '2027-02-16', provisional: 0 });
    expect(await clockRow(stoppedClockId)).toMatchObject({
      dueDate: '2027-01-18',
      provisional: 1,
      state: 'stopped',
    });

    const event = await q()
      .selectFrom('auditEvents')
      .selectAll()
      .where('action', '=', 'calendar.notice.entered')
      .executeTakeFirstOrThrow();
    expect(event.targetId).toBe(res.json.notice.id);
    expect(event.actorName).toBe('sysadmin');
    expect(JSON.parse(event.meta!)).toMatchObject({
      year: 2027,
      version: 1,
      source: 'form',
      redated: { count: 2 },
    });
    expect(JSON.parse(event.meta!).redated.clocks).toContainEqual({
      id: springClockId,
      before: { dueDate: '2027-02-15', provisional: true },
      after: { dueDate: '2027-02-16', provisional: false },
    });

    const calc = await s
      .client()
      .get('/api/v1/calendar/deadline?from=2026-12-20&days=20&unit=working');
    expect(calc.json).toMatchObject({
      due: '2027-01-18',
      provisional: false,
      provisionalReasons: [],
    });
    const view = await admin.get('/api/v1/calendar/years');
    expect(view.json.items.find((i: { year: number }) => i.year === 2027)).toMatchObject({
      covered: true,
      provisional: false,
      versions: 1,
    });
  });

  it('rejects a CSV with bad rows line by line and writes nothing', async () => {
    const before = await eventCount();
    const csv = [
      'date,kind,name',
      '2027-01-01,放假,元旦',
      '2027-01-04,上班,元旦调休',
      '2027-01-05,休息,元旦',
      '2027-13-01,holiday,元旦',
    ].join('\n');
    const res = await admin.post('/api/v1/calendar/notices/import', {
      year: 2027,
      title: '更正',
      csv,
    });
    expect(res.status).toBe(400);
    expect(res.json.error.message).toContain('未保存任何数据');
    expect(res.json.error.details.errors.map((e: { line: number }) => e.line)).toEqual([3, 4, 5]);
    expect(res.json.error.message).toMatch(
      /第3行.*星期一.*第4行.*类型“休息”无法识别.*第5行.*不是真实存在的日期/,
    );

    expect(await noticeCount(2027)).toBe(1);
    expect(await eventCount()).toBe(before);
  });

  it('imports a corrected CSV as version 2; version 1 stays visible', async () => {
    const csv =
      '\uFEFF日期,类型,名称\r\n2027/1/1,放假,元旦\r\n2027-02-06,放假,春节\r\n2027-02-20,上班,春节调休上班\r\n';
    const res = await admin.post('/api/v1/calendar/notices/import', {
      year: 2027,
      title: '国务院办公厅关于2027年部分节假日安排的通知（更正）',
      csv,
    });
    expect(res.status).toBe(201);
    expect(res.json.notice).toMatchObject({
      version: 2,
      source: 'csv',
      holidayCount: 2,
      workdayCount: 1,
    });
    // Version 2 drops 除夕 and the bridging day: the 春节 clock moves back.
    expect(res.json.redated).toEqual({ count: 1, clockIds: [springClockId] });
    expect(await clockRow(springClockId)).toMatchObject({ dueDate: '2027-02-11', provisional: 0 });

    const notices = await admin.get('/api/v1/calendar/notices?year=2027');
    expect(
      notices.json.items.map((n: { version: number; effective: boolean }) => [
        n.version,
        n.effective,
      ]),
    ).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(notices.json.items[1].days).toHaveLength(9);
    const days = await admin.get('/api/v1/calendar/days?year=2027');
    expect(days.json).toMatchObject({ covered: true, notice: { version: 2 } });
    expect(days.json.days).toEqual([
      { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      { date: '2027-02-06', kind: 'holiday', name: '春节' },
      { date: '2027-02-20', kind: 'workday', name: '春节调休上班' },
    ]);
  });
});
