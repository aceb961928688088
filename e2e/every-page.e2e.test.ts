import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { e2eSkipped } from './context.js';
import { signIn, signInEnrollingSecondFactor } from './ui.js';

/** Demo accounts that sign in with a password alone. */
const ACCOUNTS = [
  'head',
  'deputy',
  'reviewer',
  'adviser',
  'clerk',
  'officer',
  'mediator',
  'window',
  'cadre',
  'county',
  'countyreview',
  'supervisor',
];
/** Menu pages a role must find (a missing entry is a broken promise too). */
const MUST_SEE: Record<string, string[]> = {
  officer: [
    '/enforcement/cases',
    '/enforcement/entrustments',
    '/enforcement/certificates',
    '/enforcement/stats',
  ],
  head: ['/enforcement/cases', '/enforcement/stats'],
  mediator: ['/disputes/new', '/disputes', '/disputes/stats'],
  window: ['/disputes/new', '/disputes'],
};
/** Record pages reached from a list: the list's first row is opened too. */
const FIRST_ROW: Record<string, string> = {
  '/enforcement/cases': '[data-testid=cases-table] tr.ant-table-row',
  '/disputes': '[data-testid=disputes-table] tr.ant-table-row',
};
/** Administrators enrol a second factor on first sign-in (the audit administrator's is the foundation test's). */
const ADMINS = ['sysadmin', 'secadmin'];

/**
 * Resolves once the page has settled: nothing spinning (a page's code loading, or its data), no API call
 * in flight, and none started or ended for `quietMs`, counted from the call at the earliest.
 */
function pageSettled(page: Page, quietMs = 150): () => Promise<void> {
  let inFlight = 0;
  let last = 0;
  const isApi = (url: string) => new URL(url).pathname.startsWith('/api/');
  page.on('request', (r) => isApi(r.url()) && (inFlight++, (last = Date.now())));
  const done = (r: Request) => isApi(r.url()) && (inFlight--, (last = Date.now()));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return () => {
    const from = Date.now();
    const quiet = async () =>
      inFlight === 0 &&
      Date.now() - Math.max(last, from) >= quietMs &&
      (await page.locator('.ant-spin-spinning').count()) === 0;
    return expect.poll(quiet, { interval: 50, timeout: 15_000 }).toBe(true);
  };
}

/**
 * Every page in every role's menu opens without a failed API call or a script error. A menu entry whose
 * page asks for something the role may not read (or an org it cannot see) is a broken promise to that user.
 */
describe.skipIf(e2eSkipped())('every menu page of every role opens cleanly', () => {
  const browser = useBrowser();

  it.each([...ACCOUNTS, ...ADMINS])(
    '%s',
    async (username) => {
      const page = await browser.page();
      const failures: string[] = [];
      let at = '/login';
      const askedFrom = new WeakMap<object, string>();
      page.on('request', (r) => askedFrom.set(r, at));
      page.on('response', (r) => {
        const url = new URL(r.url());
        const from = askedFrom.get(r.request()) ?? at;
        if (
          url.pathname.startsWith('/api/') &&
          r.status() >= 400 &&
          !(from === '/login' && url.pathname === '/api/v1/auth/me')
        ) {
          failures.push(
            `${from}: ${r.status()} ${r.request().method()} ${url.pathname}${url.search}`,
          );
        }
      });
      page.on('pageerror', (e) => failures.push(`${at}: ${e.message}`));
      const settled = pageSettled(page);
      await (ADMINS.includes(username)
        ? signInEnrollingSecondFactor(page, username)
        : signIn(page, username));
      await page.locator('.ant-layout-sider a[href]').first().waitFor();
      await settled();
      const links = await page
        .locator('.ant-layout-sider a[href]')
        .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
      expect(links.length).toBeGreaterThan(0);
      expect(links).toEqual(expect.arrayContaining(MUST_SEE[username] ?? []));
      for (const href of links) {
        at = href;
        // A click on the menu entry, as a person navigates: the app stays loaded between pages.
        await page.locator(`.ant-layout-sider a[href="${href}"]`).click();
        await expect
          .poll(() => new URL(page.url()).pathname + new URL(page.url()).search)
          .toBe(href);
        await settled();
        const row = FIRST_ROW[href];
        if (row && (await page.locator(row).count())) {
          at = `${href}/…`;
          await page.locator(row).first().click();
          await expect.poll(() => new URL(page.url()).pathname).not.toBe(href);
          await settled();
        }
      }
      expect(failures).toEqual([]);
      // One test walks a whole menu (twenty-odd pages for the county accounts): more than one step's time.
    },
    180_000,
  );
});
