import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient, TestResponse } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

/** Every file download, whatever module sends it, is named in UTF-8 and must not be sniffed. */
function expectProperDownload(res: TestResponse, name: RegExp, path: string) {
  expect(res.status, `${path}: ${res.body.toString('utf8').slice(0, 200)}`).toBe(200);
  expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
  expect(res.headers.get('cache-control'), path).toBeTruthy();
  const cd = res.headers.get('content-disposition') ?? '';
  expect(cd, path).toMatch(
    /^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''[A-Za-z0-9%!#$&+.^_`|~-]+$/,
  );
  expect(decodeURIComponent(cd.split("UTF-8''")[1]!), path).toMatch(name);
}

describe.skipIf(pgMissing())('file downloads and the Shanghai date', () => {
  let s: TestServer;
  let clerk: TestClient;
  beforeAll(async () => {
    // 2024-11-20 17:30 UTC is already 21 November, 01:30, in Shanghai.
    s = await startTestServer({ now: '2024-11-20T17:30:00Z' });
    clerk = await s.as('clerk');
  });
  afterAll(() => s?.close());

  it('sends the offline-import template to the reviewer who imports, with nosniff and an RFC 5987 name', async () => {
    const reviewer = await s.as('reviewer');
    const res = await reviewer.get('/api/v1/review/import/template');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1] ?? '')).toBe(
      '线下村级合同审查导入模板.xlsx',
    );
  });

  it('sends every export, template, stored file and report with nosniff and an RFC 5987 name', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% 测试\n%%EOF\n');
    const fd = new FormData();
    fd.append('file', new Blob([pdf], { type: 'application/pdf' }), '会议纪要（扫描件）.pdf');
    const fileId = (await clerk.post('/api/v1/files', fd)).json.id as string;
    const cases: [string, RegExp][] = [
      ['/api/v1/review/items?format=xlsx', /^合法性审查台账-\d{4}-\d{2}-\d{2}\.xlsx$/],
      ['/api/v1/review/filings?format=xlsx', /^备案登记-\d{4}-\d{2}-\d{2}\.xlsx$/],
      [
        '/api/v1/disclosure/requests?format=xlsx',
        /^政府信息公开申请登记台账-\d{4}-\d{2}-\d{2}\.xlsx$/,
      ],
      ['/api/v1/disclosure/items?format=xlsx', /^政府信息公开目录-\d{4}-\d{2}-\d{2}\.xlsx$/],
      [`/api/v1/files/${fileId}`, /^会议纪要（扫描件）\.pdf$/],
      [
        '/api/v1/disclosure/annual-reports/2024/docx',
        /^慈溪市桥头镇人民政府2024年政府信息公开工作年度报告（草稿）\.docx$/,
      ],
    ];
    for (const [path, name] of cases) expectProperDownload(await clerk.get(path), name, path);
  });

  it('dates export file names with the Shanghai day, not the UTC one', async () => {
    for (const path of [
      '/api/v1/review/items?format=xlsx',
      '/api/v1/review/filings?format=xlsx',
      '/api/v1/disclosure/requests?format=xlsx',
    ]) {
      const cd = (await clerk.get(path)).headers.get('content-disposition') ?? '';
      expect(decodeURIComponent(cd.split("UTF-8''")[1]!), path).toContain('2024-11-21');
    }
  });
});
