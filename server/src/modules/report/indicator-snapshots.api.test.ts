import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';
import { findOrgByCode } from '../orgs/org.repository.js';
import { refreshIndicatorSnapshots } from './indicator-snapshot.job.js';

const KEY = 'legalServices.consultations';

/** 指标快照: the county's view of many towns reads each town's counts from its snapshot while still exact. */
describe.skipIf(pgMissing())('indicator snapshots', () => {
  let s: TestServer;
  let window: TestClient;
  let county: TestClient;
  let townId: string;
  let consultWindow: string;

  beforeAll(async () => {
    s = await startTestServer();
    s.time.set('2025-03-05T02:00:00Z');
    [window, county] = [await s.as('window'), await s.as('county')];
    townId = (await findOrgByCode(s.deps.db.kysely, '330282109000'))!.id;
    const opened = await window.post('/api/v1/legal-services/windows/defaults', {});
    expect(opened.status, JSON.stringify(opened.json)).toBe(201);
    consultWindow = opened.json.items[0].id;
  });
  afterAll(() => s?.close());

  const countyValue = async () => {
    const res = await county.get('/api/v1/indicators/towns?year=2025');
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return res.json.towns.find((t: { townId: string }) => t.townId === townId).values as Record<
      string,
      number | null
    >;
  };
  /** The town's figures counted live from its records (the one-town registry counts, no snapshot). */
  const liveValues = async () => {
    const res = await county.get(`/api/v1/indicators?year=2025&orgId=${townId}`);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return Object.fromEntries(
      (res.json.indicators as { key: string; value: number | null }[]).map((i) => [i.key, i.value]),
    );
  };
  const snapshots = () =>
    s.deps.db.kysely
      .selectFrom('reportIndicatorSnapshots')
      .select(['orgId', 'chainSeq', 'figures'])
      .where('year', '=', 2025)
      .orderBy('orgId')
      .execute();
  const head = async (chainId: string) =>
    Number(
      (
        await s.deps.db.kysely
          .selectFrom('auditChainHeads')
          .select('seq')
          .where('chainId', '=', chainId)
          .executeTakeFirst()
      )?.seq ?? 0,
    );
  const logVisit = async (topic: string) => {
    const res = await window.post(`/api/v1/legal-services/windows/${consultWindow}/visits`, {
      channel: 'walk_in',
      visitorName: '李四',
      topic,
      outcome: 'answered',
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
  };

  it('keeps each town’s counts with its chain head and serves them until the town’s trail moves', async () => {
    await logVisit('宅基地纠纷咨询');
    const first = await countyValue();
    expect(first[KEY]).toBe(1);
    expect(first).toEqual(await liveValues());
    const kept = await snapshots();
    expect(kept.map((k) => k.orgId)).toContain(townId);
    for (const k of kept) expect(Number(k.chainSeq)).toBe(await head(k.orgId));

    // What is served is the snapshot: a value altered behind the trail's back shows as it is …
    const mine = kept.find((k) => k.orgId === townId)!;
    const altered = JSON.parse(mine.figures) as Record<string, { now: { numerator: number } }>;
    altered[KEY]!.now.numerator = 999;
    await s.deps.db.kysely
      .updateTable('reportIndicatorSnapshots')
      .set({ figures: JSON.stringify(altered) })
      .where('orgId', '=', townId)
      .where('year', '=', 2025)
      .execute();
    expect((await countyValue())[KEY]).toBe(999);

    // … until the town records anything: then it is counted again from the records.
    await logVisit('劳动合同咨询');
    const after = await countyValue();
    expect(after[KEY]).toBe(2);
    expect(after).toEqual(await liveValues());
    const again = await snapshots();
    expect(Number(again.find((k) => k.orgId === townId)!.chainSeq)).toBe(await head(townId));
    // The other towns' snapshots were not counted again.
    for (const k of again.filter((x) => x.orgId !== townId))
      expect(k).toEqual(kept.find((x) => x.orgId === k.orgId));
  });

  it('is counted again when the day moves on, since this year’s figures run to today', async () => {
    await countyValue();
    s.time.set('2025-03-06T02:00:00Z');
    // A day later the sessions have lapsed: sign in again.
    [window, county] = [await s.as('window'), await s.as('county')];
    const asOf = async () =>
      (
        await s.deps.db.kysely
          .selectFrom('reportIndicatorSnapshots')
          .select('asOf')
          .where('orgId', '=', townId)
          .where('year', '=', 2025)
          .executeTakeFirstOrThrow()
      ).asOf;
    expect(await asOf()).toBe('2025-03-05');
    expect(await countyValue()).toEqual(await liveValues());
    expect(await asOf()).toBe('2025-03-06');
  });

  it('is brought up to date in the background for the towns whose trail moved, and only those', async () => {
    await countyValue();
    expect(await refreshIndicatorSnapshots(s.deps)).toBe('0 个乡镇的指标快照已重算');
    await logVisit('邻里纠纷咨询');
    expect(await refreshIndicatorSnapshots(s.deps)).toBe('1 个乡镇的指标快照已重算');
    const mine = (await snapshots()).find((k) => k.orgId === townId)!;
    expect(Number(mine.chainSeq)).toBe(await head(townId));
    expect(JSON.parse(mine.figures)[KEY].now.numerator).toBe(3);
    expect((await countyValue())[KEY]).toBe(3);
  });
});
