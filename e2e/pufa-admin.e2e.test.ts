import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { e2eSkipped } from './context.js';
import { confirmPopover, openModal, pickOption, signIn, submitModal } from './ui.js';

/** Types into an antd input (or InputNumber) of the open dialog by its test id. */
const fill = (page: Page, testId: string, value: string) =>
  openModal(page)
    .locator(
      `input[data-testid=${testId}], textarea[data-testid=${testId}], [data-testid=${testId}] input`,
    )
    .first()
    .fill(value);

/** Staff run 普法 and the 法治队伍 from the pages alone: question, quiz, content (published, withdrawn), roster member. */
describe.skipIf(e2eSkipped())('普法 and team records through the UI', () => {
  const browser = useBrowser();

  it('the clerk adds a question, a quiz on its bank, publishes and withdraws a piece and adds a team member', async () => {
    const page = await browser.page();
    await signIn(page, 'clerk');
    const tag = Date.now().toString(36);
    const topic = `e2e${tag}`;

    await page.goto('/pufa/quizzes');
    await page.getByTestId('question-bank').click();
    await page
      .locator(
        '[data-testid=question-filter-topic] input, input[data-testid=question-filter-topic]',
      )
      .first()
      .fill(topic);
    await page.keyboard.press('Enter');
    await page.getByTestId('question-create').click();
    await fill(page, 'question-topic', topic);
    const stem = `收到“安全账户”转账要求应当怎么做（${tag}）`;
    await fill(page, 'question-stem', stem);
    await fill(page, 'question-options', '立即转账\n挂断并拨打110核实');
    await pickOption(page, 'question-answer', 'B. 挂断并拨打110核实');
    await fill(page, 'question-explanation', '公安机关不会要求转账到所谓安全账户。');
    await fill(page, 'question-basis', '《反电信网络诈骗法》第二十五条');
    await submitModal(page);
    await expect
      .poll(() => page.getByTestId('question-row').allInnerTexts(), { timeout: 15_000 })
      .toContain(stem);
    await page.locator('.ant-drawer-close:visible').click();

    await page.getByTestId('quiz-create').click();
    const title = `反诈知识竞赛（${tag}）`;
    await fill(page, 'quiz-title', title);
    await fill(page, 'quiz-intro', '随机抽题，选项乱序。');
    await pickOption(page, 'quiz-topic', `${topic}（1 题）`);
    await fill(page, 'quiz-question-count', '1');
    await fill(page, 'quiz-target', '100');
    await submitModal(page);
    await expect
      .poll(() => page.getByTestId('quiz-row').allInnerTexts(), { timeout: 15_000 })
      .toContain(title);

    await page.goto('/pufa/contents');
    await page.getByTestId('content-create').click();
    const heading = `防范养老诈骗（${tag}）`;
    await fill(page, 'content-title', heading);
    await fill(page, 'content-topic', '反诈');
    await fill(page, 'content-department', '综合行政执法队');
    await fill(page, 'content-body', '不轻信高额回报的“养老投资”。');
    await submitModal(page);
    await expect
      .poll(() => page.getByTestId('content-row').allInnerTexts(), { timeout: 15_000 })
      .toContain(heading);
    await page.getByTestId(`content-publish-${heading}`).click();
    await confirmPopover(page);
    await expect
      .poll(() => page.getByTestId(`content-published-${heading}`).isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    await page.getByTestId(`content-withdraw-${heading}`).click();
    await fill(page, 'content-withdraw-reason', '政策已调整');
    await submitModal(page);
    await expect
      .poll(() => page.getByTestId(`content-state-${heading}`).innerText(), { timeout: 15_000 })
      .toBe('已撤回');

    await page.goto('/team/members');
    await page.getByTestId('member-create').click();
    const name = `测${tag}`;
    await fill(page, 'member-name', name);
    await fill(page, 'member-post', '党建综合办科员');
    await pickOption(page, 'member-roles', '法审员');
    await page.keyboard.press('Escape');
    await submitModal(page);
    await expect
      .poll(() => page.getByTestId('member-row').allInnerTexts(), { timeout: 15_000 })
      .toContain(name);
  });
});
