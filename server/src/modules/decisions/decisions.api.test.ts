import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient, TestResponse } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

const CHECKS = {
  subject: 'pass',
  authority: 'pass',
  procedure: 'pass',
  content: 'pass',
  form: 'pass',
};
const TITLE = '桥头镇农贸市场周边交通组织优化方案';

/** 重大行政决策 from a catalogue entry to publication, each guard answering with its code and article. */
describe.skipIf(pgMissing())('major administrative decisions', () => {
  let s: TestServer;
  let clerk: TestClient;
  let head: TestClient;
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
  const entry = {
    title: TITLE,
    decisionBody: '桥头镇人民政府',
    leadOffice: '党建综合办公室',
    legalBasis: '《中华人民共和国道路交通安全法》',
    procedures: ['public_participation', 'risk_assessment'],
    plannedBy: '2025-06-30',
    affectsMarket: false,
  };

  beforeAll(async () => {
    s = await startTestServer();
    await at('2025-03-03T02:00:00Z');
  });
  afterAll(() => s?.close());

  it('keeps the catalogue: approved before publication, adjustments with their reasons, launches only from it', async () => {
    const cat = await ok(clerk.post('/api/v1/decisions/catalogues', { year: 2025 }), 201);
    await refused(
      clerk.post('/api/v1/decisions/catalogues', { year: 2025 }),
      409,
      'CATALOGUE_EXISTS',
    );
    const e = await ok(clerk.post(`/api/v1/decisions/catalogues/${cat.id}/entries`, entry), 201);
    const early = await refused(
      clerk.post('/api/v1/decisions', { entryId: e.id, proposedOn: '2025-03-03' }),
      422,
      'NOT_IN_CATALOGUE',
    );
    expect(early.details.basis).toContain('第三条');
    await refused(
      clerk.post(`/api/v1/decisions/catalogues/${cat.id}/publish`, { publishedOn: '2025-03-03' }),
      422,
      'CATALOGUE_NOT_APPROVED',
    );
    await refused(
      clerk.post(`/api/v1/decisions/catalogues/${cat.id}/approve`, {
        approvedOn: '2025-03-03',
        approvedBy: '镇党委会议',
      }),
      403,
      'FORBIDDEN',
    );
    await ok(
      head.post(`/api/v1/decisions/catalogues/${cat.id}/approve`, {
        approvedOn: '2025-03-03',
        approvedBy: '镇党委会议（2025年第2次）',
      }),
    );
    const published = await ok(
      clerk.post(`/api/v1/decisions/catalogues/${cat.id}/publish`, { publishedOn: '2025-03-03' }),
    );
    expect(published.items[0]).toMatchObject({ status: 'published', publishedOn: '2025-03-03' });
    expect(published.items[0].entries[0].procedures).toEqual(
      expect.arrayContaining(['legality_review', 'collective_decision', 'risk_assessment']),
    );
    const later = { ...entry, title: '桥头镇垃圾分类收运体系建设方案' };
    await refused(
      clerk.post(`/api/v1/decisions/catalogues/${cat.id}/entries`, later),
      422,
      'CHANGE_REASON_REQUIRED',
    );
    const added = await ok(
      clerk.post(`/api/v1/decisions/catalogues/${cat.id}/entries`, {
        ...later,
        reason: '县级部署新增',
      }),
      201,
    );
    const adjusted = await ok(
      clerk.post(`/api/v1/decisions/catalogue-entries/${added.id}/adjust`, {
        plannedBy: '2025-09-30',
        reason: '资金下达推迟',
      }),
    );
    expect(
      adjusted.items[0].changes.map((c: { kindLabel: string; reason: string }) => [
        c.kindLabel,
        c.reason,
      ]),
    ).toEqual([
      ['新增', '县级部署新增'],
      ['调整', '资金下达推迟'],
    ]);
    expect(adjusted.items[0].changes[1].before.plannedBy).toBe('2025-06-30');
    expect(adjusted.items[0].changes[1].after.plannedBy).toBe('2025-09-30');
    const pub = await ok(s.client().get('/api/v1/public/decisions/catalogues/2025'));
    expect(pub.entries.map((x: { title: string }) => x.title)).toEqual([TITLE, later.title]);
    expect(pub.changes).toHaveLength(2);
  });

  it('leaves the legality reviewer at least 7 working days (条例 第二十六条, kept by the review module)', async () => {
    const item = await ok(
      clerk.post('/api/v1/review/items', {
        type: 'major_decision',
        title: '桥头镇某决策（时间不足）',
        text: '桥头镇某决策\n第一条 ……',
        fields: { plannedDecisionDate: '2025-03-07' },
      }),
      201,
    );
    for (const key of ['drafting_explanation', 'procedure_statement', 'public_participation'])
      await clerk.post(`/api/v1/review/items/${item.id}/materials`, { key, note: '已核对' });
    await refused(
      clerk.post(`/api/v1/review/items/${item.id}/submit`),
      422,
      'REVIEW_TIME_TOO_SHORT',
    );
  });

  it('runs a decision from proposal to publication with public comment by article', async () => {
    const { items } = await ok(clerk.get('/api/v1/decisions/catalogues'));
    const entryId = items[0].entries[0].id as string;
    const d = await ok(clerk.post('/api/v1/decisions', { entryId, proposedOn: '2025-03-03' }), 201);
    const id = d.id as string;
    expect(d.abilities).not.toContain('launch');
    await refused(
      clerk.post(`/api/v1/decisions/${id}/launch`, {
        launchedOn: '2025-03-03',
        leadOffice: '党建综合办',
      }),
      403,
      'FORBIDDEN',
    );
    await ok(
      head.post(`/api/v1/decisions/${id}/launch`, {
        launchedOn: '2025-03-03',
        leadOffice: '党建综合办公室',
      }),
    );
    const drafted = await ok(
      clerk.post(`/api/v1/decisions/${id}/draft`, {
        title: TITLE,
        articles: [{ text: '早晚高峰禁止货车驶入市场路。' }, { text: '增设临时停车泊位60个。' }],
      }),
    );
    expect(drafted.draft.articles.map((a: { heading: string }) => a.heading)).toEqual([
      '第一条',
      '第二条',
    ]);
    const short = await refused(
      clerk.post(`/api/v1/decisions/${id}/open-comment`, {
        opensOn: '2025-03-03',
        closesOn: '2025-03-22',
      }),
      422,
      'SHORT_PERIOD_REASON_REQUIRED',
    );
    expect(short.details.basis).toContain('第十五条');
    await ok(
      clerk.post(`/api/v1/decisions/${id}/open-comment`, {
        opensOn: '2025-03-03',
        closesOn: '2025-04-01',
      }),
    );

    const anon = s.client();
    const page = await ok(anon.get(`/api/v1/public/decisions/${id}`));
    expect(page.commentOpen).toBe(true);
    const article = page.draft.articles[1].id as string;
    const sent = await ok(
      anon.post(`/api/v1/public/decisions/${id}/comments`, {
        articleId: article,
        body: '建议泊位向周边居民夜间开放。',
        phone: '13800001111',
      }),
      201,
    );
    expect((await ok(anon.get(`/api/v1/public/decisions/${id}`))).comments).toHaveLength(0);
    const listed = await ok(clerk.get(`/api/v1/decisions/${id}/comments`));
    expect(listed.items[0]).toMatchObject({
      moderation: 'pending',
      phone: '138****1111',
      article: '第二条',
    });
    await refused(clerk.post(`/api/v1/decisions/${id}/close-comment`), 422, 'COMMENT_PERIOD_OPEN');
    await refused(
      clerk.post(`/api/v1/decisions/${id}/comments/${sent.id}/answer`, {
        adoption: 'adopted',
        answer: '采纳',
      }),
      409,
      'COMMENT_NOT_SHOWN',
    );
    await ok(clerk.post(`/api/v1/decisions/${id}/comments/${sent.id}/moderate`, { show: true }));
    const shown = await ok(anon.get(`/api/v1/public/decisions/${id}`));
    expect(shown.comments).toMatchObject([
      { articleId: article, name: '匿名', adoptionLabel: null },
    ]);

    await at('2025-04-02T02:00:00Z');
    await refused(
      anon.post(`/api/v1/public/decisions/${id}/comments`, { body: '晚了' }),
      409,
      'COMMENT_CLOSED',
    );
    await refused(clerk.post(`/api/v1/decisions/${id}/close-comment`), 422, 'COMMENTS_UNANSWERED');
    await ok(
      clerk.post(`/api/v1/decisions/${id}/comments/${sent.id}/answer`, {
        adoption: 'partly',
        answer: '夜间开放部分泊位，具体时段另行公告。',
      }),
    );
    await ok(clerk.post(`/api/v1/decisions/${id}/close-comment`));
    await ok(
      clerk.post(`/api/v1/decisions/${id}/expert-review`, {
        summary: '非专业性技术性事项，无需专家论证。',
      }),
    );
    const assess = { required: true, report: '经重点走访形成风险评估报告' };
    await refused(
      clerk.post(`/api/v1/decisions/${id}/assess-risk`, assess),
      422,
      'RISK_REPORT_REQUIRED',
    );
    const report = {
      points: '商户进货时间受限',
      measures: '设置夜间卸货区',
      plan: '由市场管理方协调',
      conclusion: 'uncontrollable',
      grade: 'high',
      assessor: '镇综治中心',
      reportedOn: '2025-04-02',
    };
    await ok(clerk.post(`/api/v1/decisions/${id}/risk-report`, report));
    await refused(
      clerk.post(`/api/v1/decisions/${id}/assess-risk`, assess),
      422,
      'RISK_UNCONTROLLABLE',
    );
    await ok(
      clerk.post(`/api/v1/decisions/${id}/risk-report`, {
        ...report,
        conclusion: 'controllable',
        grade: 'medium',
      }),
    );
    const assessed = await ok(clerk.post(`/api/v1/decisions/${id}/assess-risk`, assess));
    expect(assessed.riskLevel).toBe('controllable');
    expect(assessed.status).toBe('legality_review');
    expect(assessed.blocked.map((b: { code: string }) => b.code)).toContain(
      'LEGALITY_OPINION_REQUIRED',
    );
    await refused(
      clerk.post(`/api/v1/decisions/${id}/report-party`, { reportedOn: '2025-04-02' }),
      422,
      'LEGALITY_OPINION_REQUIRED',
    );

    // The legality review is an item of the review module (条例 第二十五条至第二十八条), linked here.
    const item = await ok(
      clerk.post('/api/v1/review/items', {
        type: 'major_decision',
        title: TITLE,
        text: `${TITLE}\n第一条 早晚高峰禁止货车驶入市场路。`,
        fields: { plannedDecisionDate: '2025-04-20' },
      }),
      201,
    );
    for (const key of ['drafting_explanation', 'procedure_statement', 'public_participation'])
      await clerk.post(`/api/v1/review/items/${item.id}/materials`, { key, note: '已核对' });
    // The office picks the item from the town's 重大行政决策 items instead of typing its id.
    const offered = await ok(clerk.get(`/api/v1/decisions/${id}/legality-candidates`));
    expect(offered.items.map((i: { title: string }) => i.title)).toEqual([
      TITLE,
      '桥头镇某决策（时间不足）',
    ]);
    expect(offered.items[0]).toMatchObject({
      id: item.id,
      stateLabel: '草拟中',
      opinionIssuedOn: null,
    });
    await refused(
      (await s.as('county')).get(`/api/v1/decisions/${id}/legality-candidates`),
      403,
      'FORBIDDEN',
    );
    await ok(clerk.post(`/api/v1/decisions/${id}/link-legality`, { reviewItemId: item.id }));
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
    const detail = await ok(clerk.get(`/api/v1/decisions/${id}`));
    expect(detail.legality).toMatchObject({ id: item.id, passed: true });
    await ok(clerk.post(`/api/v1/decisions/${id}/report-party`, { reportedOn: '2025-04-02' }));

    await at('2025-04-10T02:00:00Z');
    const meeting = {
      meetingName: '镇政府常务会议（2025年第5次）',
      meetingOn: '2025-04-10',
      materials: ['draft', 'comments', 'risk', 'legality'],
      opinions: [
        { member: '王副镇长', opinion: '同意。' },
        { member: '陈镇长', opinion: '同意，按采纳情况修改后公布。' },
      ],
      headSpokeLast: true,
      departsFromMajority: false,
      decisionText: '通过方案。',
    };
    await refused(
      head.post(`/api/v1/decisions/${id}/decide`, { ...meeting, materials: ['draft', 'legality'] }),
      422,
      'MATERIALS_INCOMPLETE',
    );
    await refused(
      head.post(`/api/v1/decisions/${id}/decide`, { ...meeting, headSpokeLast: false }),
      422,
      'HEAD_SPEAKS_LAST',
    );
    const departs = await refused(
      head.post(`/api/v1/decisions/${id}/decide`, { ...meeting, departsFromMajority: true }),
      422,
      'DEPARTURE_REASON_REQUIRED',
    );
    expect(departs.details.basis).toContain('第三十条');
    const decided = await ok(
      head.post(`/api/v1/decisions/${id}/decide`, { ...meeting, dissent: '李委员：建议延后实施' }),
    );
    expect(decided).toMatchObject({
      status: 'decided',
      decidedOn: '2025-04-10',
      dissent: '李委员：建议延后实施',
    });
    const countyClerk = await s.as('countyreview');
    await refused(
      countyClerk.post(`/api/v1/decisions/${id}/publish`, { publishedOn: '2025-04-10' }),
      403,
      'SUPERVISION_ONLY',
    );
    const supervised = await ok((await s.as('county')).get(`/api/v1/decisions/${id}`));
    expect(supervised.abilities).toEqual([]);
    await ok(clerk.post(`/api/v1/decisions/${id}/publish`, { publishedOn: '2025-04-10' }));

    const pub = await ok(anon.get(`/api/v1/public/decisions/${id}`));
    expect(pub.decision.adoption).toMatchObject({ total: 1, partly: 1 });
    expect(pub.decision.adoption.text).toBe(
      '共收到公众意见 1 条，其中采纳 0 条、部分采纳 1 条、不予采纳 0 条。',
    );
    expect(pub.comments[0]).toMatchObject({ adoptionLabel: '部分采纳' });
    const stats = await ok(clerk.get('/api/v1/decisions/stats?year=2025'));
    expect(stats).toMatchObject({
      made: { count: 1 },
      published: { count: 1 },
      filed: { count: 0 },
    });
    const path = (await ok(clerk.get(`/api/v1/decisions/${id}`))).path.map(
      (p: { label: string }) => p.label,
    );
    expect(path).toEqual(
      expect.arrayContaining(['启动决策程序', '公开征求意见', '记录集体讨论决定', '公布决策']),
    );
  });
});
