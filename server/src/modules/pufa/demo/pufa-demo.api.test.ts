import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgMissing, startTestServer, type TestServer } from '../../../test/test-env.js';
import { seedPufaDemo } from './pufa.demo.js';

/** The 2024 反诈反邪 quiz, played through the real services, gives the year's figures from its records. */
describe.skipIf(pgMissing())('普法 demo 2024', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ now: '2025-01-10T02:00:00Z' });
    await seedPufaDemo(s.deps);
  });
  afterAll(() => s?.close());

  it('counts the quiz, its takers and their attempts from the records', async () => {
    const clerk = await s.as('window');
    const res = await clerk.get('/api/v1/pufa/stats?year=2024');
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json.quizzes).toMatchObject({ count: 1, participants: 120, attempts: 135 });
    expect(res.json.quizzes.items[0]).toMatchObject({
      title: '“智防诈骗·明辨邪教”全民反诈反邪知识竞赛',
      targetPopulation: 2000,
      participationRate: 6,
    });
    expect(res.json.content).toMatchObject({
      byKind: [
        { kind: 'article', published: 3 },
        { kind: 'video', published: 1 },
        { kind: 'livestream', published: 1 },
      ],
      participants: 1860,
    });
    // 9 village-level units of 桥头镇, two 法律明白人 and one 法治带头人 each.
    expect(res.json.villageLeaders).toMatchObject({
      legalUnderstanding: 18,
      ruleOfLawLeaders: 9,
      villages: 9,
      basis: '《宁波市法治乡村建设促进条例》第二十七条',
    });
    expect((await clerk.get('/api/v1/pufa/stats?year=2023')).json.quizzes.count).toBe(0);
  });

  it('keeps each taker’s best on the leaderboard: full marks first, fastest first', async () => {
    const clerk = await s.as('window');
    const { items } = (await clerk.get('/api/v1/pufa/quizzes')).json;
    expect(items[0]).toMatchObject({ status: 'closed', participants: 120 });
    const board = (await clerk.get(`/api/v1/pufa/quizzes/${items[0].id}/leaderboard?limit=30`)).json
      .items;
    expect(board[0].score).toBe(100);
    for (let i = 1; i < board.length; i += 1) {
      const [a, b] = [board[i - 1], board[i]];
      expect(
        a.score > b.score || (a.score === b.score && a.durationSeconds <= b.durationSeconds),
      ).toBe(true);
    }
  });

  it('loads once: a second run adds nothing', async () => {
    await seedPufaDemo(s.deps);
    const n = await s.deps.db.kysely
      .selectFrom('pufaQuizzes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
  });
});
