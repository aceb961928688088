import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/test-client.js';
import {
  FULL_DEMO_SETUP_MS,
  pgMissing,
  startTestServer,
  type TestServer,
} from '../../test/test-env.js';
import { hashPassword } from '../auth/passwords.js';
import { findOrgByCode, insertOrg } from '../orgs/org.repository.js';
import { insertUser, setRoles } from '../users/user.repository.js';

interface Trend {
  key: string;
  api: string;
  web: string;
  counts: number[];
}
interface Party {
  name: string;
}

/** 驾驶舱 over the 2024 demo: one town's figures and open work, and the county's towns side by side. */
describe.skipIf(pgMissing())('cockpit', () => {
  let s: TestServer;
  let head: TestClient;
  let county: TestClient;
  let other: TestClient;
  let townId: string;
  let otherTownId: string;

  beforeAll(async () => {
    s = await startTestServer({ demo: 'full', now: '2025-02-10T02:00:00Z' });
    const q = s.deps.db.kysely;
    townId = (await findOrgByCode(q, '330282109000'))!.id;
    // A second town of 慈溪市, with its head, and no records.
    const town = await insertOrg(q, {
      code: '330282998000',
      name: '对照镇',
      kind: 'town',
      parent: (await findOrgByCode(q, '330282000000'))!,
      now: s.time.now(),
    });
    otherTownId = town.id;
    const user = await insertUser(q, {
      orgId: town.id,
      username: 'otherhead',
      displayName: '对照镇镇长',
      passwordHash: await hashPassword('Demo@2024'),
      mustChangePassword: false,
      now: s.time.now(),
    });
    await setRoles(q, user.id, ['town_head'], null, s.time.now());
    [head, county, other] = [await s.as('head'), await s.as('county'), await s.as('otherhead')];
  }, FULL_DEMO_SETUP_MS);
  afterAll(() => s?.close());

  const cockpit = async (who: TestClient, query = '') => {
    const res = await who.get(`/api/v1/cockpit?year=2024${query}`);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return res.json;
  };

  it('shows this year’s indicators against last year’s, each with its light', async () => {
    const c = await cockpit(head);
    expect(c.town).toBe('桥头镇');
    const set = (await head.get('/api/v1/indicators?year=2024')).json.indicators as {
      key: string;
      value: number | null;
      previous: number | null;
    }[];
    const byKey = new Map(
      (c.indicators as { key: string; value: number; light: string | null }[]).map((i) => [
        i.key,
        i,
      ]),
    );
    // The seed's figures (figures.md F12, F23) as the cockpit shows them.
    expect(byKey.get('enforcement.entrustedDecisions')!.value).toBe(43);
    expect(byKey.get('disputes.agreements')!.value).toBe(708);
    for (const i of set) {
      const shown = byKey.get(i.key)!;
      expect(shown.value, i.key).toBe(i.value);
      if (i.value === null || i.previous === null) expect(shown.light, i.key).toBeNull();
      else expect(['green', 'yellow', 'red'], i.key).toContain(shown.light);
    }
  });

  it('counts each module’s records per month, and each month’s list holds exactly those', async () => {
    const c = await cockpit(head);
    const trends = new Map((c.trends as Trend[]).map((t) => [t.key, t]));
    expect([...trends.keys()]).toEqual([
      'review',
      'disputes',
      'enforcement',
      'litigation',
      'disclosure',
    ]);
    const q = s.deps.db.kysely;
    const received = await q
      .selectFrom('disputes')
      .select(sql<number>`count(*)`.as('n'))
      .where('townId', '=', townId)
      .where('receivedOn', '>=', '2024-01-01')
      .where('receivedOn', '<=', '2024-12-31')
      .executeTakeFirstOrThrow();
    const disputes = trends.get('disputes')!;
    expect(disputes.counts.reduce((a, b) => a + b, 0)).toBe(Number(received.n));
    expect(Number(received.n)).toBeGreaterThan(700);
    for (const key of ['review', 'disputes', 'enforcement', 'disclosure'] as const) {
      const t = trends.get(key)!;
      const busiest = t.counts.indexOf(Math.max(...t.counts));
      const month = c.months[busiest] as string;
      const list = await head.get(`${t.api}?month=${month}&pageSize=1`);
      expect(list.status, JSON.stringify(list.json)).toBe(200);
      expect(list.json.total, `${key} ${month}`).toBe(t.counts[busiest]);
      if (key === 'review') continue; // the review list's ?year= is the opinion's year, not 受理日期's
      const year = await head.get(`${t.api}?year=2024&pageSize=1`);
      expect(
        t.counts.reduce((a, b) => a + b, 0),
        key,
      ).toBe(year.json.total);
    }
  });

  it('counts the review items received per month, each month’s list holding exactly those', async () => {
    const c = await cockpit(head);
    const review = (c.trends as Trend[]).find((t) => t.key === 'review')!;
    const q = s.deps.db.kysely;
    const received = await q
      .selectFrom('reviewItems')
      .innerJoin('orgs', 'orgs.id', 'reviewItems.orgId')
      .select(sql<number>`count(*)`.as('n'))
      .where('orgs.townId', '=', townId)
      .where('reviewItems.acceptedOn', '>=', '2024-01-01')
      .where('reviewItems.acceptedOn', '<=', '2024-12-31')
      .executeTakeFirstOrThrow();
    expect(review.counts.reduce((a, b) => a + b, 0)).toBe(Number(received.n));
    expect(review.counts.filter((n) => n > 0).length).toBeGreaterThan(6);
    for (const [i, month] of (c.months as string[]).entries()) {
      const list = await head.get(`${review.api}?month=${month}&townId=${townId}&pageSize=1`);
      expect(list.status, JSON.stringify(list.json)).toBe(200);
      expect(list.json.total, month).toBe(review.counts[i]);
    }
    const month = c.months[review.counts.findIndex((n: number) => n > 0)] as string;
    const seen = await county.get(`${review.api}?month=${month}&townId=${townId}`);
    expect(seen.json.total).toBe(review.counts[c.months.indexOf(month)]);
    const elsewhere = await county.get(`${review.api}?month=${month}&townId=${otherTownId}`);
    expect(elsewhere.json.total).toBe(0);
    const bad = await head.get(`${review.api}?month=2024-13`);
    expect(bad.status).toBe(400);
  });

  it('counts the open and overdue statutory clocks per module, as the clocks stand', async () => {
    const c = await cockpit(head);
    const q = s.deps.db.kysely;
    const rows = await q
      .selectFrom('clocks')
      .innerJoin('orgs', 'orgs.id', 'clocks.orgId')
      .select(['clocks.subjectType', 'clocks.state', 'clocks.dueDate'])
      .where('orgs.path', 'like', `${(await findOrgByCode(q, '330282109000'))!.path}%`)
      .where('clocks.state', '!=', 'stopped')
      .execute();
    const modules = c.modules as { subjectType: string; open: number; overdue: number }[];
    expect(modules.reduce((n, m) => n + m.open, 0)).toBe(rows.length);
    expect(rows.length).toBeGreaterThan(0);
    for (const m of modules) {
      const mine = rows.filter((r) => r.subjectType === m.subjectType);
      expect(m.open, m.subjectType).toBe(mine.length);
      expect(m.overdue, m.subjectType).toBe(
        mine.filter((r) => r.state === 'running' && String(r.dueDate) < c.day).length,
      );
    }
  });

  it('gives the county every town side by side, ranked, with who has not submitted', async () => {
    const res = await county.get(
      '/api/v1/cockpit/towns?year=2024&indicator=enforcement.entrustedDecisions',
    );
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const towns = res.json.towns as { townId: string; value: number; rank: number }[];
    expect(towns.find((t) => t.townId === townId)).toMatchObject({ value: 43, rank: 1 });
    expect(towns.find((t) => t.townId === otherTownId)).toMatchObject({ value: 0, rank: 2 });
    expect(res.json.notSubmitted.map((t: { townId: string }) => t.townId)).toEqual(
      expect.arrayContaining([townId, otherTownId]),
    );
    const unknown = await county.get('/api/v1/cockpit/towns?year=2024&indicator=no.such');
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.code).toBe('UNKNOWN_INDICATOR');
  });

  it('lets the county open a town’s cockpit and drill down to its records, masked, never acting', async () => {
    const none = await county.get('/api/v1/cockpit?year=2024');
    expect(none.status).toBe(400);
    expect(none.json.error.code).toBe('TOWN_REQUIRED');
    const c = await cockpit(county, `&orgId=${townId}`);
    const own = await cockpit(head);
    expect(c.indicators).toEqual(own.indicators);
    expect(c.trends).toEqual(own.trends);

    const disputes = (c.trends as Trend[]).find((t) => t.key === 'disputes')!;
    const month = c.months[disputes.counts.findIndex((n: number) => n > 0)] as string;
    const path = `${disputes.api}?month=${month}&townId=${townId}&pageSize=200`;
    const seen = await county.get(path);
    const full = await head.get(path);
    expect(seen.json.total).toBe(full.json.total);
    const names = (r: { json: { items: { parties: Party[] }[] } }) =>
      r.json.items.flatMap((d) => d.parties.map((p) => p.name));
    expect(names(seen).every((n) => n.includes('*'))).toBe(true);
    expect(names(full).some((n) => !n.includes('*'))).toBe(true);
    const elsewhere = await county.get(`${disputes.api}?month=${month}&townId=${otherTownId}`);
    expect(elsewhere.json.total).toBe(0);

    const id = seen.json.items[0].id as string;
    const act = await county.post(`/api/v1/disputes/${id}/accept`, {});
    expect(act.status).toBe(403);
  });

  it('keeps a town to itself', async () => {
    const res = await other.get(`/api/v1/cockpit?year=2024&orgId=${townId}`);
    expect(res.status).toBe(404);
    const own = await cockpit(other);
    expect(own.town).toBe('对照镇');
    expect(own.trends.every((t: Trend) => t.counts.every((n) => n === 0))).toBe(true);
    const towns = await other.get('/api/v1/cockpit/towns?year=2024');
    expect(towns.json.towns.map((t: { townId: string }) => t.townId)).toEqual([otherTownId]);
    const list = await other.get(`/api/v1/disputes?townId=${townId}`);
    expect(list.json.total).toBe(0);
  });
});
