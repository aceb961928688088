import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sm3Hex } from '../../../core/crypto/sm.js';
import { newId } from '../../../core/ids.js';
import {
  FULL_DEMO_SETUP_MS,
  pgMissing,
  startTestServer,
  type TestServer,
} from '../../../test/test-env.js';
import type { TestClient } from '../../../test/test-client.js';
import { OUTCOME_KEYS } from '../requests/outcomes.js';
import { docxText } from '../requests/request-fixtures.js';

const REPORT = '/api/v1/disclosure/annual-reports';

describe.skipIf(pgMissing())('政府信息公开工作年度报告 computed from the 桥头镇 demo', () => {
  let s: TestServer;
  let clerk: TestClient;
  let townId: string;

  beforeAll(async () => {
    s = await startTestServer({ demo: 'full', now: '2025-02-10T02:00:00Z' });
    clerk = await s.as('clerk');
    townId = (
      await s.deps.db.kysely
        .selectFrom('orgs')
        .select('id')
        .where('code', '=', '330282109000')
        .executeTakeFirstOrThrow()
    ).id;
  }, FULL_DEMO_SETUP_MS);
  afterAll(() => s?.close());

  it('fills 表三 for 2024 from the applications: every outcome row, carry-over in and out, checks V1–V5 pass', async () => {
    const res = await clerk.get(`${REPORT}/2024`);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const t = res.json.sectionThree;
    expect([t.new.total, t.carried_in.total, t.results_total.total, t.carried_out.total]).toEqual([
      43, 3, 42, 4,
    ]);
    for (const o of OUTCOME_KEYS) expect(t[o].total, o).toBeGreaterThanOrEqual(1);
    // A partial disclosure counts once, only as 部分公开: 42 applications finished, 42 counted.
    expect(OUTCOME_KEYS.reduce((sum, o) => sum + t[o].total, 0)).toBe(42);
    expect(t.partially_disclosed.total).toBe(4);
    expect(t.new).toMatchObject({
      natural_person: 29,
      commercial: 7,
      research: 2,
      public_interest: 1,
      legal_service: 3,
      other: 1,
    });
    expect(res.json.checks.map((c: { code: string; ok: boolean }) => [c.code, c.ok])).toEqual([
      ['V1', true],
      ['V2', true],
      ['V3', true],
      ['V4', true],
      ['V5', true],
    ]);
    expect(res.json.fees.line).toContain('共收取信息处理费1100元（1件申请）');
    expect(res.json.sectionFour.review).toEqual({
      upheld: 1,
      corrected: 0,
      other: 0,
      pending: 0,
      total: 1,
    });
    expect(res.json.publication).toMatchObject({ status: 'published', version: 1 });
    const y2023 = (await clerk.get(`${REPORT}/2023`)).json.sectionThree;
    expect(y2023.carried_out.total).toBe(3);
  });

  it('answers the three tables as JSON for county systems, with an API token', async () => {
    const county = await s.deps.db.kysely
      .selectFrom('users')
      .select(['id', 'orgId'])
      .where('username', '=', 'county')
      .executeTakeFirstOrThrow();
    const token = 'fz_countysystem_test_token_0001';
    await s.deps.db.kysely
      .insertInto('apiTokens')
      .values({
        id: newId(),
        name: '县政务公开统计',
        tokenHash: sm3Hex(token),
        tokenPrefix: token.slice(0, 10),
        orgId: county.orgId,
        permissions: JSON.stringify(['disclosure.report.read']),
        createdBy: county.id,
        createdAt: s.time.now().toISOString(),
        expiresAt: null,
        revokedAt: null,
        lastUsedAt: null,
      })
      .execute();
    const machine = s.client();
    machine.bearer = token;
    expect((await machine.get('/api/v1/disclosure/annual-report?year=2024')).json.error.code).toBe(
      'TOWN_REQUIRED',
    );
    const res = await machine.get(`/api/v1/disclosure/annual-report?year=2024&orgId=${townId}`);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json.format).toBe('国办公开办函〔2021〕30号');
    expect(res.json.sectionThree.columns.map((c: { label: string }) => c.label)).toEqual([
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '总计',
    ]);
    expect(res.json.sectionThree.rows).toHaveLength(25);
    expect(res.json.sectionThree.rows[0]).toMatchObject({
      key: 'new',
      label: '一、本年新收政府信息公开申请数量',
      values: { total: 43 },
    });
    expect(res.json.sectionThree.rows.at(-1)).toMatchObject({
      key: 'carried_out',
      label: '四、结转下年度继续办理',
      values: { total: 4 },
    });
    expect(
      res.json.sectionFour.map((g: { label: string; values: Record<string, number> }) => [
        g.label,
        g.values.total,
      ]),
    ).toEqual([
      ['行政复议', 1],
      ['未经复议直接起诉', 0],
      ['复议后起诉', 0],
    ]);
    expect(res.json.sectionTwo.article20Item1).toBeDefined();
    expect(
      (await machine.get(`/api/v1/disclosure/annual-report?year=2030&orgId=${townId}`)).status,
    ).toBe(400);
    const cadre = await s.as('cadre');
    expect((await cadre.get('/api/v1/disclosure/annual-report?year=2024')).status).toBe(403);
  });

  it('publishes only while V1–V5 hold: a 2023 application registered late breaks V5 against the published 2023 report', async () => {
    const head = await s.as('head');
    expect((await clerk.post(`${REPORT}/2023/publish`, {})).status).toBe(403);
    const pub2023 = await head.post(`${REPORT}/2023/publish`, {});
    expect(pub2023.status, JSON.stringify(pub2023.json)).toBe(200);
    const template = await s.deps.db.kysely
      .selectFrom('disclosureRequests')
      .selectAll()
      .where('orgId', '=', townId)
      .where('outcomeOn', 'is not', null)
      .executeTakeFirstOrThrow();
    await s.deps.db.kysely
      .insertInto('disclosureRequests')
      .values({
        ...template,
        id: newId(),
        trackingCode: 'LATE-2023-0001',
        receivedOn: '2023-06-01',
        outcome: null,
        outcomeOn: null,
        state: 'in_process',
        replyClockId: null,
      })
      .execute();
    const report = (await clerk.get(`${REPORT}/2024`)).json;
    const v5 = report.checks.find((c: { code: string }) => c.code === 'V5');
    expect(v5.ok).toBe(false);
    expect(v5.failures.at(-1)).toBe(
      '总计：2023年已发布报告“四、结转下年度继续办理” = 3，本年“二、上年结转” = 4',
    );
    expect(report.abilities.publish).toBe(false);
    const refused = await head.post(`${REPORT}/2024/publish`, {});
    expect(refused.status).toBe(422);
    expect(refused.json.error.code).toBe('REPORT_CHECKS_FAILED');
    expect(refused.json.error.message).toContain('V5');
  });

  it('does not publish the report of the running year before the year is over (第四十九条)', async () => {
    const head = await s.as('head');
    const before = await s.deps.db.kysely
      .selectFrom('disclosureAnnualReports')
      .select('id')
      .where('year', '=', 2025)
      .execute();
    expect((await head.get(`${REPORT}/2025`)).json.abilities.publish).toBe(false);
    const res = await head.post(`${REPORT}/2025/publish`, {});
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe('REPORT_YEAR_NOT_OVER');
    expect(res.json.error.message).toContain('2025年度尚未结束');
    expect(res.json.error.details.basis).toBe('《政府信息公开条例》第四十九条');
    expect(
      await s.deps.db.kysely
        .selectFrom('disclosureAnnualReports')
        .select('id')
        .where('year', '=', 2025)
        .execute(),
    ).toEqual(before);
  });

  it('keeps staff text and hand-entered 表四 counts, audited; the portal shows the published version and its DOCX', async () => {
    const neg = await clerk.put(`${REPORT}/2025/review-counts`, {
      counts: {
        review: { upheld: -1, corrected: 0, other: 0, pending: 0 },
        direct: { upheld: 0, corrected: 0, other: 0, pending: 0 },
        after: { upheld: 0, corrected: 0, other: 0, pending: 0 },
      },
    });
    expect(neg.status).toBe(400);
    expect(neg.json.error.message).toContain('不能为负数');
    const counts = await clerk.put(`${REPORT}/2025/review-counts`, {
      counts: {
        review: { upheld: 0, corrected: 1, other: 0, pending: 1 },
        direct: { upheld: 0, corrected: 0, other: 0, pending: 1 },
        after: { upheld: 0, corrected: 0, other: 0, pending: 0 },
      },
    });
    expect(counts.json.sectionFour).toMatchObject({ review: { total: 2 }, direct: { total: 1 } });
    const text = await clerk.put(`${REPORT}/2025/narrative`, {
      overview: '2025年总体情况。',
      problems: '存在问题。',
      otherMatters: '其他事项。',
    });
    expect(text.json).toMatchObject({
      narrative: { overview: '2025年总体情况。' },
      narrativeSaved: true,
    });
    const events = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('action')
      .where('action', 'in', [
        'disclosure.report.review_counts_updated',
        'disclosure.report.narrative_updated',
      ])
      .execute();
    expect(events).toHaveLength(4); // the demo's 2024 text and counts, and these two (the refused one wrote nothing)
    const portal = s.client();
    const list = await portal.get('/api/v1/portal/disclosure/annual-reports');
    expect(list.json.items.map((i: { year: number }) => i.year)).toEqual([2024, 2023]);
    const pub = await portal.get('/api/v1/portal/disclosure/annual-reports/2024');
    expect(pub.json.sectionThree.new.total).toBe(43);
    expect(pub.json.narrative.overview).toContain('依申请公开');
    expect((await portal.get('/api/v1/portal/disclosure/annual-reports/2025')).status).toBe(404);
    const docx = await portal.get('/api/v1/portal/disclosure/annual-reports/2024/docx');
    expect(docx.status).toBe(200);
    const body = await docxText(docx.body);
    for (const title of [
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]) {
      expect(body).toContain(title);
    }
    expect(body).toContain('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
    expect(body).toContain('法人或其他组织');
    expect(body).toContain(
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    );
    expect(body).toContain('第二十条第（八）项');
    expect(body).toContain('未经复议直接起诉');
    expect(body).toContain('共收取信息处理费1100元');
    const staffDocx = await clerk.get(`${REPORT}/2025/docx`);
    expect(decodeURIComponent(staffDocx.headers.get('content-disposition')!)).toContain('（草稿）');
  });
});
