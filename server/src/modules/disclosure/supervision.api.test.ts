import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';
import { SUPERVISION_MESSAGE } from '../../core/workflow/index.js';
import { ensureNoticeTemplate, personBody } from './requests/request-fixtures.js';

/**
 * Staff above the town (the county account is an office clerk of the county 司法局) supervise the
 * town's 政务公开 work: they read it, and every step of the town's office is refused to them.
 */
describe.skipIf(pgMissing())('supervision from above the town', () => {
  let s: TestServer;
  let clerk: TestClient;
  let county: TestClient;

  beforeAll(async () => {
    s = await startTestServer({ now: '2024-11-20T02:00:00Z' });
    await ensureNoticeTemplate(s.deps);
    [clerk, county] = await Promise.all([s.as('clerk'), s.as('county')]);
  });
  afterAll(() => s?.close());

  it('lets county staff read a town’s disclosure application but take none of its steps', async () => {
    const req = (await clerk.post('/api/v1/disclosure/requests', { ...personBody(), channel: 'in_person', submittedOn: '2024-11-20' })).json;
    const seen = await county.get(`/api/v1/disclosure/requests/${req.id}`);
    expect(seen.status).toBe(200);
    expect(seen.json.state).toBe('received');
    expect(Object.entries(seen.json.abilities).filter(([k, v]) => v && k !== 'readPii')).toEqual([]);
    expect(seen.json.blocked).toEqual([]);

    const refused = await county.post(`/api/v1/disclosure/requests/${req.id}/accept`, {});
    expect(refused.status).toBe(403);
    expect(refused.json.error).toMatchObject({ code: 'SUPERVISION_ONLY', message: SUPERVISION_MESSAGE });
    expect((await county.post(`/api/v1/disclosure/requests/${req.id}/correction-request`, { items: '请写明村组' })).json.error.code).toBe('SUPERVISION_ONLY');
    expect((await clerk.get(`/api/v1/disclosure/requests/${req.id}`)).json.state).toBe('received');
    // The town's own office still acts.
    expect((await clerk.post(`/api/v1/disclosure/requests/${req.id}/accept`, {})).status).toBe(200);
  });
});
