import fs from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { e2eSkipped } from './context.js';
import { signIn } from './ui.js';

/** The downloaded workbook: its number of rows and all its text. */
async function workbook(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(button).click(),
  ]);
  const zip = await JSZip.loadAsync(fs.readFileSync((await file.path())!));
  const parts = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => n.startsWith('xl/') && n.endsWith('.xml'))
      .map((n) => zip.file(n)!.async('string')),
  );
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  return {
    rows: sheet.match(/<row /g)?.length ?? 0,
    text: parts.join('').replace(/<[^>]+>/g, ' '),
  };
}

/** Ticking rows on a list and exporting only them (导出所选). */
describe.skipIf(e2eSkipped())('bulk export of the selected rows', () => {
  const browser = useBrowser();

  it('exports the two ticked applications, and a tick does not open the drawer', async () => {
    const page = await browser.page();
    await signIn(page, 'clerk');
    await page.goto('/disclosure/requests');
    const rows = page.locator('[data-testid=requests-table] tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(3);
    const codes = await rows.locator('code').allInnerTexts();
    await rows.nth(0).locator('.ant-table-selection-column input').check();
    await rows.nth(2).locator('.ant-table-selection-column input').check();
    expect(await page.getByTestId('request-drawer').count()).toBe(0);
    await expect
      .poll(() => page.getByTestId('requests-export-selected').innerText())
      .toContain('导出所选（2）');
    const book = await workbook(page, 'requests-export-selected');
    expect(book.rows).toBe(3);
    expect(book.text).toContain(codes[0]!);
    expect(book.text).toContain(codes[2]!);
    expect(book.text).not.toContain(codes[1]!);
  });

  it('exports the ticked review items', async () => {
    const page = await browser.page();
    await signIn(page, 'reviewer');
    await page.goto('/review/items');
    const rows = page.locator('[data-testid=review-table] tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(2);
    await rows.nth(1).locator('.ant-table-selection-column input').check();
    const book = await workbook(page, 'review-export-selected');
    expect(book.rows).toBe(2);
  });
});
