import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { apiAs, shanghaiDay } from './api.js';
import { e2eSkipped } from './context.js';

/** A resident takes the town's quiz on a phone, from the portal, without an account. */
describe.skipIf(e2eSkipped())('quiz on a phone', () => {
  const browser = useBrowser();

  it('draws the questions, takes the answers as shown and scores them with explanations', async () => {
    const { post } = await apiAs('window');
    const topic = `e2e${Date.now().toString(36)}`;
    const bank = [
      {
        kind: 'single',
        stem: '遇到自称公安要求转账到“安全账户”，应当：',
        options: ['立即转账', '挂断并拨打110核实', '告诉对方验证码'],
        answer: [1],
      },
      { kind: 'judge', stem: '验证码可以告诉自称客服的陌生人。', answer: [1] },
      {
        kind: 'single',
        stem: '受欺诈签订的合同，受欺诈方可以：',
        options: ['请求撤销', '只能履行', '自动无效'],
        answer: [0],
      },
    ];
    const right = new Map<string, string>();
    for (const q of bank) {
      await post('/pufa/questions', {
        topic,
        explanation: '解析',
        basis: '《民法典》第一百四十八条',
        ...q,
      });
      right.set(q.stem, (q.options ?? ['正确', '错误'])[q.answer[0]!]!);
    }
    const quiz = await post('/pufa/quizzes', {
      title: `反诈知识竞赛（${topic}）`,
      intro: '随机抽题，选项乱序。',
      topic,
      questionCount: 3,
      pointsPerQuestion: 10,
      timeLimitSeconds: 600,
      attemptsPerDay: 3,
      smsRequired: false,
      targetPopulation: 100,
      targetLabel: '全镇干部',
      opensOn: shanghaiDay(-1),
      closesOn: shanghaiDay(30),
    });
    await post(`/pufa/quizzes/${quiz.id}/open`);

    const page = await browser.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/portal/quiz');
    await page.getByTestId('portal-quiz-link').filter({ hasText: topic }).click();
    await expect.poll(() => page.getByTestId('quiz-rules').innerText()).toContain('每次 3 题');
    await page.getByTestId('quiz-name').fill('王小明');
    await page.getByTestId('quiz-phone').fill(`139${String(Date.now()).slice(-8)}`);
    await page.getByTestId('quiz-unit').fill('上林湖村');
    await page.getByTestId('quiz-start').click();
    const questions = page.getByTestId('quiz-question');
    await expect.poll(() => questions.count()).toBe(3);
    for (let i = 0; i < 3; i += 1) {
      const q = questions.nth(i);
      const text = await q.innerText();
      const stem = [...right.keys()].find((s) => text.includes(s))!;
      await q.locator('label', { hasText: right.get(stem)! }).click();
    }
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBe(0);
    await page.getByTestId('quiz-submit').click();
    await expect.poll(() => page.getByTestId('quiz-score').innerText()).toBe('30 分');
    await expect
      .poll(() => page.locator('body').innerText())
      .toContain('依据《民法典》第一百四十八条');
    // The leaderboard shows the taker, name masked.
    await expect.poll(() => page.locator('body').innerText()).toContain('王**');
  });
});
