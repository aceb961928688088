import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/test-client.js';
import {
  FULL_DEMO_SETUP_MS,
  pgMissing,
  startTestServer,
  type TestServer,
} from '../../../test/test-env.js';

/** The 2024 report's station figures, counted from the records the demo drove through the services. */
describe.skipIf(pgMissing())('legal services demo', () => {
  let s: TestServer;
  let window: TestClient;

  beforeAll(async () => {
    s = await startTestServer({ demo: 'full', now: '2025-03-05T02:00:00Z' });
    window = await s.as('window');
  }, FULL_DEMO_SETUP_MS);
  afterAll(() => s?.close());

  it('reproduces 670 consultations, 120 mediations, 5 legal-aid cases and 30 judicial-assistance acts for 2024', async () => {
    const res = await window.get('/api/v1/legal-services/stats?year=2024');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      consultations: 670,
      mediations: 120,
      legalAid: 5,
      judicialAssistance: 30,
    });
    // Mediations referred on are logged but not counted as 化解.
    expect(res.json.visitsByKind.mediation).toBeGreaterThan(120);
    expect(res.json.satisfaction.rated).toBeGreaterThan(50);
    for (const d of Object.values(res.json.definitions))
      expect((d as string).length).toBeGreaterThan(10);
  });

  it('gives the window clerk a live station today: a queue, a booking, a question and aid clocks', async () => {
    const queue = (await window.get('/api/v1/legal-services/queue')).json;
    const consult = queue.windows.find((w: { code: string }) => w.code === 'A');
    expect(consult.current).toHaveLength(1);
    expect(consult.waiting).toHaveLength(2);
    expect(consult.served).toBe(1);
    expect((await window.get('/api/v1/legal-services/appointments')).json.items).toHaveLength(1);
    expect(
      (await window.get('/api/v1/legal-services/questions?answered=false')).json.items,
    ).toHaveLength(1);
    const open = (await window.get('/api/v1/legal-services/aid?status=forwarded')).json.items;
    expect(open[0].decisionClock).toMatchObject({ state: 'running' });
    const advisers = (await s.client().get('/api/v1/public/legal-services/advisers')).json;
    expect(advisers.items).toHaveLength(9);
    expect(advisers.items[0]).toMatchObject({
      hours: expect.any(String),
      place: expect.any(String),
    });
  });
});
