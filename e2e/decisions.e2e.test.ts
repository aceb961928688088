import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { e2eSkipped } from './context.js';
import { openModal, signIn, submitModal } from './ui.js';

const TITLE = `桥头镇公共停车场建设方案（${Date.now().toString(36)}）`;

/**
 * One major decision by clicking: the catalogue entry (approved by the Party committee, published), the
 * proposal, launch, draft and public comment; a citizen comments on an article from a phone without an
 * account; the office moderates and answers. The server runs on the real clock, so the 30-day period cannot
 * end here: the steps from closing the comment to publication are taken in decisions.api.test.ts (both
 * databases); publication is checked here on the 2024 decision, read on a phone.
 */
describe.skipIf(e2eSkipped())('major administrative decisions', () => {
  const browser = useBrowser();

  it('goes from a catalogue entry to a citizen’s comment answered, and shows a published decision on a phone', async () => {
    const clerk = await browser.page();
    await signIn(clerk, 'clerk');
    await clerk.goto('/decisions/catalogue');
    const year = await clerk
      .locator('input[data-testid=catalogue-year], [data-testid=catalogue-year] input')
      .first()
      .inputValue();
    await clerk.getByTestId('catalogue-create').click();
    await clerk.getByTestId('catalogue-add').click();
    const entry = openModal(clerk);
    await entry.getByTestId('entry-title').fill(TITLE);
    await entry.getByTestId('entry-office').fill('建设管理办公室');
    await entry.getByTestId('entry-basis').fill('《城市道路管理条例》');
    await entry.getByTestId('entry-planned').fill(`${year}-12-31`);
    await submitModal(clerk);
    const status = clerk.getByTestId('catalogue-status');
    await expect.poll(() => status.innerText()).toBe('编制中');

    const head = await browser.page();
    await signIn(head, 'head');
    await head.goto('/decisions/catalogue');
    await head.getByTestId('catalogue-approve').click();
    await openModal(head).getByTestId('approve-meeting').fill('镇党委会议');
    await submitModal(head);
    await expect.poll(() => head.getByTestId('catalogue-status').innerText()).toBe('已经党委同意');

    await clerk.reload();
    await clerk.getByTestId('catalogue-publish').click();
    await submitModal(clerk);
    await expect.poll(() => status.innerText()).toBe('已公布');
    const row = clerk.getByTestId('catalogue-entries').locator('tr', { hasText: TITLE });
    await row.getByRole('button', { name: '提出决策' }).click();
    await submitModal(clerk);
    await clerk.waitForURL((u) => /\/decisions\/[0-9a-f-]{36}$/.test(u.pathname));
    const url = clerk.url();
    const id = url.split('/').pop()!;
    const state = clerk.getByTestId('decision-status');
    await expect.poll(() => state.innerText()).toBe('已列入目录（待启动）');
    expect(await clerk.getByTestId('decision-launch').count()).toBe(0);

    await head.goto(url);
    await head.getByTestId('decision-launch').click();
    await openModal(head).getByTestId('launch-office').fill('建设管理办公室');
    await submitModal(head);
    await expect.poll(() => head.getByTestId('decision-status').innerText()).toBe('已启动');

    await clerk.reload();
    await clerk.getByTestId('decision-draft').click();
    await openModal(clerk)
      .getByTestId('draft-articles')
      .fill(
        '在镇政府东侧建设公共停车场一处。\n设置泊位120个，其中充电泊位20个。\n实行政府定价收费。',
      );
    await submitModal(clerk);
    await expect.poll(() => state.innerText()).toBe('拟订草案');
    await clerk.getByTestId('decision-open-comment').click();
    await submitModal(clerk);
    await expect.poll(() => state.innerText()).toBe('公开征求意见');

    // A citizen on a phone, without an account, comments on the second article.
    const phone = await browser.page();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`/portal/decisions/${id}`);
    await phone.getByTestId('comment-on-2').click();
    await phone.getByTestId('comment-body').fill('建议增加电动自行车停放区。');
    await phone.getByTestId('comment-phone').fill('13800002222');
    await phone.getByTestId('comment-submit').click();
    await expect
      .poll(() => phone.getByTestId('comment-sent').innerText())
      .toContain('经审核后公开');
    expect(
      await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBe(0);

    // The period is still running: ending it is refused with its article.
    await clerk.reload();
    const actions = clerk.getByTestId('workflow-actions');
    await expect.poll(() => actions.innerText()).toContain('征求意见期限尚未届满');
    const comments = clerk.getByTestId('decision-comments');
    await expect.poll(() => comments.innerText()).toContain('建议增加电动自行车停放区');
    expect(await comments.innerText()).toContain('138****2222');
    await comments.getByTestId('comment-show').click();
    await comments.getByTestId('comment-answer').click();
    await openModal(clerk).getByTestId('answer-reason').fill('在停车场北侧划设非机动车停放区。');
    await submitModal(clerk);
    await expect
      .poll(() => clerk.getByTestId('adoption-summary').innerText())
      .toBe('共收到公众意见 1 条，其中采纳 1 条、部分采纳 0 条、不予采纳 0 条。');

    await phone.reload();
    await expect.poll(() => phone.getByTestId('article-2').innerText()).toContain('电动自行车');

    // The town asks commenters to verify their phone: the form then wants a 短信验证码.
    await clerk.goto('/decisions');
    const sms = clerk.getByTestId('comment-sms-switch');
    await sms.click();
    await expect.poll(() => sms.getAttribute('aria-checked')).toBe('true');
    await phone.reload();
    await phone.getByTestId('comment-on-1').click();
    await expect.poll(() => phone.getByTestId('comment-send-code').count()).toBe(1);
    await sms.click();
    await expect.poll(() => sms.getAttribute('aria-checked')).toBe('false');

    // Publication, as the portal shows it on a phone: the 2024 decision with its 采纳情况.
    await phone.goto('/portal/decisions');
    await phone.getByTestId('portal-decisions').getByText('农村生活污水治理').click();
    await expect
      .poll(() => phone.getByTestId('portal-adoption').innerText())
      .toContain('共收到公众意见 3 条');
    expect(await phone.getByTestId('portal-decision-published').innerText()).toContain(
      '2024-06-03',
    );
    expect(
      await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBe(0);
  });
});
