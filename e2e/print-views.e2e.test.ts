import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, useBrowser } from './browser.js';
import { e2eSkipped } from './context.js';
import { signIn } from './ui.js';

interface Doc {
  id: string;
  kind: string;
  docNumber: string | null;
}
interface Application {
  id: string;
  trackingCode: string;
  applicantName: string;
  idNumberMasked: string;
  dates: { receivedOn: string | null };
  documents: Doc[];
}

/** A GET of the API with the page's session. */
async function read<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(`/api/v1${url}`);
  expect(res.status(), url).toBe(200);
  return (await res.json()) as T;
}

/** The sheet's text once its record has loaded. */
async function sheet(page: Page, mustShow: string): Promise<string> {
  const s = page.getByTestId('print-sheet');
  await expect.poll(() => s.innerText(), { timeout: 15_000 }).toContain(mustShow);
  return s.innerText();
}

/** Prints the open page to PDF (A4 from the stylesheet) and checks a real file came out. */
async function pdf(page: Page, name: string) {
  const file = path.join(ARTIFACTS, `${name}.pdf`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const buf = await page.pdf({ path: file, preferCSSPageSize: true });
  expect(buf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(buf.length).toBeGreaterThan(5_000);
  // One page: the summary and the slips are meant to fit on a single A4 sheet.
  expect(buf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
}

/** Print views of documents handed over a counter: 收件回执, 送达回证, one-page summaries. */
describe.skipIf(e2eSkipped())('print views', () => {
  const browser = useBrowser();

  it('prints an in-person application’s 收件回执, a 送达回证 for its reply and its summary', async () => {
    const page = await browser.page();
    await signIn(page, 'clerk');
    const list = await read<{ items: { id: string; state: string }[] }>(
      page,
      '/disclosure/requests?channel=in_person&state=replied&pageSize=50',
    );
    expect(list.items.length).toBeGreaterThan(0);
    const app = await read<Application>(page, `/disclosure/requests/${list.items[0]!.id}`);
    const reply = app.documents.find((d) => d.kind === 'reply')!;
    expect(reply.docNumber).toBeTruthy();
    expect(app.idNumberMasked).toContain('*');

    // The 打印 button of the record offers the three views and opens them in a new tab.
    await page.goto(`/disclosure/requests?focus=${app.id}`);
    await page.getByTestId('request-print').click();
    const [receipt] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByTestId('request-print-receipt').click(),
    ]);
    await receipt.waitForURL(`**/print/disclosure/requests/${app.id}/receipt`);
    const text = await sheet(receipt, app.trackingCode);
    expect(text).toContain('政府信息公开申请收件回执');
    expect(text).toContain(app.applicantName);
    expect(text).toContain(app.idNumberMasked);
    expect(text).toContain(app.dates.receivedOn!);
    expect(text).toContain('第三十一条第一项');
    // Nothing of the application's frame on the sheet.
    expect(await receipt.locator('[data-testid=side-menu]').count()).toBe(0);
    await pdf(receipt, 'print-receipt');

    await page.getByTestId('request-print').click();
    const serviceKey = `request-print-service-reply-${reply.id}`;
    const [service] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByTestId(serviceKey).click(),
    ]);
    const slip = await sheet(service, reply.docNumber!);
    expect(slip).toContain('送达回证');
    expect(slip).toContain('答复告知书');
    expect(slip).toContain(app.applicantName);
    expect(slip).toContain(app.trackingCode);
    await pdf(service, 'print-service-reply');

    await receipt.goto(`/print/disclosure/requests/${app.id}`);
    const summary = await sheet(receipt, '办理情况');
    expect(summary).toContain(app.trackingCode);
    expect(summary).toContain(app.idNumberMasked);
    expect(summary).toContain(app.dates.receivedOn!);
    expect(summary).toContain(reply.docNumber!);
    await pdf(receipt, 'print-request-summary');
  });

  it('shows a county official the summary with the applicant masked as on their screens', async () => {
    const page = await browser.page();
    await signIn(page, 'clerk');
    const list = await read<{ items: { id: string }[] }>(page, '/disclosure/requests?pageSize=5');
    const id = list.items[0]!.id;
    const county = await browser.page();
    await signIn(county, 'county');
    const seen = await read<Application>(county, `/disclosure/requests/${id}`);
    expect(seen.idNumberMasked).toContain('*');
    await county.goto(`/print/disclosure/requests/${id}`);
    const text = await sheet(county, seen.trackingCode);
    expect(text).toContain(seen.idNumberMasked);
  });

  it('prints a review item’s summary and the 送达回证 of its opinion letter', async () => {
    const page = await browser.page();
    await signIn(page, 'reviewer');
    const list = await read<{ items: { id: string; docNumber: string | null }[] }>(
      page,
      '/review/items?channel=platform&pageSize=100',
    );
    const row = list.items.find((r) => r.docNumber)!;
    const item = await read<{
      id: string;
      title: string;
      org: { name: string };
      opinions: { id: string; docNumber: string | null }[];
    }>(page, `/review/items/${row.id}`);
    const opinion = item.opinions.find((o) => o.docNumber)!;

    await page.goto(`/review/items/${item.id}`);
    await page.getByTestId('item-print').click();
    const [summary] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByTestId('item-print-summary').click(),
    ]);
    const text = await sheet(summary, item.title);
    expect(text).toContain('合法性审查事项摘要');
    expect(text).toContain(opinion.docNumber!);
    expect(text).toContain(item.org.name);
    await pdf(summary, 'print-review-summary');

    await summary.goto(`/print/review/items/${item.id}/service?opinion=${opinion.id}`);
    const slip = await sheet(summary, opinion.docNumber!);
    expect(slip).toContain('合法性审查意见书');
    expect(slip).toContain('采纳情况反馈表');
    expect(slip).toContain(item.org.name);
    await pdf(summary, 'print-review-service');

    await summary.goto(`/print/review/items/${item.id}/service?opinion=${item.id}`);
    await expect
      .poll(() => summary.getByTestId('print-sheet').innerText())
      .toContain('该事项没有这份审查意见书');
  });
});
