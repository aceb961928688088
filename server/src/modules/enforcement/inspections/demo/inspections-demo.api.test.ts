import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../../core/calendar/index.js';
import { today } from '../../../../core/deps.js';
import type { TestClient } from '../../../../test/test-client.js';
import {
  FULL_DEMO_SETUP_MS,
  pgMissing,
  startTestServer,
  type TestServer,
} from '../../../../test/test-env.js';

/** The demo's inspections and hazards, counted from the records it drove through the services. */
describe.skipIf(pgMissing())('inspections demo', () => {
  let s: TestServer;
  let officer: TestClient;

  beforeAll(async () => {
    s = await startTestServer({ demo: 'full' });
    officer = await s.as('officer');
  }, FULL_DEMO_SETUP_MS);
  afterAll(() => s?.close());

  it('has ten joint school-canteen inspections in 2024 and one 挂牌督办 cleared', async () => {
    const stats = await officer.get('/api/v1/enforcement/hazards/stats?year=2024');
    expect(stats.status).toBe(200);
    expect(stats.json).toMatchObject({ canteenInspections: 10, supervisedCleared: 1 });
    const list = await officer.get('/api/v1/enforcement/inspections?kind=canteen&year=2024');
    expect(list.json.total).toBe(10);
    expect(list.json.items.every((i: { joint: boolean }) => i.joint)).toBe(true);
  });

  it('has one hazard under 挂牌督办 now with its deadline ahead, and one due within the week', async () => {
    const day = today(s.deps);
    const supervised = await officer.get('/api/v1/enforcement/hazards?supervised=true');
    const states = supervised.json.items.map((h: { status: string }) => h.status).sort();
    expect(states).toEqual(['cleared', 'supervised']);
    const open = supervised.json.items.find((h: { status: string }) => h.status === 'supervised');
    expect(open.supervisionDeadline > day).toBe(true);
    const rectifying = await officer.get('/api/v1/enforcement/hazards?status=rectifying');
    const dueThisWeek = rectifying.json.items.filter(
      (h: { deadline: string; overdue: boolean }) =>
        !h.overdue && h.deadline >= day && h.deadline <= addDays(day, 7),
    );
    expect(dueThisWeek).toHaveLength(1);
  });
});
