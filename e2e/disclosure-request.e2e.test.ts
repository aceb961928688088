import fs from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { e2eSkipped } from './context.js';
import { dialogSettled, pickOption, signIn } from './ui.js';

const PHONE = '13957412345';
/** A resident ID with a valid ISO 7064 MOD 11-2 check character. */
const ID_NUMBER = '330282199001011231';
const pdf = (text: string) => ({
  name: `${text}.pdf`,
  mimeType: 'application/pdf',
  buffer: Buffer.from(`%PDF-1.4\n% ${encodeURIComponent(text)}\n%%EOF\n`),
});

async function openApplication(page: Page, code: string) {
  await page.goto('/disclosure/requests');
  await page.getByTestId('requests-filter-q').locator('input').fill(code);
  await page.getByTestId('requests-filter-q').locator('input').press('Enter');
  await page.getByTestId(`request-row-${code}`).click();
  await expect.poll(() => page.getByTestId('request-actions').isVisible()).toBe(true);
}

async function step(
  page: Page,
  action: string,
  modal: string,
  fill: () => Promise<void> = async () => {},
) {
  await page.getByTestId(action).click();
  await expect.poll(() => page.getByTestId(modal).isVisible()).toBe(true);
  await fill();
  await dialogSettled(page);
  await page.getByTestId(`${modal}-ok`).click();
  // A step that files a document (区分处理) can take a while on a loaded CI machine.
  await expect.poll(() => page.getByTestId(modal).isVisible(), { timeout: 30_000 }).toBe(false);
}

async function track(page: Page, code: string) {
  await page.goto(`/portal/disclosure/track?code=${encodeURIComponent(code)}`);
  await page.getByTestId('track-phone').fill(PHONE);
  await page.getByTestId('track-submit').click();
  await expect.poll(() => page.getByTestId('track-result').isVisible()).toBe(true);
}

/**
 * The whole 依申请公开 path in a browser: a citizen applies online without an account, staff confirm it
 * and ask for a correction, the citizen corrects it on the tracking page, staff redact and reply with
 * partial disclosure, and the citizen downloads the reply.
 */
describe.skipIf(e2eSkipped())(
  '依申请公开: apply online → 补正 → partial disclosure → download',
  () => {
    const browser = useBrowser();

    it('runs from the public form to the downloaded 答复告知书', async () => {
      const citizen = await browser.page();
      await citizen.goto('/portal/disclosure/apply');
      await citizen.getByTestId('apply-name').fill('刘晓明');
      await citizen.getByTestId('apply-id-number').fill(ID_NUMBER);
      await citizen.getByTestId('apply-phone').fill(PHONE);
      await citizen.getByTestId('apply-email').fill('liuxm@example.cn');
      await citizen.getByTestId('apply-description').fill('关于镇里修路的文件');
      await citizen.getByTestId('apply-submit').click();
      const codeEl = citizen.getByTestId('apply-tracking-code');
      await expect.poll(() => codeEl.isVisible(), { timeout: 15_000 }).toBe(true);
      const code = (await codeEl.innerText()).trim();
      expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

      const staff = await browser.page();
      await signIn(staff, 'clerk');
      await openApplication(staff, code);
      await step(staff, 'action-confirm', 'step-confirm');
      await step(staff, 'action-correction', 'step-correction', () =>
        staff.getByTestId('step-items').fill('请写明所需文件涉及的村名、道路名称及形成年份'),
      );
      await expect.poll(() => staff.getByTestId('request-drawer').innerText()).toContain('待补正');

      await track(citizen, code);
      expect(await citizen.getByTestId('track-state').innerText()).toBe('待补正');
      await citizen
        .getByTestId('track-correction-text')
        .fill('小桥头村2024年村内主干道拓宽工程的立项批复和施工合同');
      await citizen.getByTestId('track-correction-submit').click();
      await expect.poll(() => citizen.getByTestId('track-state').innerText()).toBe('办理中');

      await staff.reload();
      await expect.poll(() => staff.getByTestId('request-actions').isVisible()).toBe(true);
      await step(staff, 'action-redact', 'redact', async () => {
        await staff
          .getByTestId('redact-original-upload')
          .locator('input[type=file]')
          .setInputFiles(pdf('施工合同原件'));
        await staff.getByTestId('redact-mode').getByText('上传已处理的公开文本').click();
        await staff
          .getByTestId('redact-released-upload')
          .locator('input[type=file]')
          .setInputFiles(pdf('施工合同公开文本'));
        await pickOption(staff, 'redact-grounds', '个人隐私（《政府信息公开条例》第十五条）');
      });
      await step(staff, 'action-reply', 'reply', async () => {
        await pickOption(staff, 'reply-outcome', '部分公开');
        await staff
          .getByTestId('reply-reasons')
          .fill('合同附件中施工人员的身份证号码和联系电话属于个人隐私');
      });
      await expect.poll(() => staff.getByTestId('request-drawer').innerText()).toContain('已答复');

      await track(citizen, code);
      expect(await citizen.getByTestId('track-state').innerText()).toBe('已答复');
      const [download] = await Promise.all([
        citizen.waitForEvent('download'),
        citizen.getByTestId('track-doc-reply').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(
        /^政府信息公开申请答复告知书（桥政信复〔\d{4}〕\d+号）\.docx$/,
      );
      const bytes = fs.readFileSync((await download.path())!);
      const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
      const text = xml.replace(/<[^>]+>/g, '');
      expect(text).toContain('刘晓明');
      expect(text).toContain('第三十七条');
      expect(text).toContain('应当先向行政复议机关申请行政复议');
      expect(await citizen.getByTestId('track-documents').innerText()).toContain('公开文本');
      expect(await citizen.getByTestId('track-documents').innerText()).not.toContain('原件');
    }, 180_000); // two people, a dozen steps, on a shared two-core machine
  },
);
