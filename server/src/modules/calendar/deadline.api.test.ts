import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

describe.skipIf(pgMissing())('public deadline calculator', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s?.close());

  const deadline = (query: string) => s.client().get(`/api/v1/calendar/deadline?${query}`);

  it('counts working days across 2024 国庆 with its make-up days, without signing in', async () => {
    const res = await deadline('from=2024-09-27&days=20&unit=working');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      from: '2024-09-27',
      days: 20,
      unit: 'working',
      due: '2024-10-30',
      provisional: false,
      provisionalReasons: [],
    });
    expect(res.json.explanation).toContainEqual(
      expect.objectContaining({ date: '2024-10-01', to: '2024-10-07', kind: 'holiday' }),
    );
    expect(res.json.explanation).toContainEqual(
      expect.objectContaining({ date: '2024-09-29', kind: 'makeup_workday' }),
    );
    expect(res.json.summary).toContain('2024年10月30日');
    expect(res.json.basis).toContain('第二百零一条');
  });

  it('moves a calendar-day period that ends on a holiday to the next working day', async () => {
    const res = await deadline('from=2024-09-01&days=30&unit=calendar');
    expect(res.status).toBe(200);
    expect(res.json.due).toBe('2024-10-08');
    expect(res.json.explanation.at(-1)).toMatchObject({
      kind: 'moved',
      date: '2024-10-01',
      to: '2024-10-08',
    });
    expect(res.json.basis).toContain('第二百零三条');
  });

  it('flags a period reaching into 2027 (no notice yet) as provisional and says why', async () => {
    const res = await deadline('from=2026-12-20&days=20&unit=working');
    expect(res.status).toBe(200);
    // 元旦 2027-01-01 is skipped although the 2027 notice is not entered yet.
    expect(res.json.due).toBe('2027-01-18');
    expect(res.json.provisional).toBe(true);
    expect(res.json.provisionalReasons).toEqual([
      expect.stringContaining('2027年国务院放假安排尚未录入'),
    ]);
    expect(res.json.provisionalReasons[0]).toContain('《全国年节及纪念日放假办法》第二条');
  });

  it('shows the computed statutory holidays of a year without a notice, marked provisional', async () => {
    const c = await s.as('reviewer');
    const res = await c.get('/api/v1/calendar/days?year=2027');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      year: 2027,
      covered: false,
      notice: null,
      provisionalReason: expect.stringContaining('调休'),
    });
    expect(res.json.days).toHaveLength(13);
    expect(res.json.days).toContainEqual({ date: '2027-02-05', kind: 'holiday', name: '春节' });
    const covered = await c.get('/api/v1/calendar/days?year=2025');
    expect(covered.json).toMatchObject({ covered: true, provisionalReason: null });
  });

  it.each([
    ['missing from', 'days=5&unit=working', 'from'],
    ['missing days', 'from=2024-10-08&unit=working', 'days'],
    ['days not an integer', 'from=2024-10-08&days=2.5&unit=working', '整数'],
    ['days zero', 'from=2024-10-08&days=0&unit=working', '至少为 1'],
    ['days too large', 'from=2024-10-08&days=3651&unit=working', '最多为 3650'],
    ['days not a number', 'from=2024-10-08&days=abc&unit=working', 'days'],
    ['bad unit', 'from=2024-10-08&days=5&unit=hours', 'unit'],
    ['impossible date', 'from=2024-02-30&days=5&unit=working', '真实存在的日期'],
    ['malformed date', 'from=2024-2-3&days=5&unit=working', 'YYYY-MM-DD'],
    ['unknown parameter', 'from=2024-10-08&days=5&unit=working&tz=utc', 'tz'],
  ])('answers %s with a Chinese 400', async (_name, query, fragment) => {
    const res = await deadline(query);
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('VALIDATION_FAILED');
    expect(res.json.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(res.json.error.message).toContain(fragment);
  });

  it('keeps the calendar administration behind sign-in', async () => {
    const anon = s.client();
    expect((await anon.get('/api/v1/calendar/years')).status).toBe(401);
    expect((await anon.get('/api/v1/calendar/days?year=2024')).status).toBe(401);
    expect((await anon.get('/api/v1/calendar/notices?year=2024')).status).toBe(401);
    const post = await anon.post('/api/v1/calendar/notices', {
      year: 2027,
      title: '测试通知',
      days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }],
    });
    expect(post.status).toBe(401);
    const imp = await anon.post('/api/v1/calendar/notices/import', {
      year: 2027,
      title: '测试通知',
      csv: '2027-01-01,holiday,元旦',
    });
    expect(imp.status).toBe(401);
  });

  it('shows staff the coverage per year, with the next year provisional', async () => {
    s.time.set('2026-11-25T02:00:00Z');
    const c = await s.as('reviewer');
    const res = await c.get('/api/v1/calendar/years');
    expect(res.status).toBe(200);
    expect(res.json.abilities).toEqual({ manage: false });
    const byYear = Object.fromEntries(res.json.items.map((i: { year: number }) => [i.year, i]));
    expect(byYear[2024]).toMatchObject({
      covered: true,
      provisional: false,
      versions: 1,
      effective: { source: 'chinese-days', version: 1, enteredBy: null },
    });
    expect(byYear[2026].effective.holidayCount).toBeGreaterThan(20);
    expect(byYear[2027]).toMatchObject({
      covered: false,
      provisional: true,
      versions: 0,
      effective: null,
    });
    const days = await c.get('/api/v1/calendar/days?year=2024');
    expect(days.json.days).toContainEqual({
      date: '2024-10-12',
      kind: 'workday',
      name: '国庆节调休上班',
    });
  });
});
