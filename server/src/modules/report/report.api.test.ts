import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/test-client.js';
import {
  FULL_DEMO_SETUP_MS,
  pgMissing,
  startTestServer,
  type TestServer,
} from '../../test/test-env.js';

/** Each figure of the seed (figures.md), recorded by a module or entered by staff, as the report prints it. */
const FIGURES: [figure: string, key: string, value: number, printed: string][] = [
  ['F1', 'team.thematicStudySessions', 6, '组织召开专题法治学习会6次'],
  ['F2', 'team.lawMasterReviewers', 1, '配备法学硕士的法治审查员1名'],
  ['F3', 'team.lawBachelorStaff', 3, '拥有法学学士的机关干部3名'],
  ['F4', 'team.qualifiedStaff', 4, '拥有法律职业资格证的机关干部4名'],
  ['F5', 'team.adviserTeams', 2, '专业法律顾问团队2个'],
  ['F6', 'review.offlineVillageContracts', 356, '完成线下村级合同审查350余件'],
  ['F7', 'review.platformContracts', 89, '完成合同类合法性审查89个'],
  ['F8', 'review.villageRules', 8, '村规民约审查8个'],
  ['F9', 'review.majorDecisionFilings', 1, '重大行政决策备案审查1个'],
  ['F10', 'review.otherItems', 2, '其他事项2个'],
  ['F11', 'decisions.catalogueDecided', 1, '今年制定镇重大行政决策事项1项'],
  ['F12', 'enforcement.entrustedDecisions', 43, '出具执法决定书43份'],
  ['F13', 'enforcement.entrustedFines', 460_500, '罚没款46.05万元'],
  ['F14', 'enforcement.foodCasesFiled', 9, '行政立案9起'],
  ['F15', 'enforcement.foodFines', 16_000, '罚没款1.6万元'],
  ['F16', 'enforcement.canteensInspected', 10, '对辖区内10所中小学校食堂开展联合督查'],
  ['F17', 'litigation.lawsuitsFiled', 0, '行政诉讼发案量0件'],
  ['F18', 'litigation.corrections', 0, '行政复议纠错案件0件'],
  ['F19', 'disputes.townShare', 40, '实现40%的非警务类纠纷在镇矛调中心化解'],
  ['F20', 'disputes.onTime', 100, '及时办结率达到100%'],
  ['F20', 'disputes.closure', 100, '关闭率达到100%'],
  ['F21', 'disputes.precourtSuccesses', 56, '已化解56件'],
  ['F22', 'disputes.precourtSuccessRate', 41.8, '诉前调解成功率达41.8%'],
  ['F23', 'disputes.agreements', 708, '成功化解各类矛盾纠纷708起'],
  ['F24', 'entered.enterpriseIncidentsDecline', 12.8, '涉企警情同比下降12.8%'],
  ['F25', 'entered.enterpriseDisputesDecline', 21.5, '涉企纠纷同比下降21.5%'],
  ['F26', 'entered.criminalRateDecline', 15.4, '发案率同比分别下降15.4%、17.3%'],
  ['F26', 'entered.administrativeRateDecline', 17.3, '发案率同比分别下降15.4%、17.3%'],
  ['F27', 'entered.fraudRateDecline', 21.6, '案损值同比分别下降21.6%、54.8%'],
  ['F27', 'entered.fraudLossDecline', 54.8, '案损值同比分别下降21.6%、54.8%'],
  ['F28', 'legalServices.consultations', 670, '共提供法律咨询服务670余次'],
  ['F29', 'legalServices.mediations', 120, '化解矛盾120余件'],
  ['F30', 'legalServices.legalAid', 5, '法律援助5件'],
  ['F31', 'legalServices.judicialAssistance', 30, '司法协助30余次'],
  ['F32', 'disputes.precourtSuccesses', 56, '诉前调解成功56件'],
];

const docxText = async (body: Buffer) =>
  (await (await JSZip.loadAsync(body)).file('word/document.xml')!.async('string')).replace(
    /<[^>]+>/g,
    '',
  );

interface Indicator {
  key: string;
  figure: string;
  source: string;
  value: number | null;
  previous: number | null;
  change: number | null;
  to: string;
  entry: { sourceDocument: string; sourceDate: string } | null;
  drillDown: { api: string; web: string } | null;
}

/** The indicator registry and the 2024 法治政府建设 report of the demo, from records to the published DOCX. */
describe.skipIf(pgMissing())('indicators and the annual report', () => {
  let s: TestServer;
  let clerk: TestClient;
  let head: TestClient;
  let county: TestClient;
  let townId: string;

  beforeAll(async () => {
    // The report is written after the year: the demo's current work (2025) lies outside its figures.
    s = await startTestServer({ demo: 'full', now: '2025-02-10T02:00:00Z' });
    [clerk, head, county] = [await s.as('clerk'), await s.as('head'), await s.as('county')];
    townId = (
      await s.deps.db.kysely
        .selectFrom('orgs')
        .select('id')
        .where('code', '=', '330282109000')
        .executeTakeFirstOrThrow()
    ).id;
  }, FULL_DEMO_SETUP_MS);
  afterAll(() => s?.close());

  const indicators = async (who = clerk, query = '') => {
    const res = await who.get(`/api/v1/indicators?year=2024${query}`);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return new Map((res.json.indicators as Indicator[]).map((i) => [i.key, i]));
  };

  it('computes every figure on record and shows the entered ones with their source', async () => {
    const set = await indicators();
    for (const [figure, key, value] of FIGURES) {
      const i = set.get(key);
      expect(i, `${figure} ${key}`).toBeDefined();
      expect(i!.value, `${figure} ${key}`).toBe(value);
      expect(i!.figure).toBe(figure === 'F32' ? 'F21' : figure);
      if (key.startsWith('entered.')) {
        expect(i!.source).toBe('entered');
        expect(i!.entry?.sourceDocument).toContain('《');
        expect(i!.drillDown).toBeNull();
      } else {
        expect(i!.source).toBe('computed');
        expect(i!.entry).toBeNull();
        expect(i!.drillDown).not.toBeNull();
      }
    }
    // 截至11月底: the litigation figures stop at the report's cut-off, the others at the year's end.
    expect(set.get('litigation.lawsuitsFiled')!.to).toBe('2024-11-30');
    expect(set.get('enforcement.entrustedDecisions')!.to).toBe('2024-12-31');
    const d = set.get('enforcement.entrustedDecisions')!;
    expect(d.change).toBe(d.previous === null ? null : 43 - d.previous);
  });

  it('drills down from the 43 entrusted decisions to their cases', async () => {
    const d = (await indicators()).get('enforcement.entrustedDecisions')!;
    const list = await clerk.get(`${d.drillDown!.api}&pageSize=100`);
    expect(list.status).toBe(200);
    expect(list.json.total).toBe(43);
    expect(d.drillDown!.web).toContain('/enforcement/cases?');
  });

  it('gives the county the same figures for the town it names, and refuses its entries', async () => {
    const set = await indicators(county, `&orgId=${townId}`);
    expect(set.get('disputes.agreements')!.value).toBe(708);
    const res = await county.put('/api/v1/indicators/2024/entries', {
      orgId: townId,
      key: 'entered.fraudLossDecline',
      value: 1,
      sourceDocument: '县级测试',
      sourceDate: '2024-12-03',
    });
    expect(res.status).toBe(403);
  });

  it('refuses to enter a figure that a module computes', async () => {
    const res = await clerk.put('/api/v1/indicators/2024/entries', {
      key: 'enforcement.entrustedDecisions',
      value: 44,
      sourceDocument: '手工台账',
      sourceDate: '2024-12-03',
    });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('NOT_ENTERED');
  });

  it('binds every number of the draft to an indicator: no typed numbers, no unknown keys', async () => {
    const res = await clerk.get('/api/v1/law-reports/2024');
    expect(res.status).toBe(200);
    expect(res.json.status).toBe('draft');
    expect(res.json.check.typed).toEqual([]);
    expect(res.json.check.placeholders).toEqual([]);
    expect(res.json.abilities).toEqual(['submit']);
  });

  it('exports the draft as a GB/T 9704 DOCX with each available figure', async () => {
    const res = await clerk.get('/api/v1/law-reports/2024/docx');
    expect(res.status).toBe(200);
    const text = await docxText(res.body);
    expect(text).toContain('关于2024年度法治政府建设工作情况的报告');
    for (const [figure, key, , printed] of FIGURES)
      expect(text.includes(printed), `${figure} ${key}: ${printed}`).toBe(true);
  });

  it('goes from the clerk’s edit to the head’s approval, the portal and the county’s inbox', async () => {
    const { json: draft } = await clerk.get('/api/v1/law-reports/2024');
    const step = (who: TestClient, action: string) =>
      who.post(`/api/v1/law-reports/by-id/${draft.id}/${action}`, {});

    // A typed number is caught by the check and blocks the submission.
    const typed = await clerk.put('/api/v1/law-reports/2024/narrative', {
      paragraphs: { disclosure: '4.政务公开工作进一步落实落细。全年主动公开信息120条。' },
    });
    expect(typed.json.check.typed).toEqual([
      expect.objectContaining({ paragraphId: 'disclosure', text: '120' }),
    ]);
    const refused = await step(clerk, 'submit');
    expect(refused.status).toBe(422);
    expect(refused.json.error.code).toBe('REPORT_CHECK_FAILED');

    // The clerk takes the typed number out again.
    const edited = await clerk.put('/api/v1/law-reports/2024/narrative', {
      paragraphs: {
        disclosure: '4.政务公开工作进一步落实落细。进一步完善依申请公开办理工作流程。',
      },
    });
    expect(edited.status).toBe(200);
    expect(edited.json.check.problems).toBe(0);

    const submitted = await step(clerk, 'submit');
    expect(submitted.status, JSON.stringify(submitted.json)).toBe(200);
    expect(submitted.json.status).toBe('submitted');
    const locked = await clerk.put('/api/v1/law-reports/2024/narrative', { paragraphs: {} });
    expect(locked.status).toBe(409);
    expect((await step(clerk, 'approve')).status).toBe(403);
    expect((await step(county, 'approve')).status).toBe(403);

    const approved = await step(head, 'approve');
    expect(approved.status, JSON.stringify(approved.json)).toBe(200);
    expect(approved.json.status).toBe('approved');
    expect(approved.json.abilities).toEqual(['publish']);

    const published = await step(clerk, 'publish');
    expect(published.status, JSON.stringify(published.json)).toBe(200);
    expect(published.json.docxFileId).toBeTruthy();
    const portal = await s.client().get('/api/v1/portal/law-reports');
    expect(portal.json.items).toEqual([expect.objectContaining({ year: 2024 })]);
    const file = await s.client().get('/api/v1/portal/law-reports/2024/docx');
    expect(file.status).toBe(200);
    const text = await docxText(file.body);
    for (const [figure, key, , printed] of FIGURES)
      expect(text.includes(printed), `${figure} ${key}: ${printed}`).toBe(true);

    const reported = await step(clerk, 'report');
    expect(reported.json.status).toBe('reported');
    const inbox = await county.get('/api/v1/inbox');
    expect(inbox.json.items.some((t: { title: string }) => t.title.includes('法治政府建设'))).toBe(
      true,
    );
    const events = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('action')
      .where('targetId', '=', draft.id)
      .execute();
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'report.law_report.narrative_saved',
        'report.law_report.submitted',
        'report.law_report.approved',
        'report.law_report.published',
        'report.law_report.reported',
      ]),
    );
  });

  it('shows the county every town side by side, and which have submitted their report', async () => {
    const res = await county.get('/api/v1/indicators/towns?year=2024');
    expect(res.status).toBe(200);
    const qiaotou = res.json.towns.find((t: { townId: string }) => t.townId === townId);
    expect(qiaotou).toMatchObject({ name: '桥头镇', submitted: true, statusLabel: '已报送' });
    expect(qiaotou.values['enforcement.entrustedDecisions']).toBe(43);
    expect(res.json.indicators.map((i: { key: string }) => i.key)).toContain('disputes.agreements');
    const own = await clerk.get('/api/v1/indicators/towns?year=2024');
    expect(own.json.towns.map((t: { townId: string }) => t.townId)).toEqual([townId]);
  });
});
