import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../../test/test-env.js';
import { docxText, ensureNoticeTemplate, personBody } from './request-fixtures.js';

const API = '/api/v1/disclosure/requests';

describe.skipIf(pgMissing())('合并重复申请: answering repeated applications in one go', () => {
  let s: TestServer;
  let clerk: TestClient;
  const register = async () =>
    (
      await clerk.post(API, {
        ...personBody(),
        description: '2024年桥头镇财政预算执行情况。',
        channel: 'in_person',
        submittedOn: '2024-11-20',
      })
    ).json as { id: string };

  beforeAll(async () => {
    s = await startTestServer({ now: '2024-11-20T02:00:00Z' });
    await ensureNoticeTemplate(s.deps);
    clerk = await s.as('clerk');
  });
  afterAll(() => s?.close());

  it('gives each selected application its own 不予重复处理 letter naming the earlier answer', async () => {
    const a = await register();
    const b = await register();
    const res = await clerk.post(`${API}/repeat-replies`, {
      ids: [a.id, b.id],
      details: '桥政信复〔2024〕3号',
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json).toEqual({ replied: [a.id, b.id], refused: [] });
    const numbers = new Set<string>();
    for (const id of [a.id, b.id]) {
      const detail = (await clerk.get(`${API}/${id}`)).json;
      expect(detail).toMatchObject({ state: 'replied', outcome: { key: 'rejected_repeat' } });
      const doc = detail.documents.find((d: { kind: string }) => d.kind === 'reply');
      numbers.add(doc.docNumber);
      const text = await docxText((await clerk.get(`/api/v1/files/${doc.fileId}`)).body);
      expect(text).toContain('不予重复处理');
      expect(text).toContain('第三十六条第（六）项');
      expect(text).toContain('桥政信复〔2024〕3号');
    }
    expect(numbers.size).toBe(2);
  });

  it('reports an application it may not answer and answers the others', async () => {
    const done = await register();
    await clerk.post(`${API}/repeat-replies`, { ids: [done.id], details: '桥政信复〔2024〕3号' });
    const fresh = await register();
    const res = await clerk.post(`${API}/repeat-replies`, {
      ids: [done.id, fresh.id],
      details: '桥政信复〔2024〕3号',
    });
    expect(res.status).toBe(200);
    expect(res.json.replied).toEqual([fresh.id]);
    expect(res.json.refused).toEqual([
      expect.objectContaining({ id: done.id, code: 'INVALID_STATE' }),
    ]);
  });

  it('refuses an empty selection or a missing earlier answer, and callers without the duty', async () => {
    const one = await register();
    const empty = await clerk.post(`${API}/repeat-replies`, {
      ids: [],
      details: '桥政信复〔2024〕3号',
    });
    expect(empty.status).toBe(400);
    const noDetails = await clerk.post(`${API}/repeat-replies`, { ids: [one.id], details: '' });
    expect(noDetails.status).toBe(400);
    const citizen = await (
      await s.as('citizen')
    ).post(`${API}/repeat-replies`, {
      ids: [one.id],
      details: '桥政信复〔2024〕3号',
    });
    expect(citizen.status).toBe(403);
    const county = await (
      await s.as('countyreview')
    ).post(`${API}/repeat-replies`, {
      ids: [one.id],
      details: '桥政信复〔2024〕3号',
    });
    expect(county.status).toBe(403);
    expect(county.json.error.code).toBe('SUPERVISION_ONLY');
    expect((await clerk.get(`${API}/${one.id}`)).json.state).not.toBe('replied');
  });
});
