import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';
import { serviceContract } from './demo/review-demo.texts.js';
import { FCR_STANDARDS } from './rules/fair-competition-checklist.js';

const CHECKS = {
  subject: 'pass',
  authority: 'pass',
  procedure: 'pass',
  content: 'pass',
  form: 'pass',
};
const opinion = (conclusion: string, extra: Record<string, unknown> = {}) => ({
  conclusion,
  checklist: CHECKS,
  summary: '经审查，提出审查意见如上，请研究处理。',
  bases: ['《中华人民共和国民法典》合同编'],
  ...extra,
});
const CONTRACT = serviceContract({
  buyer: '慈溪市桥头镇人民政府',
  provider: '慈溪市洁美环境服务有限公司',
  service: '镇区道路保洁',
  amountYuan: 460_000,
  startDate: '2025-01-01',
  endDate: '2025-12-31',
});
const POLICY =
  '桥头镇支持企业技术改造若干措施\n第一条 对本地注册企业优先给予技术改造补助。\n第二条 补助按企业纳税额的百分之五计算。\n第三条 本措施自印发之日起施行。';

describe.skipIf(pgMissing())('legality review: the legal guards', () => {
  let s: TestServer;
  let clerk: TestClient;
  let reviewer: TestClient;
  let adviser: TestClient;
  let deputy: TestClient;
  const decidedEvents = async (id: string) =>
    (
      await s.deps.db.kysely
        .selectFrom('auditEvents')
        .select('id')
        .where('targetId', '=', id)
        .where('action', '=', 'review.item.decided')
        .execute()
    ).length;

  /** A town item taken to 审查中, hits decided. */
  async function underReview(
    body: Record<string, unknown>,
    materials: string[] = [],
  ): Promise<string> {
    const created = await clerk.post('/api/v1/review/items', body);
    expect(created.status).toBe(201);
    const id = created.json.id;
    for (const key of materials)
      expect(
        (await clerk.post(`/api/v1/review/items/${id}/materials`, { key, note: '纸质原件已核对' }))
          .status,
      ).toBe(201);
    expect((await clerk.post(`/api/v1/review/items/${id}/submit`)).status).toBe(200);
    const accepted = await clerk.post(`/api/v1/review/items/${id}/accept`);
    expect(accepted.json.error ?? null).toBeNull();
    const started = await reviewer.post(`/api/v1/review/items/${id}/start-review`);
    for (const h of started.json.hits)
      await reviewer.post(`/api/v1/review/items/${id}/hits/${h.id}`, { decision: 'accepted' });
    return id;
  }

  beforeAll(async () => {
    s = await startTestServer();
    [clerk, reviewer, adviser, deputy] = await Promise.all([
      s.as('clerk'),
      s.as('reviewer'),
      s.as('adviser'),
      s.as('deputy'),
    ]);
  });
  afterAll(() => s?.close());

  it('refuses to decide an item not reviewed or found unlawful, naming the article for town contracts (宁波条例 art 13)', async () => {
    const id = await underReview(
      { type: 'gov_contract', title: '桥头镇镇区道路保洁服务合同', text: CONTRACT },
      ['counterparty_licence', 'decision_basis'],
    );
    const early = await deputy.post(`/api/v1/review/items/${id}/decide`, {
      kind: 'signed',
      decidedOn: '2024-11-20',
    });
    expect(early.status).toBe(422);
    expect(early.json.error.code).toBe('NOT_REVIEWED');
    expect(early.json.error.message).toContain('《宁波市法治乡村建设促进条例》第十三条');
    // A contract is not a major administrative decision: 条例 art 25 does not cover it.
    expect(early.json.error.message).not.toContain('《重大行政决策程序暂行条例》');
    const seen = (await deputy.get(`/api/v1/review/items/${id}`)).json;
    expect(seen.blocked.find((b: { action: string }) => b.action === 'decide')).toMatchObject({
      code: 'NOT_REVIEWED',
    });
    expect(seen.ahead.map((a: { action: string }) => a.action)).toEqual([
      'request_supplement',
      'request_co_review',
      'issue_opinion',
      'withdraw',
    ]);

    const unlawful = await reviewer.post(`/api/v1/review/items/${id}/opinion`, opinion('unlawful'));
    expect(unlawful.json.conclusion).toBe('unlawful');
    const refused = await deputy.post(`/api/v1/review/items/${id}/decide`, {
      kind: 'signed',
      decidedOn: '2024-11-20',
    });
    expect(refused.status).toBe(422);
    expect(refused.json.error.code).toBe('REVIEW_UNLAWFUL');
    expect(refused.json.error.details.basis).toContain('第十三条');
    expect(
      (await clerk.post(`/api/v1/review/items/${id}/feedback`, { adoption: 'adopted' })).json.error
        .code,
    ).toBe('REVIEW_UNLAWFUL');
    expect(
      (await clerk.post(`/api/v1/review/items/${id}/revise`, { text: CONTRACT, note: '已修改' }))
        .json.error.code,
    ).toBe('NOT_REVISABLE');
    expect(await decidedEvents(id)).toBe(0);
    expect(
      (await clerk.post(`/api/v1/review/items/${id}/withdraw`, { reason: '不再签订' })).json.state,
    ).toBe('withdrawn');
  });

  it('sends a “revise” opinion back for a new version, re-reviews it under a new clock and number, then lets it be signed', async () => {
    const id = await underReview(
      {
        type: 'gov_contract',
        title: '桥头镇河道保洁服务合同',
        text: CONTRACT.replace(
          '依法向慈溪市人民法院起诉',
          '提交宁波仲裁委员会仲裁，也可以向慈溪市人民法院起诉',
        ),
      },
      ['counterparty_licence', 'decision_basis'],
    );
    const first = await reviewer.post(`/api/v1/review/items/${id}/opinion`, opinion('revise'));
    expect(first.json.opinions[0].docNumber).toMatch(/^桥法审〔2024〕\d+号$/);
    const blocked = await deputy.post(`/api/v1/review/items/${id}/decide`, {
      kind: 'signed',
      decidedOn: '2024-11-20',
    });
    expect(blocked.json.error.code).toBe('REVIEW_REVISE');
    expect(
      (await reviewer.post(`/api/v1/review/items/${id}/opinion`, opinion('lawful'))).status,
    ).toBe(409);

    const revised = await clerk.post(`/api/v1/review/items/${id}/revise`, {
      text: CONTRACT,
      note: '删除仲裁约定',
    });
    expect(revised.json).toMatchObject({ state: 'under_review', version: 2 });
    expect(revised.json.clock.id).not.toBe(first.json.clock.id);
    expect(revised.json.hits.every((h: { decision: string }) => h.decision === 'pending')).toBe(
      true,
    );
    for (const h of revised.json.hits)
      await reviewer.post(`/api/v1/review/items/${id}/hits/${h.id}`, {
        decision: 'dismissed',
        note: '已修改',
      });
    const second = await reviewer.post(`/api/v1/review/items/${id}/opinion`, opinion('lawful'));
    expect(second.json.opinions).toHaveLength(2);
    const [n1, n2] = second.json.opinions.map((o: { docNumber: string }) =>
      Number(/〕(\d+)号/.exec(o.docNumber)![1]),
    );
    expect(n2).toBe(n1 + 1);
    expect(
      (
        await deputy.post(`/api/v1/review/items/${id}/decide`, {
          kind: 'signed',
          decidedOn: '2024-11-20',
        })
      ).json.error.code,
    ).toBe('FEEDBACK_REQUIRED');
    await clerk.post(`/api/v1/review/items/${id}/feedback`, { adoption: 'adopted' });
    expect(
      (
        await deputy.post(`/api/v1/review/items/${id}/decide`, {
          kind: 'published',
          decidedOn: '2024-11-20',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await deputy.post(`/api/v1/review/items/${id}/decide`, {
          kind: 'signed',
          decidedOn: '2024-11-21',
        })
      ).status,
    ).toBe(400);
    const signed = await deputy.post(`/api/v1/review/items/${id}/decide`, {
      kind: 'signed',
      decidedOn: '2024-11-20',
    });
    expect(signed.json.state).toBe('decided');
    expect(await decidedEvents(id)).toBe(1);
  });

  it('requires seven working days for a major decision, the adviser’s opinion, and allows 明示法律风险 only there (条例 arts 25, 26, 28)', async () => {
    const body = {
      type: 'major_decision',
      title: '桥头镇农贸市场提升改造实施方案',
      text: '桥头镇农贸市场提升改造实施方案\n一、改造范围……\n二、资金安排……',
      fields: { plannedDecisionDate: '2024-11-26' },
    };
    const created = await clerk.post('/api/v1/review/items', body);
    const id = created.json.id;
    for (const key of ['drafting_explanation', 'procedure_statement', 'public_participation'])
      await clerk.post(`/api/v1/review/items/${id}/materials`, { key, note: '纸质原件已核对' });
    const tooShort = await clerk.post(`/api/v1/review/items/${id}/submit`);
    expect(tooShort.status).toBe(422);
    expect(tooShort.json.error.code).toBe('REVIEW_TIME_TOO_SHORT');
    expect(tooShort.json.error.message).toContain('第二十六条');
    await clerk.patch(`/api/v1/review/items/${id}`, {
      fields: { plannedDecisionDate: '2024-12-02' },
    });
    expect((await clerk.post(`/api/v1/review/items/${id}/submit`)).json.state).toBe('submitted');
    const accepted = await clerk.post(`/api/v1/review/items/${id}/accept`);
    expect(accepted.json.clock).toMatchObject({ limitDays: 7, dueDate: '2024-11-29' });
    // The 7 days bind the submitter (art 26); as the reviewer's deadline they are the town's own (art 28: 及时).
    expect(accepted.json.clock.basis).toContain('本镇设置');
    expect(accepted.json.clock.basis).not.toContain('第二十六条');
    expect(
      (await adviser.get('/api/v1/inbox')).json.items.some(
        (i: { link: string }) => i.link === `/review/items/${id}`,
      ),
    ).toBe(true);
    await reviewer.post(`/api/v1/review/items/${id}/start-review`);
    const noAdviser = await reviewer.post(`/api/v1/review/items/${id}/opinion`, opinion('lawful'));
    expect(noAdviser.json.error.code).toBe('ADVISER_OPINION_REQUIRED');
    expect(noAdviser.json.error.message).toContain('第二十八条');
    const advised = await adviser.post(`/api/v1/review/items/${id}/adviser-opinions`, {
      text: '方案资金来源合法，建议补充摊位租赁招租程序。',
    });
    expect(advised.json.adviserOpinions).toHaveLength(1);
    expect(
      (await reviewer.post(`/api/v1/review/items/${id}/opinion`, opinion('risk_disclosed'))).status,
    ).toBe(400);
    const risk = await reviewer.post(
      `/api/v1/review/items/${id}/opinion`,
      opinion('risk_disclosed', {
        riskStatement: '摊位费调整国家尚无明确规定，存在被认定为变相收费的风险。',
      }),
    );
    expect(risk.json.conclusion).toBe('risk_disclosed');
    const issued = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('meta')
      .where('targetId', '=', id)
      .where('action', '=', 'review.item.opinion_issued')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(issued.meta!)).toMatchObject({ inTime: true, deadlineSetBy: 'town' });

    const contract = await underReview(
      { type: 'gov_contract', title: '桥头镇绿化养护服务合同', text: CONTRACT },
      ['counterparty_licence', 'decision_basis'],
    );
    const wrong = await reviewer.post(
      `/api/v1/review/items/${contract}/opinion`,
      opinion('risk_disclosed', { riskStatement: '存在一定法律风险，请注意防范。' }),
    );
    expect(wrong.status).toBe(422);
    expect(wrong.json.error.code).toBe('RISK_DISCLOSURE_NOT_ALLOWED');
  });

  it('keeps a measure affecting market entities from being issued without a passing fair-competition conclusion (公平竞争审查条例 art 18)', async () => {
    const created = await clerk.post('/api/v1/review/items', {
      type: 'normative_doc',
      title: '桥头镇支持企业技术改造若干措施',
      text: POLICY,
      affectsMarket: true,
    });
    const id = created.json.id;
    for (const key of ['drafting_explanation', 'legal_basis', 'comment_summary'])
      await clerk.post(`/api/v1/review/items/${id}/materials`, { key, note: '纸质原件已核对' });
    const submitted = await clerk.post(`/api/v1/review/items/${id}/submit`);
    expect(submitted.json.hits.length).toBeGreaterThan(0);
    const missing = await clerk.post(`/api/v1/review/items/${id}/accept`);
    expect(missing.json.error.code).toBe('MATERIALS_MISSING');
    expect(missing.json.error.message).toContain('公平竞争审查结论');

    const fcr = await clerk.post('/api/v1/review/fcr', {
      title: '桥头镇支持企业技术改造若干措施',
      draftingUnit: '经济发展办公室',
      text: POLICY,
      itemId: id,
    });
    expect(fcr.status).toBe(201);
    expect(fcr.json.flags.length).toBeGreaterThan(0);
    const checklist = Object.fromEntries(
      FCR_STANDARDS.map((x) => [x.code, x.code === '10.2' ? 'involved' : 'not_involved']),
    );
    await clerk.patch(`/api/v1/review/fcr/${fcr.json.id}`, {
      checklist,
      consultation: '召开企业座谈会，听取8家企业意见',
    });
    const compliant = await clerk.post(`/api/v1/review/fcr/${fcr.json.id}/conclude`, {
      outcome: 'compliant',
      conclusionText: '经审查可以出台，不存在问题。',
    });
    expect(compliant.json.error.code).toBe('FCR_NOT_COMPLIANT');
    const concluded = await clerk.post(`/api/v1/review/fcr/${fcr.json.id}/conclude`, {
      outcome: 'non_compliant',
      conclusionText: '按纳税额给予补助属选择性奖励，违反第十条第（二）项，不得出台。',
    });
    expect(concluded.json).toMatchObject({ state: 'concluded', outcome: 'non_compliant' });

    expect((await clerk.post(`/api/v1/review/items/${id}/accept`)).json.state).toBe('accepted');
    const started = await reviewer.post(`/api/v1/review/items/${id}/start-review`);
    for (const h of started.json.hits)
      await reviewer.post(`/api/v1/review/items/${id}/hits/${h.id}`, { decision: 'accepted' });
    await reviewer.post(`/api/v1/review/items/${id}/opinion`, opinion('lawful_with_suggestions'));
    await clerk.post(`/api/v1/review/items/${id}/feedback`, {
      adoption: 'partly',
      note: '补助标准另行研究',
    });
    const refused = await deputy.post(`/api/v1/review/items/${id}/decide`, {
      kind: 'published',
      decidedOn: '2024-11-20',
    });
    expect(refused.status).toBe(422);
    expect(refused.json.error.code).toBe('FCR_REQUIRED');
    expect(refused.json.error.message).toContain('《公平竞争审查条例》第十八条');
  });
});
