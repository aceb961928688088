import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FULL_DEMO_SETUP_MS,
  pgMissing,
  startTestServer,
  type TestServer,
} from '../../test/test-env.js';

interface InboxJson {
  counts: { overdue: number; due_soon: number; total: number };
  items: { title: string; dueDate: string | null }[];
}

describe.skipIf(pgMissing())('the demo loaded on a day after its 2024 history', () => {
  let s: TestServer;
  const TODAY = '2026-12-04';

  beforeAll(async () => {
    s = await startTestServer({ demo: 'full', now: `${TODAY}T02:00:00Z` }); // a Friday
  }, FULL_DEMO_SETUP_MS);
  afterAll(() => s?.close());

  const inbox = async (username: string): Promise<InboxJson> => {
    const res = await (await s.as(username)).get('/api/v1/inbox?pageSize=100');
    expect(res.status).toBe(200);
    return res.json as InboxJson;
  };

  it('gives the reviewer and the clerk current work: deadlines ahead, some this week, at most two overdue', async () => {
    for (const username of ['reviewer', 'clerk']) {
      const box = await inbox(username);
      const dated = box.items.filter((i) => i.dueDate);
      expect(dated.length, username).toBeGreaterThanOrEqual(3);
      expect(
        dated.some((i) => i.dueDate! > TODAY),
        username,
      ).toBe(true);
      expect(box.counts.overdue, username).toBeLessThanOrEqual(2);
      // Nothing left over from 2024.
      expect(
        dated.filter((i) => i.dueDate! < '2025-02-01'),
        username,
      ).toEqual([]);
    }
    const reviewer = await inbox('reviewer');
    expect(reviewer.counts.overdue).toBe(1);
    expect(reviewer.counts.due_soon).toBeGreaterThanOrEqual(1);
  });

  it('still reproduces the 2024 review report, and has figures for the current year', async () => {
    const res = await (await s.as('reviewer')).get('/api/v1/review/stats?year=2024');
    expect(res.json.report).toEqual({
      contracts: 89,
      villageRules: 8,
      majorDecisionFilings: 1,
      other: 2,
      offlineVillageContracts: 356,
    });
    // The dashboard opens on the latest year with opinions: this one, with the reviews of the last weeks.
    const now = await (
      await s.as('reviewer')
    ).get(`/api/v1/review/stats?year=${TODAY.slice(0, 4)}`);
    expect(now.json.years.at(-1)).toBe(Number(TODAY.slice(0, 4)));
    expect(now.json.report.contracts).toBe(2);
  });

  it('keeps the four applications carried from 2024 in the 2024 report and closes them in January 2025', async () => {
    const clerk = await s.as('clerk');
    const y2024 = await clerk.get('/api/v1/disclosure/annual-reports/2024');
    expect(y2024.status).toBe(200);
    expect(y2024.json.sectionThree.carried_out.total).toBe(4);
    const y2025 = (await clerk.get('/api/v1/disclosure/annual-reports/2025')).json.sectionThree;
    expect([y2025.carried_in.total, y2025.carried_out.total]).toEqual([4, 0]);
  });

  it('keeps the village board of the current year on record, with one village behind', async () => {
    const res = await (
      await s.as('clerk')
    ).get(`/api/v1/village-affairs/board?year=${TODAY.slice(0, 4)}`);
    expect(res.status).toBe(200);
    const behind = res.json.villages
      .filter((v: { overdue: boolean }) => v.overdue)
      .map((v: { name: string }) => v.name);
    expect(behind).toEqual(['烟墩村']);
  });

  it('keeps two unpaid fines on the enforcement docket, one to urge and one urged a month ago', async () => {
    const officer = await s.as('officer');
    const served = await officer.get('/api/v1/enforcement/cases?status=served&q=逾期未缴纳罚款');
    expect(served.json.items.map((c: { title: string }) => c.title)).toEqual([
      '经营超过保质期的食品（逾期未缴纳罚款）',
    ]);
    const urged = await officer.get('/api/v1/enforcement/cases?status=urged&q=逾期未缴纳罚款');
    expect(urged.json.total).toBe(1);
    const detail = await officer.get(`/api/v1/enforcement/cases/${urged.json.items[0].id}`);
    expect(detail.json.urgeDocNo).toMatch(/^桥综执催〔2026〕\d+号$/);
    // 行政强制法 第五十三条、第五十四条: both periods have run, so the town head may apply to the court.
    const head = await s.as('head');
    const asHead = await head.get(`/api/v1/enforcement/cases/${urged.json.items[0].id}`);
    expect(asHead.json.abilities).toContain('apply_court');
  });
});
