import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../../test/test-env.js';

type Row = { rank: number; name: string; score: number; durationSeconds: number };

/** The quiz engine end to end over HTTP: bank, quiz, the portal's draw and hand-in, caps, board, export. */
describe.skipIf(pgMissing())('quiz engine', () => {
  let s: TestServer;
  let clerk: TestClient;
  let county: TestClient;
  let anon: TestClient;
  const bank = new Map<string, string[]>(); // stem → right option texts

  const question = async (body: Record<string, unknown>, status = 201) => {
    const res = await clerk.post('/api/v1/pufa/questions', {
      topic: '测试',
      explanation: '解析',
      basis: '《民法典》第一百四十八条',
      ...body,
    });
    expect(res.status, JSON.stringify(res.json)).toBe(status);
    if (status === 201) {
      const q = res.json;
      bank.set(
        q.stem,
        (q.answer as number[]).map((i) => q.options[i] as string),
      );
    }
    return res.json;
  };
  const quiz = async (over: Record<string, unknown> = {}) => {
    const res = await clerk.post('/api/v1/pufa/quizzes', {
      title: '反诈知识竞赛',
      intro: '随机抽题',
      topic: '测试',
      questionCount: 4,
      pointsPerQuestion: 25,
      timeLimitSeconds: 300,
      attemptsPerDay: 2,
      smsRequired: false,
      targetPopulation: 200,
      targetLabel: '全镇干部',
      opensOn: '2024-11-01',
      closesOn: '2024-11-30',
      ...over,
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    return res.json.id as string;
  };
  const taker = (n: number, extra: Record<string, unknown> = {}) => ({
    name: `测试${n}号`,
    phone: `1390000${String(n).padStart(4, '0')}`,
    unit: '五丰村',
    ...extra,
  });
  /** Right answers as positions on screen, for the first `knows` questions; the rest left blank. */
  const answersFor = (questions: { stem: string; options: string[] }[], knows = 99) =>
    questions.map((q, i) => (i < knows ? bank.get(q.stem)!.map((t) => q.options.indexOf(t)) : []));
  const start = (quizId: string, body: unknown) =>
    anon.post(`/api/v1/public/pufa/quizzes/${quizId}/attempts`, body);
  const later = (ms: number) =>
    s.time.set(new Date(s.deps.time.now().getTime() + ms).toISOString());

  beforeAll(async () => {
    s = await startTestServer({ now: '2024-11-20T02:00:00Z' });
    [clerk, county] = [await s.as('window'), await s.as('county')];
    anon = s.client();
    await question({
      kind: 'single',
      stem: '单选一',
      options: ['甲', '乙', '丙', '丁'],
      answer: [2],
    });
    await question({
      kind: 'multiple',
      stem: '多选一',
      options: ['甲', '乙', '丙', '丁'],
      answer: [0, 3],
    });
    await question({ kind: 'judge', stem: '判断一', answer: [1] });
  });
  afterAll(() => s?.close());

  it('refuses a question whose answer does not fit its kind', async () => {
    const bad = await question(
      { kind: 'single', stem: '坏题', options: ['甲', '乙'], answer: [0, 1] },
      400,
    );
    expect(bad.error.code).toBe('QUESTION_SHAPE');
    const outside = await question(
      { kind: 'multiple', stem: '坏题', options: ['甲', '乙'], answer: [0, 5] },
      400,
    );
    expect(outside.error.code).toBe('QUESTION_SHAPE');
  });

  it('opens a quiz only when the bank holds enough questions, and never from above the town', async () => {
    const id = await quiz();
    const short = await clerk.post(`/api/v1/pufa/quizzes/${id}/open`);
    expect(short.status).toBe(422);
    expect(short.json.error).toMatchObject({ code: 'QUIZ_POOL_SHORT', details: { poolSize: 3 } });
    await question({ kind: 'single', stem: '单选二', options: ['甲', '乙', '丙'], answer: [0] });
    await question({ kind: 'judge', stem: '判断二', answer: [0] });
    expect((await county.post(`/api/v1/pufa/quizzes/${id}/open`)).status).toBe(403);
    expect((await anon.get(`/api/v1/public/pufa/quizzes/${id}`)).status).toBe(404);
    const opened = await clerk.post(`/api/v1/pufa/quizzes/${id}/open`);
    expect(opened.json).toMatchObject({ status: 'open', poolSize: 5 });
    expect((await clerk.post(`/api/v1/pufa/quizzes/${id}/open`)).json.error.code).toBe(
      'INVALID_STATE',
    );
  });

  it('shows the caller its quiz steps and why one is refused, and audits each step', async () => {
    const id = await quiz({ questionCount: 50 });
    const short = await clerk.get(`/api/v1/pufa/quizzes/${id}`);
    expect(short.json).toMatchObject({ status: 'draft', abilities: [] });
    expect(short.json.blocked).toEqual([
      expect.objectContaining({ action: 'open', code: 'QUIZ_POOL_SHORT' }),
    ]);
    const ready = await quiz();
    expect((await clerk.get(`/api/v1/pufa/quizzes/${ready}`)).json.abilities).toEqual(['open']);
    expect((await county.get(`/api/v1/pufa/quizzes/${ready}`)).json).toMatchObject({
      abilities: [],
      blocked: [],
    });
    expect((await clerk.post(`/api/v1/pufa/quizzes/${ready}/close`)).json.error.code).toBe(
      'INVALID_STATE',
    );
    await clerk.post(`/api/v1/pufa/quizzes/${ready}/open`);
    const closed = await clerk.post(`/api/v1/pufa/quizzes/${ready}/close`);
    expect(closed.json).toMatchObject({ status: 'closed', abilities: [] });
    const events = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('action')
      .where('targetId', '=', ready)
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.action)).toEqual([
      'pufa.quiz.created',
      'pufa.quiz.opened',
      'pufa.quiz.closed',
    ]);
  });

  it('draws and shuffles per attempt on the server, and scores the hand-in against that draw', async () => {
    const id = await quiz({ questionCount: 5, pointsPerQuestion: 20 });
    await clerk.post(`/api/v1/pufa/quizzes/${id}/open`);
    const a = await start(id, taker(1));
    expect(a.status, JSON.stringify(a.json)).toBe(201);
    expect(a.json.questions).toHaveLength(5);
    expect(JSON.stringify(a.json.questions)).not.toMatch(/answer|explanation/);
    for (const q of a.json.questions) expect(bank.has(q.stem)).toBe(true);
    const row = await s.deps.db.kysely
      .selectFrom('pufaQuizAttempts')
      .select(['draw', 'status'])
      .where('id', '=', a.json.attemptId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.draw)).toHaveLength(5);
    later(83_000);
    // All right but the last (left blank): 4 × 20.
    const res = await anon.post(`/api/v1/public/pufa/attempts/${a.json.attemptId}/submit`, {
      token: a.json.token,
      answers: answersFor(a.json.questions, 4),
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json).toMatchObject({
      score: 80,
      fullScore: 100,
      correctCount: 4,
      durationSeconds: 83,
      rank: 1,
    });
    expect(res.json.review[4]).toMatchObject({ right: false, basis: '《民法典》第一百四十八条' });
    const again = await anon.post(`/api/v1/public/pufa/attempts/${a.json.attemptId}/submit`, {
      token: a.json.token,
      answers: [],
    });
    expect(again.json.error.code).toBe('ATTEMPT_CLOSED');
    const forged = await anon.post(`/api/v1/public/pufa/attempts/${a.json.attemptId}/submit`, {
      token: 'x'.repeat(32),
      answers: [],
    });
    expect(forged.status).toBe(404);
  });

  it('scores a paper pressed twice at once only once, with one audit event', async () => {
    const id = await quiz();
    await clerk.post(`/api/v1/pufa/quizzes/${id}/open`);
    const a = await start(id, taker(6));
    later(30_000);
    const body = { token: a.json.token, answers: answersFor(a.json.questions) };
    const url = `/api/v1/public/pufa/attempts/${a.json.attemptId}/submit`;
    const presses = await Promise.all([anon.post(url, body), anon.post(url, body)]);
    expect(presses.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(presses.find((r) => r.status === 409)!.json.error.code).toBe('ATTEMPT_CLOSED');
    expect(presses.find((r) => r.status === 200)!.json).toMatchObject({ score: 100, rank: 1 });
    const events = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select(['action', 'meta'])
      .where('targetId', '=', a.json.attemptId)
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.action)).toEqual(['pufa.attempt.started', 'pufa.attempt.submitted']);
    expect(JSON.parse(events[1]!.meta!)).toEqual({ quizId: id, score: 100 });
    const best = await s.deps.db.kysely
      .selectFrom('pufaQuizBests')
      .select(['attemptId', 'name', 'unit', 'phoneMasked', 'score', 'durationMs'])
      .where('quizId', '=', id)
      .execute();
    expect(best).toEqual([
      {
        attemptId: a.json.attemptId,
        name: '测试6号',
        unit: '五丰村',
        phoneMasked: '139****0006',
        score: 100,
        durationMs: 30_000,
      },
    ]);
  });

  it('holds each phone to the daily cap, parallel starts included, and starts afresh the next day', async () => {
    const id = await quiz({ attemptsPerDay: 2 });
    await clerk.post(`/api/v1/pufa/quizzes/${id}/open`);
    const burst = await Promise.all([...Array(6)].map(() => start(id, taker(2))));
    expect(burst.map((r) => r.status).sort()).toEqual([201, 201, 429, 429, 429, 429]);
    expect(burst.find((r) => r.status === 429)!.json.error.message).toContain('每人每天 2 次');
    expect((await start(id, taker(3))).status).toBe(201);
    later(24 * 3600_000);
    expect((await start(id, taker(2))).status).toBe(201);
    // Staff sessions do not outlive the day that passed.
    [clerk, county] = [await s.as('window'), await s.as('county')];
  });

  it('refuses a hand-in after the time limit and its grace, and does not score it', async () => {
    const id = await quiz({ timeLimitSeconds: 60 });
    await clerk.post(`/api/v1/pufa/quizzes/${id}/open`);
    const a = await start(id, taker(4));
    later(60_000 + 16_000);
    const res = await anon.post(`/api/v1/public/pufa/attempts/${a.json.attemptId}/submit`, {
      token: a.json.token,
      answers: answersFor(a.json.questions),
    });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe('QUIZ_TIME_UP');
    const detail = await clerk.get(`/api/v1/pufa/quizzes/${id}/results`);
    expect(detail.json.items[0]).toMatchObject({ status: 'expired', score: null });
  });

  it('asks for an SMS code when the quiz requires one, sent through the gateway', async () => {
    const id = await quiz({ smsRequired: true });
    await clerk.post(`/api/v1/pufa/quizzes/${id}/open`);
    expect((await start(id, taker(5))).json.error.code).toBe('CODE_REQUIRED');
    const sent = await anon.post(`/api/v1/public/pufa/quizzes/${id}/sms-code`, {
      phone: taker(5).phone,
    });
    expect(sent.status, JSON.stringify(sent.json)).toBe(200);
    const sms = await s.deps.db.kysely
      .selectFrom('smsOutbox')
      .select('text')
      .where('phone', '=', taker(5).phone)
      .executeTakeFirstOrThrow();
    const code = /验证码为 (\d{6})/.exec(sms.text)![1]!;
    const wrong = code === '000000' ? '111111' : '000000';
    expect((await start(id, taker(5, { code: wrong }))).json.error.code).toBe('CODE_INVALID');
    expect((await start(id, taker(5, { code }))).status).toBe(201);
    // One code, one attempt.
    expect((await start(id, taker(5, { code }))).json.error.code).toBe('CODE_EXPIRED');
  });

  it('ranks each taker by best score, then time; counts participation; exports the results', async () => {
    const id = await quiz({ attemptsPerDay: 3, targetPopulation: 4 });
    await clerk.post(`/api/v1/pufa/quizzes/${id}/open`);
    const take = async (n: number, knows: number, ms: number) => {
      const a = await start(id, taker(n));
      later(ms);
      const r = await anon.post(`/api/v1/public/pufa/attempts/${a.json.attemptId}/submit`, {
        token: a.json.token,
        answers: answersFor(a.json.questions, knows),
      });
      expect(r.status, JSON.stringify(r.json)).toBe(200);
      return r.json;
    };
    await take(10, 4, 50_000); // 100 in 50 s
    await take(11, 4, 40_000); // 100 in 40 s: ahead on time
    await take(12, 2, 10_000); // 50
    await take(12, 3, 90_000); // 75: this taker's best
    const last = await take(12, 1, 5_000); // 25: not better, the best stays
    expect(last.rank).toBe(3);
    const board = await clerk.get(`/api/v1/pufa/quizzes/${id}/leaderboard`);
    expect(
      (board.json.items as Row[]).map((r) => [r.rank, r.name, r.score, r.durationSeconds]),
    ).toEqual([
      [1, '测试11号', 100, 40],
      [2, '测试10号', 100, 50],
      [3, '测试12号', 75, 90],
    ]);
    const masked = await county.get(`/api/v1/pufa/quizzes/${id}/leaderboard`);
    expect(masked.json.items[0].name).toBe('测****');
    const pub = await anon.get(`/api/v1/public/pufa/quizzes/${id}`);
    expect(pub.json).toMatchObject({ participants: 3, participationRate: 75 });
    expect(pub.json.leaderboard[0]).toMatchObject({ name: '测****', score: 100 });
    const detail = await clerk.get(`/api/v1/pufa/quizzes/${id}`);
    expect(detail.json).toMatchObject({
      attempts: 5,
      participants: 3,
      targetPopulation: 4,
      participationRate: 75,
    });

    const xlsx = await clerk.get(`/api/v1/pufa/quizzes/${id}/results/export`);
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('姓名');
    expect(sheet.rowCount).toBe(6);
    expect([2, 3, 4, 5, 6].map((r) => sheet.getRow(r).getCell(5).value)).toEqual([
      100, 100, 75, 50, 25,
    ]);
    expect(sheet.getRow(2).getCell(2).value).toBe('139****0011');
    const trace = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('action')
      .where('action', '=', 'pufa.quiz.results_exported')
      .execute();
    expect(trace).toHaveLength(1);
    expect((await county.get(`/api/v1/pufa/quizzes/${id}/results/export`)).status).toBe(403);
  });

  it('closes a quiz: the portal shows it, but takes no more answers', async () => {
    const id = await quiz();
    await clerk.post(`/api/v1/pufa/quizzes/${id}/open`);
    await clerk.post(`/api/v1/pufa/quizzes/${id}/close`);
    expect((await anon.get(`/api/v1/public/pufa/quizzes/${id}`)).json.answeringNow).toBe(false);
    expect((await start(id, taker(20))).json.error.code).toBe('QUIZ_NOT_OPEN');
  });
});
