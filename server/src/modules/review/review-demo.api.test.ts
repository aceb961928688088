import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/test-client.js';
import {
  FULL_DEMO_SETUP_MS,
  pgMissing,
  startTestServer,
  type TestServer,
} from '../../test/test-env.js';

describe.skipIf(pgMissing())(
  'legality review: the 桥头镇 2024 figures from the demo records',
  () => {
    let s: TestServer;
    let reviewer: TestClient;

    beforeAll(async () => {
      s = await startTestServer({ demo: 'full' });
      reviewer = await s.as('reviewer');
      // Every module's 2024 records load here, not only this one's.
    }, FULL_DEMO_SETUP_MS);
    afterAll(() => s?.close());

    it('reproduces the report: 89 contracts, 8 village rules, 1 major-decision filing, 2 other, 350+ offline', async () => {
      const res = await reviewer.get('/api/v1/review/stats?year=2024');
      expect(res.status).toBe(200);
      expect(res.json.report).toEqual({
        contracts: 89,
        villageRules: 8,
        majorDecisionFilings: 1,
        other: 2,
        offlineVillageContracts: 356,
      });
      expect(res.json.report.offlineVillageContracts).toBeGreaterThanOrEqual(350);
      // 应审尽审: every item decided in 2024 was reviewed first.
      expect(res.json.coverage.rate).toBe(1);
      expect(res.json.coverage.decided).toBeGreaterThan(80);
      expect(res.json.onTime.rate).toBeGreaterThan(0.9);
      expect(res.json.onTime.rate).toBeLessThan(1);
      expect(res.json.averageWorkingDaysToOpinion).toBeGreaterThan(2);
      expect(res.json.filings.villageRulesDue).toBe(7);
      expect(res.json.filings.villageRulesOnTime).toBe(6);
      const r4 = res.json.rules.find((r: { ruleId: string }) => r.ruleId === 'R4');
      expect(r4).toMatchObject({ accepted: 1, precision: 1 });
      // Reviewers dismissed some of the contract hits as false alarms.
      const c5 = res.json.rules.find((r: { ruleId: string }) => r.ruleId === 'C5');
      expect(c5.dismissed).toBeGreaterThan(0);
      expect(c5.precision).toBeLessThan(1);
      expect(
        res.json.byOrg.find((o: { name: string }) => o.name === '上林湖村').offline,
      ).toBeGreaterThan(30);
      expect(res.json.byMonth.length).toBeGreaterThanOrEqual(10);
      // Another year has none of it.
      expect((await reviewer.get('/api/v1/review/stats?year=2023')).json.report).toEqual({
        contracts: 0,
        villageRules: 0,
        majorDecisionFilings: 0,
        other: 0,
        offlineVillageContracts: 0,
      });
    });

    it('keeps the items in progress on 20 November in the inboxes and on the dashboard, red when overdue', async () => {
      const board = await reviewer.get('/api/v1/review/dashboard');
      expect(board.status).toBe(200);
      expect(board.json.deadlineCounts.overdue).toBeGreaterThanOrEqual(1);
      const overdue = board.json.deadlines.find(
        (d: { title: string }) => d.title === '五丰村村集体厂房租赁合同（续签）',
      );
      expect(overdue.clock).toMatchObject({ status: 'overdue', dueDate: '2024-11-15' });
      const inbox = await reviewer.get('/api/v1/inbox?status=overdue');
      expect(inbox.json.items.map((i: { title: string }) => i.title)).toContain(
        '合法性审查：五丰村村集体厂房租赁合同（续签）',
      );
      const county = await s.as('countyreview');
      const coReview = (await county.get('/api/v1/inbox')).json.items.map(
        (i: { title: string }) => i.title,
      );
      expect(coReview).toContain('县乡协审：桥头镇促进小微企业高质量发展若干政策（送审稿）');
    });

    it('records the 2024 fair-competition work through the services: two conclusions, the policy’s open record, the clean-up', async () => {
      const fcr = await reviewer.get('/api/v1/review/fcr?pageSize=50');
      expect(fcr.status, JSON.stringify(fcr.json)).toBe(200);
      const byTitle = new Map(
        (
          fcr.json.items as {
            title: string;
            state: string;
            outcome: string | null;
            concludedOn: string | null;
            itemId: string | null;
          }[]
        ).map((r) => [r.title, r]),
      );
      expect(byTitle.get('桥头镇2024年度工业企业技术改造奖励办法')).toMatchObject({
        state: 'concluded',
        outcome: 'compliant',
        concludedOn: '2024-04-18',
      });
      expect(byTitle.get('桥头镇鞋服产业集聚区招商引资优惠办法（征求意见稿）')).toMatchObject({
        state: 'concluded',
        outcome: 'non_compliant',
        concludedOn: '2024-09-12',
      });
      const open = [...byTitle.values()].filter((r) => r.state === 'draft');
      expect(open).toHaveLength(1);
      expect(open[0]!.itemId).not.toBeNull();
      const cleanups = await reviewer.get('/api/v1/review/fcr-cleanups?year=2024&pageSize=50');
      expect(cleanups.status, JSON.stringify(cleanups.json)).toBe(200);
      expect(cleanups.json.total).toBe(12);
      // Each step left the trail its service writes, on the day it was taken; nothing was imported as rows.
      const actions = await s.deps.db.kysely
        .selectFrom('auditEvents')
        .select(['action', 'at'])
        .where('action', 'like', 'review.fcr%')
        .execute();
      const count = (a: string) => actions.filter((e) => e.action === a).length;
      expect([count('review.fcr.created'), count('review.fcr.concluded')]).toEqual([3, 2]);
      expect(count('review.fcr_cleanup.recorded')).toBe(12);
      expect(count('review.fcr.imported')).toBe(0);
      expect(
        actions.filter((e) => e.action === 'review.fcr.concluded').map((e) => e.at.slice(0, 10)),
      ).toEqual(expect.arrayContaining(['2024-04-18', '2024-09-12']));
    });

    it('blocks the unlawful contract and renders a 2024 opinion letter on first download', async () => {
      const list = await reviewer.get(`/api/v1/review/items?conclusion=unlawful&channel=platform`);
      expect(list.json.total).toBe(1);
      const id = list.json.items[0].id;
      const detail = await reviewer.get(`/api/v1/review/items/${id}`);
      expect(detail.json.state).toBe('opinion_issued');
      expect(detail.json.opinions[0].docNumber).toMatch(/^桥法审〔2024〕\d+号$/);
      // A village signs its own contracts; the town's leaders cannot, and the village cadre of 上林湖村 cannot even see it.
      expect(
        (
          await (
            await s.as('deputy')
          ).post(`/api/v1/review/items/${id}/decide`, { kind: 'signed', decidedOn: '2024-11-20' })
        ).status,
      ).toBe(403);
      expect((await (await s.as('cadre')).get(`/api/v1/review/items/${id}`)).status).toBe(404);
      const doc = await reviewer.get(
        `/api/v1/review/items/${id}/opinions/${detail.json.opinions[0].id}/document`,
      );
      expect(doc.status).toBe(200);
      const xml = await (
        await JSZip.loadAsync(doc.body)
      )
        .file('word/document.xml')!
        .async('string');
      expect(xml.replace(/<[^>]+>/g, '')).toContain('不合法，不予通过');
      const again = await reviewer.get(`/api/v1/review/items/${id}`);
      expect(again.json.opinions[0].fileId).toMatch(/[0-9a-f-]{36}/);
    });
  },
);
