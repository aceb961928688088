import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutation } from '../../core/mutation.js';
import type { TestClient, TestResponse } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';
import { hashPassword } from '../auth/passwords.js';
import { importDivision } from '../orgs/org.service.js';
import { insertUser, setRoles } from '../users/user.repository.js';

async function docxText(bytes: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

const CHECKS = {
  subject: 'pass',
  authority: 'pass',
  procedure: 'pass',
  content: 'pass',
  form: 'pass',
};
const TITLE = '桥头镇集镇区雨污分流改造工程实施方案';
const RISK = {
  points: '道路开挖影响沿街商户经营',
  measures: '分段施工，提前告知商户',
  plan: '出现阻工由镇综治中心协调',
  conclusion: 'controllable',
  grade: 'medium',
  assessor: '镇社会治理中心',
  reportedOn: '2025-03-03',
};

/** 听证、专家论证、风险评估报告 (条例 第十六至二十四条): records, conflicts, guards, tenancy and supervision. */
describe.skipIf(pgMissing())('major decision procedures', () => {
  let s: TestServer;
  let clerk: TestClient;
  let head: TestClient;
  let id: string;
  const experts: Record<string, string> = {};
  const at = async (iso: string) => {
    s.time.set(iso);
    [clerk, head] = [await s.as('clerk'), await s.as('head')];
  };
  const refused = async (p: Promise<TestResponse>, status: number, code: string) => {
    const res = await p;
    expect(res.status, JSON.stringify(res.json)).toBe(status);
    expect(res.json.error.code).toBe(code);
    return res.json.error;
  };
  const ok = async (p: Promise<TestResponse>, status = 200) => {
    const res = await p;
    expect(res.status, JSON.stringify(res.json)).toBe(status);
    return res.json;
  };
  const url = (path = '') => `/api/v1/decisions/${id}${path}`;
  const hearing = {
    hearingOn: '2025-03-12',
    place: '桥头镇人民政府三楼会议室',
    matters: '雨污分流改造的施工时序和商户补偿',
    selectionRule: '沿线商户自愿报名，按路段抽签产生代表',
    participants: [
      { name: '王某', role: '沿线商户代表' },
      { name: '李某', role: '居民代表' },
    ],
    announcedOn: '2025-03-03',
    materialsSentOn: '2025-03-05',
  };

  beforeAll(async () => {
    s = await startTestServer();
    await at('2025-03-03T02:00:00Z');
    const cat = await ok(clerk.post('/api/v1/decisions/catalogues', { year: 2025 }), 201);
    const entry = await ok(
      clerk.post(`/api/v1/decisions/catalogues/${cat.id}/entries`, {
        title: TITLE,
        decisionBody: '桥头镇人民政府',
        leadOffice: '农业农村办公室',
        legalBasis: '《城镇排水与污水处理条例》',
        procedures: ['hearing', 'expert_review', 'risk_assessment'],
        plannedBy: '2025-06-30',
        affectsMarket: false,
      }),
      201,
    );
    await ok(
      head.post(`/api/v1/decisions/catalogues/${cat.id}/approve`, {
        approvedOn: '2025-03-03',
        approvedBy: '镇党委会议',
      }),
    );
    await ok(
      clerk.post(`/api/v1/decisions/catalogues/${cat.id}/publish`, { publishedOn: '2025-03-03' }),
    );
    const d = await ok(
      clerk.post('/api/v1/decisions', { entryId: entry.id, proposedOn: '2025-03-03' }),
      201,
    );
    id = d.id;
    await ok(head.post(url('/launch'), { launchedOn: '2025-03-03', leadOffice: '农业农村办公室' }));
    await ok(clerk.post(url('/draft'), { title: TITLE, articles: [{ text: '分段实施改造。' }] }));
    await ok(clerk.post(url('/withhold-participation'), { reason: '测试：依法不公开征求意见' }));
    for (const [key, employer] of [
      ['design', '宁波市市政设计研究院'],
      ['office', '桥头镇农业农村办公室'],
      ['firm', '慈溪市某管网工程有限公司'],
      ['spare', '浙江大学宁波理工学院'],
    ] as const)
      experts[key] = (
        await ok(
          clerk.post('/api/v1/decisions/experts', {
            name: `专家${key}`,
            field: '给排水',
            employer,
          }),
          201,
        )
      ).id;
  }, 120_000);
  afterAll(() => s?.close());

  it('chooses experts from the pool, excluding those with a direct interest (第二十条)', async () => {
    const early = await refused(
      clerk.post(url('/expert-review'), { summary: '论证' }),
      422,
      'EXPERT_REVIEW_REQUIRED',
    );
    expect(early.details.basis).toContain('第十九条');
    await ok(
      clerk.post(url('/expert-conflicts'), {
        expertId: experts.firm,
        reason: '所在公司拟参与投标',
        declaredOn: '2025-03-03',
      }),
    );
    const view = await ok(clerk.get(url('/procedures')));
    expect(view.required).toEqual({ hearing: true, experts: true, risk: true });
    const conflictOf = (key: string) =>
      view.candidates.find((c: { id: string }) => c.id === experts[key]).conflict;
    expect([conflictOf('design'), conflictOf('office'), conflictOf('firm')]).toEqual([
      null,
      'same_employer',
      'declared',
    ]);
    const sameEmployer = await refused(
      clerk.post(url('/experts'), {
        expertIds: [experts.design, experts.office],
        chosenOn: '2025-03-03',
      }),
      422,
      'EXPERT_CONFLICT',
    );
    expect(sameEmployer.details.basis).toContain('第二十条');
    expect(sameEmployer.details.experts).toEqual([
      { id: experts.office, name: '专家office', conflict: 'same_employer' },
    ]);
    await refused(
      clerk.post(url('/experts'), { expertIds: [experts.firm], chosenOn: '2025-03-03' }),
      422,
      'EXPERT_CONFLICT',
    );
    const chosen = await ok(
      clerk.post(url('/experts'), { expertIds: [experts.design], chosenOn: '2025-03-03' }),
    );
    expect(chosen.experts.map((e: { id: string }) => e.id)).toEqual([experts.design]);
    await refused(
      clerk.post(url('/expert-review'), { summary: '论证' }),
      422,
      'EXPERT_REVIEW_REQUIRED',
    );
    const signed = await ok(
      clerk.post(url(`/experts/${experts.design}/opinion`), {
        opinion: '方案可行，建议分段施工。',
        signedOn: '2025-03-03',
      }),
    );
    expect(signed.experts[0]).toMatchObject({ signedOn: '2025-03-03' });
    await refused(
      clerk.post(url(`/experts/${experts.spare}/opinion`), {
        opinion: '未选',
        signedOn: '2025-03-03',
      }),
      404,
      'NOT_FOUND',
    );
    const moved = await ok(
      clerk.post(url('/expert-review'), { summary: '专家1名论证，意见已采纳。' }),
    );
    expect(moved.status).toBe('risk_assessment');
    const events = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select(['action', 'basis'])
      .where('targetId', '=', id)
      .where('action', 'like', 'decisions.experts.%')
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.action)).toEqual([
      'decisions.experts.conflict_declared',
      'decisions.experts.chosen',
      'decisions.experts.opinion_recorded',
    ]);
    expect(events[1]!.basis).toContain('第二十条');
  });

  it('announces the hearing with materials sent at least 7 days before it (第十六条)', async () => {
    await at('2025-03-05T02:00:00Z');
    const late = await refused(
      clerk.post(url('/hearing'), { ...hearing, hearingOn: '2025-03-11' }),
      422,
      'HEARING_MATERIALS_LATE',
    );
    expect(late.details).toMatchObject({ latest: '2025-03-04' });
    expect(late.details.basis).toContain('第十六条');
    await refused(
      clerk.post(url('/hearing'), {
        ...hearing,
        hearingOn: '2025-03-03',
        materialsSentOn: '2025-02-20',
      }),
      422,
      'HEARING_NOT_ANNOUNCED',
    );
    const view = await ok(clerk.post(url('/hearing'), hearing));
    expect(view.hearing).toMatchObject({ materialsDueBy: '2025-03-05', record: null });
    expect(view.hearing.participants).toHaveLength(2);
    await refused(
      clerk.post(url('/hearing/record'), { record: '笔录', recordedOn: '2025-03-05' }),
      422,
      'HEARING_NOT_HELD',
    );
  });

  it('needs the risk report before assessing, and the hearing record before deciding', async () => {
    const noReport = await refused(
      clerk.post(url('/assess-risk'), { required: false, report: '不需要' }),
      422,
      'RISK_REPORT_REQUIRED',
    );
    expect(noReport.details.basis).toContain('第二十三条');
    const view = await ok(clerk.post(url('/risk-report'), RISK));
    expect(view.riskReport).toMatchObject({ conclusionLabel: '风险可控', gradeLabel: '中风险' });
    const assessed = await ok(
      clerk.post(url('/assess-risk'), { required: false, report: '见报告' }),
    );
    expect(assessed).toMatchObject({ status: 'legality_review', riskLevel: 'controllable' });

    const item = await ok(
      clerk.post('/api/v1/review/items', {
        type: 'major_decision',
        title: TITLE,
        text: `${TITLE}\n第一条 分段实施改造。`,
        fields: { plannedDecisionDate: '2025-03-20' },
      }),
      201,
    );
    for (const key of ['drafting_explanation', 'procedure_statement', 'public_participation'])
      await clerk.post(`/api/v1/review/items/${item.id}/materials`, { key, note: '已核对' });
    await ok(clerk.post(url('/link-legality'), { reviewItemId: item.id }));
    const reviewer = await s.as('reviewer');
    await ok(clerk.post(`/api/v1/review/items/${item.id}/submit`));
    await ok(clerk.post(`/api/v1/review/items/${item.id}/accept`));
    await ok(reviewer.post(`/api/v1/review/items/${item.id}/start-review`));
    await ok(
      (await s.as('adviser')).post(`/api/v1/review/items/${item.id}/adviser-opinions`, {
        text: '方案合法，程序完备，同意提交讨论。',
      }),
    );
    await ok(
      reviewer.post(`/api/v1/review/items/${item.id}/opinion`, {
        conclusion: 'lawful',
        checklist: CHECKS,
        summary: '经审查，方案合法，同意提交集体讨论。',
        bases: ['《重大行政决策程序暂行条例》第二十八条'],
      }),
    );
    await ok(clerk.post(url('/report-party'), { reportedOn: '2025-03-03' }));

    await at('2025-03-13T02:00:00Z');
    const meeting = {
      meetingName: '镇政府常务会议',
      meetingOn: '2025-03-13',
      materials: ['draft', 'experts', 'risk', 'legality'],
      opinions: [{ member: '陈镇长', opinion: '同意。' }],
      headSpokeLast: true,
      departsFromMajority: false,
      decisionText: '通过方案。',
    };
    const blocked = (await ok(head.get(url()))).blocked.map((b: { code: string }) => b.code);
    expect(blocked).toContain('HEARING_REQUIRED');
    const noRecord = await refused(head.post(url('/decide'), meeting), 422, 'HEARING_REQUIRED');
    expect(noRecord.details.basis).toContain('第十七条');
    await ok(
      clerk.post(url('/hearing/record'), {
        record: '听证会记录：商户代表要求夜间施工，经解释说明后确认签字。',
        recordedOn: '2025-03-12',
      }),
    );
    await refused(clerk.post(url('/hearing'), hearing), 409, 'HEARING_RECORDED');
    // An expert's late declaration withdraws their opinion: the decision waits for another expert.
    await ok(
      clerk.post(url('/expert-conflicts'), {
        expertId: experts.design,
        reason: '发现其亲属承包沿线商铺',
        declaredOn: '2025-03-13',
      }),
    );
    await refused(head.post(url('/decide'), meeting), 422, 'EXPERT_REVIEW_REQUIRED');
    await ok(clerk.post(url('/experts'), { expertIds: [experts.spare], chosenOn: '2025-03-13' }));
    await ok(
      clerk.post(url(`/experts/${experts.spare}/opinion`), {
        opinion: '同意方案。',
        signedOn: '2025-03-13',
      }),
    );
    await refused(
      head.post(url('/decide'), { ...meeting, materials: ['draft', 'risk', 'legality'] }),
      422,
      'MATERIALS_INCOMPLETE',
    );
    const decided = await ok(head.post(url('/decide'), meeting));
    expect(decided.status).toBe('decided');
    await refused(clerk.post(url('/risk-report'), RISK), 409, 'PROCEDURE_CLOSED');
  });

  it('packs the procedures into the 决策案卷 in order, with the legality opinion letter (第三十三条)', async () => {
    const zip = await JSZip.loadAsync((await clerk.get(url('/file'))).body);
    const names = Object.keys(zip.files).sort();
    expect(names.map((n) => n.replace(/[-（〔].*$/, ''))).toEqual([
      '00',
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
    ]);
    expect(names.slice(1, 5).map((n) => n.slice(3))).toEqual([
      '决策草案第1稿.docx',
      '听证会记录.docx',
      '专家论证意见-专家spare.docx',
      '风险评估报告.docx',
    ]);
    expect(names[5]).toMatch(/^05-桥法审〔2025〕\d+号.*\.docx$/);
    expect(names[6]).toBe('06-集体讨论决定摘录.docx');
    const text = async (i: number) => docxText(await zip.file(names[i]!)!.async('nodebuffer'));
    const record = await text(2);
    expect(record).toContain('听证会记录');
    expect(record).toContain('经解释说明后确认签字');
    const expert = await text(3);
    expect(expert).toContain('专家论证意见');
    expect(expert).toContain('论证专家：专家spare');
    expect(expert).toContain('同意方案。');
    expect(expert).toContain('2025年3月13日');
    const risk = await text(4);
    expect(risk).toContain('风险评估报告');
    for (const v of [RISK.points, RISK.measures, RISK.plan, RISK.assessor])
      expect(risk).toContain(v);
    expect(risk).toContain('四、评估结论');
    expect(await text(6)).toContain('陈镇长：同意。');
  });

  it('lets the county read but not act; another town sees neither the decision nor the pool', async () => {
    const county = await s.as('county');
    const seen = await ok(county.get(url('/procedures')));
    expect(seen.hearing.record).toContain('听证会记录');
    const q = s.deps.db.kysely;
    const { orgId } = await q
      .selectFrom('decisions')
      .select('orgId')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const pool = await ok(county.get(`/api/v1/decisions/experts?orgId=${orgId}`));
    expect(pool.items).toHaveLength(4);
    const { org } = await mutation(
      s.deps,
      { actor: null, ip: null, userAgent: 'test', requestId: 'decproc' },
      (m) => importDivision(m, '330282110'),
    );
    const user = await insertUser(q, {
      orgId: org.id,
      username: 'other-reviewer',
      displayName: '外镇法审员',
      passwordHash: await hashPassword('Demo@2024'),
      mustChangePassword: false,
      now: s.deps.time.now(),
    });
    await setRoles(q, user.id, ['legal_reviewer'], null, s.deps.time.now());
    const supervisor = await s.as('countyreview');
    await refused(
      supervisor.post('/api/v1/decisions/experts', { name: '某', field: '某', employer: '某' }),
      403,
      'SUPERVISION_ONLY',
    );
    await refused(supervisor.post(url('/risk-report'), RISK), 403, 'SUPERVISION_ONLY');

    const outsider = await s.as('other-reviewer');
    await refused(outsider.get(url('/procedures')), 404, 'NOT_FOUND');
    await refused(outsider.post(url('/risk-report'), RISK), 404, 'NOT_FOUND');
    expect((await ok(outsider.get('/api/v1/decisions/experts'))).items).toEqual([]);
    const theirs = await ok(
      outsider.post('/api/v1/decisions/experts', {
        name: '外镇专家',
        field: '给排水',
        employer: '外镇',
      }),
      201,
    );
    const ours = await ok(clerk.get('/api/v1/decisions/experts'));
    expect(ours.items.map((e: { id: string }) => e.id)).not.toContain(theirs.id);
    expect(ours.items).toHaveLength(4);
  });
});
