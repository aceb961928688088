import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

describe.skipIf(pgMissing())('GET /api/v1/legal-basis: the legal-basis registry, public', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s?.close());

  it('answers anyone with every cited article and its summary, and which texts are checked', async () => {
    const res = await s.client().get('/api/v1/legal-basis');
    expect(res.status).toBe(200);
    const { statutes, articles } = res.json as {
      statutes: { name: string; version: string | null; checked: boolean }[];
      articles: { statute: string; article: number; summary: string; version: string | null }[];
    };
    expect(statutes).toContainEqual({
      name: '政府信息公开条例',
      version: '2019-04-03',
      checked: true,
    });
    expect(statutes).toContainEqual({
      name: '全国年节及纪念日放假办法',
      version: null,
      checked: false,
    });
    const reply = articles.find((a) => a.statute === '政府信息公开条例' && a.article === 33);
    expect(reply).toMatchObject({ version: '2019-04-03' });
    expect(reply!.summary).toContain('20个工作日');
    expect(articles.find((a) => a.statute === '民法典' && a.article === 201)).toBeDefined();
    expect(articles.length).toBeGreaterThan(100);
  });
});
