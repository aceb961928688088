import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enforcementTeam } from '../../test/enforcement-team.js';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

/**
 * 行政处罚决定公开 (行政处罚法 第四十八条) and the 案卷评查 completeness check through the API: the head
 * publishes a standing decision, the portal lists it with a citizen's name masked, a changed decision's
 * publication is withdrawn with its reasons; the file check lists what the case's stage requires.
 */
describe.skipIf(pgMissing())('enforcement: publication and file review', () => {
  let s: TestServer;
  let officer: TestClient;
  let head: TestClient;
  let county: TestClient;
  const officerIds: string[] = [];

  const step = (id: string, path: string, body: unknown = {}, who = officer) =>
    who.post(`/api/v1/enforcement/cases/${id}/${path}`, body);
  const ok = async (id: string, path: string, body: unknown = {}, who = officer) => {
    const res = await step(id, path, body, who);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return res.json;
  };
  const spotCase = async (partyName: string, formNo: string, publishable = true) => {
    const res = await officer.post('/api/v1/enforcement/cases', {
      title: '店外占道经营',
      field: 'urban_management',
      authorityBasis: 'granted',
      partyName,
      partyKind: 'citizen',
      facts: '当事人在店铺门外人行道上摆摊经营。',
      officerIds,
      procedure: 'simple',
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    const id = (res.json as { id: string }).id;
    await ok(id, 'decide-on-spot', {
      fine: 100,
      penalty: '警告并处罚款',
      legalBasis: '《浙江省城市市容和环境卫生管理条例》',
      formNo,
      certificateShown: true,
      publishable,
    });
    return id;
  };

  beforeAll(async () => {
    s = await startTestServer();
    [officer, head, county] = [await s.as('officer'), await s.as('head'), await s.as('county')];
    officerIds.push(
      ...(await enforcementTeam(
        s,
        officer,
        { username: 'officer-p', displayName: '郑执法' },
        { prefix: '浙33028277', fields: ['urban_management'] },
      )),
    );
  });
  afterAll(() => s?.close());

  it('publishes a decision once, by the head, and lists it on the portal masked', async () => {
    const id = await spotCase('钱七', '浙当罚00077001');
    const before = await officer.get(`/api/v1/enforcement/cases/${id}`);
    expect(before.json.publishDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(before.json.publishable).toBe(true);
    expect(before.json.publishedOn).toBeNull();

    const byClerk = await step(id, 'publish', {}, await s.as('clerk'));
    expect(byClerk.status).toBe(403);
    const byCounty = await step(id, 'publish', {}, county);
    expect(byCounty.status).toBe(403);

    const published = await ok(id, 'publish', {}, head);
    expect(published.publishedOn).toBe(before.json.clueOn);
    expect(published.publishDue).toBeNull();
    const again = await step(id, 'publish', {}, head);
    expect(again.status).toBe(422);
    expect(again.json.error).toMatchObject({
      code: 'ALREADY_PUBLISHED',
      details: { basis: '《行政处罚法》第四十八条第一款' },
    });

    const portal = await s.client().get('/api/v1/public/enforcement/decisions?pageSize=200');
    expect(portal.status).toBe(200);
    const entry = portal.json.items.find((i: { id: string }) => i.id === id);
    expect(entry).toMatchObject({ partyName: '钱*', penalty: '警告并处罚款', fine: 100 });
    expect(JSON.stringify(portal.json)).not.toContain('钱七');
  });

  it('publishes only a decision recorded as having social impact (art 48 ¶1)', async () => {
    const id = await spotCase('吴八', '浙当罚00077004', false);
    const detail = (await officer.get(`/api/v1/enforcement/cases/${id}`)).json;
    expect(detail).toMatchObject({ publishable: false, publishDue: null, publishedOn: null });
    const refused = await step(id, 'publish', {}, head);
    expect(refused.status).toBe(422);
    expect(refused.json.error).toMatchObject({
      code: 'NOT_PUBLISHABLE',
      details: { basis: '《行政处罚法》第四十八条第一款' },
    });
    // Nothing published, so nothing to withdraw (art 48 ¶2 still applies only to published ones).
    const withdraw = await step(
      id,
      'withdraw-publication',
      { changedOn: before(), reason: '撤销' },
      head,
    );
    expect(withdraw.json.error.code).toBe('NOT_PUBLISHED');
    const portal = await s.client().get('/api/v1/public/enforcement/decisions?pageSize=200');
    expect(portal.json.items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect(JSON.stringify(portal.json)).not.toContain('吴*');
    // Left unstated, an on-the-spot decision is taken to have no social impact.
    const res = await officer.post('/api/v1/enforcement/cases', {
      title: '店外占道经营',
      field: 'urban_management',
      authorityBasis: 'granted',
      partyName: '郑十一',
      partyKind: 'citizen',
      facts: '当事人在店铺门外人行道上摆摊经营。',
      officerIds,
      procedure: 'simple',
    });
    const spot = await ok(res.json.id, 'decide-on-spot', {
      fine: 50,
      penalty: '罚款',
      legalBasis: '《浙江省城市市容和环境卫生管理条例》',
      formNo: '浙当罚00077005',
      certificateShown: true,
    });
    expect(spot).toMatchObject({ publishable: false, publishDue: null });
  });

  it('withdraws a changed decision’s publication with its reasons, and never republishes it', async () => {
    const id = await spotCase('孙九', '浙当罚00077002');
    const unpublished = await step(
      id,
      'withdraw-publication',
      {
        changedOn: before(),
        reason: '复议机关撤销',
      },
      head,
    );
    expect(unpublished.json.error.code).toBe('NOT_PUBLISHED');
    await ok(id, 'publish', {}, head);
    const bad = await step(
      id,
      'withdraw-publication',
      { changedOn: '2999-01-01', reason: '撤销' },
      head,
    );
    expect(bad.status).toBe(400);
    const withdrawn = await ok(
      id,
      'withdraw-publication',
      { changedOn: before(), reason: '行政复议决定撤销原处罚决定' },
      head,
    );
    expect(withdrawn.publicationWithdrawnOn).not.toBeNull();
    expect(withdrawn.withdrawDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await step(id, 'publish', {}, head)).json.error.code).toBe('PUBLICATION_WITHDRAWN');

    const portal = await s.client().get('/api/v1/public/enforcement/decisions?pageSize=200');
    const entry = portal.json.items.find((i: { id: string }) => i.id === id);
    expect(entry).toMatchObject({
      penalty: null,
      fine: null,
      withdrawalReason: '行政复议决定撤销原处罚决定',
    });
    const trail = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('action')
      .where('targetId', '=', id)
      .execute();
    expect(trail.map((t) => t.action)).toEqual(
      expect.arrayContaining([
        'enforcement.case.published',
        'enforcement.case.publication_withdrawn',
      ]),
    );
  });

  it('lists what the file of a case lacks for its stage, each with its article', async () => {
    const id = await spotCase('周十', '浙当罚00077003');
    const detail = (await officer.get(`/api/v1/enforcement/cases/${id}`)).json;
    expect(detail.fileReview.complete).toBe(false);
    const missing = detail.fileReview.items.filter((i: { present: boolean }) => !i.present);
    expect(missing).toEqual([
      { item: '报所属行政机关备案', present: false, basis: '《行政处罚法》第五十二条第三款' },
    ]);
    const reported = await ok(id, 'report');
    expect(reported.fileReview.complete).toBe(true);
  });

  /** The day the decisions above were made (the test clock's today). */
  function before() {
    return s.time.now().toISOString().slice(0, 10);
  }
});
