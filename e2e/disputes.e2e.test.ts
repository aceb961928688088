import fs from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { e2eSkipped } from './context.js';
import { confirmPopover, dialogSettled, openModal, pickOption, signIn, submitModal } from './ui.js';

/** Fills the intake form (on a 390 px phone screen) for a court referral between these two parties. */
async function intake(page: Page, channel: string, applicant: string, respondent: string) {
  await page.goto('/disputes/new');
  const form = page.getByTestId('disputes-intake-form');
  await form.waitFor();
  await pickOption(page, 'intake-channel', channel);
  await page.getByTestId('intake-channel-ref').fill('（2026）浙0282民诉前调101号');
  await pickOption(page, 'intake-category', '合同纠纷');
  await page.getByTestId('intake-title').fill('买卖合同货款纠纷');
  await page.getByTestId('intake-facts').fill('申请人供应拖鞋配件，被申请人尚欠货款三万元未付。');
  await page.getByTestId('intake-party-0-name').fill(applicant);
  await page.getByTestId('intake-party-0-id').fill('91330282MA2AB1234X');
  await page.getByTestId('intake-party-1-name').fill(respondent);
  await page.getByTestId('intake-party-1-id').fill('330282199001011234');
  await page.getByTestId('intake-party-1-phone').fill('13905749876');
  await page.getByTestId('intake-party-1-address').fill('慈溪市桥头镇上林湖村');
  // The whole form fits the phone's width: nothing to scroll sideways.
  const box = (await form.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await page.getByTestId('intake-submit').click();
}

/**
 * One 诉前调解 from the court's referral to the 司法确认 application, by clicking as the mediator: intake
 * on a phone, 分派, 受理 (the clock explained on hover), a refused agreement before any session (with its
 * article), the session, the written agreement read back from its DOCX and signed on the screen, the
 * application, and the duplicate warning on a repeat.
 */
describe.skipIf(e2eSkipped())('disputes (矛调)', () => {
  const browser = useBrowser();

  it('takes a court referral through mediation to a written agreement and 司法确认', async () => {
    const page = await browser.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'mediator');
    const tag = Date.now().toString(36);
    const applicant = `慈溪市某鞋材厂${tag}`;
    const respondent = `张${tag}`;
    await intake(page, '法院委派（诉前调解）', applicant, respondent);
    await page.waitForURL((u) => /\/disputes\/[0-9a-f-]{36}$/.test(u.pathname));
    const status = page.getByTestId('dispute-status');
    await expect.poll(() => status.innerText()).toBe('已登记');
    const title = await page.locator('.ant-card-head-title').first().innerText();
    const code = /矛调〔\d{4}〕\d{4}号/.exec(title)![0];
    expect(await page.getByTestId('dispute-parties').innerText()).toContain('330282199001011234');
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByTestId('dispute-route').click();
    await openModal(page).getByTestId('route-mediator').fill('吴调解');
    await submitModal(page);
    await expect.poll(() => status.innerText()).toBe('已分派待受理');

    await page.getByTestId('dispute-accept').click();
    await confirmPopover(page);
    await expect.poll(() => status.innerText()).toBe('调解中');
    expect(await page.getByTestId('dispute-clocks').innerText()).toContain('诉前调解期限');
    // The clock is a real clock row: hovering its light explains the date.
    await page.getByTestId('dispute-clocks').locator('[data-testid^="clock-"]').first().hover();
    await expect.poll(() => page.getByTestId('clock-explained').innerText()).toContain('截止日为');

    // No agreement before the mediation is recorded: the refused step says why, with its article.
    const actions = page.getByTestId('workflow-actions');
    await expect.poll(() => actions.innerText()).toContain('请先记录调解情况');
    expect(await actions.innerText()).toContain('《人民调解法》第二十七条');
    expect(await page.getByTestId('dispute-agree').count()).toBe(0);

    await page.getByTestId('dispute-session').click();
    const session = openModal(page);
    await session.getByTestId('session-place').fill('桥头镇诉前调解工作室');
    await session.getByTestId('session-attendees').fill('双方当事人、调解员吴调解');
    await session.getByTestId('session-summary').fill('双方核对账目，被申请人认可欠款数额。');
    await submitModal(page);
    await expect
      .poll(() => page.getByTestId('dispute-sessions').innerText())
      .toContain('桥头镇诉前调解工作室');

    await page.getByTestId('dispute-agree').click();
    const agree = openModal(page);
    await agree.getByTestId('agree-responsibilities').fill('被申请人未按约付款，应承担违约责任。');
    await agree.getByTestId('agree-terms').fill('被申请人支付货款三万元，申请人放弃逾期利息。');
    await agree.getByTestId('agree-performance').fill('分两期支付，下月底前付清。');
    await submitModal(page);
    await expect.poll(() => status.innerText()).toBe('已办结');
    expect(await page.getByTestId('dispute-outcome').innerText()).toContain('达成书面调解协议');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('dispute-agreement-download').click(),
    ]);
    const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
    const doc = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    for (const part of ['人民调解协议书', code, applicant, respondent, '分两期支付'])
      expect(doc).toContain(part);

    // The applicant signs the agreement on the screen; the drawing is kept as a PNG with it.
    await page.getByTestId(`sign-${applicant}`).click();
    const pad = page.getByTestId('signature-pad');
    // Only once the dialog has stopped zooming in is the box below where the pad stays.
    await dialogSettled(page);
    const b = (await pad.boundingBox())!;
    await page.mouse.move(b.x + 20, b.y + 100);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++)
      await page.mouse.move(b.x + 20 + i * 15, b.y + 100 + Math.round(Math.sin(i) * 30));
    await page.mouse.up();
    await page.getByTestId('signature-save').click();
    const signatures = page.getByTestId('dispute-signatures');
    await expect.poll(() => signatures.innerText()).toContain(`${applicant} 已签名`);
    const drawn = signatures.locator(`img[alt="${applicant}的签名"]`);
    await expect
      .poll(() => drawn.evaluate((i: HTMLImageElement) => i.naturalWidth))
      .toBeGreaterThan(0);

    await page.getByTestId('dispute-confirmation').click();
    await submitModal(page);
    await expect
      .poll(() => page.getByTestId('dispute-confirmation-state').innerText())
      .toContain('已向慈溪市人民法院申请司法确认');
    await expect.poll(() => actions.innerText()).toContain('已登记司法确认申请');

    // The same parties again (now through 12345): registered, with the earlier code named.
    await page.setViewportSize({ width: 390, height: 844 });
    await intake(page, '12345政务服务便民热线', applicant, respondent);
    await expect.poll(() => page.getByTestId('disputes-duplicate').innerText()).toContain(code);

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/disputes');
    await pickOption(page, 'disputes-filter-channel', '法院委派（诉前调解）');
    const row = page.getByTestId('disputes-table').locator('tr', { hasText: code });
    await expect.poll(() => row.innerText(), { timeout: 15_000 }).toContain('已办结');
  }, 240_000);
});
