import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../../test/test-env.js';
import {
  BAD_CLAUSES,
  BAD_VILLAGE_RULES,
  LAWFUL_VILLAGE_RULES,
} from './fixtures/village-rules-samples.js';

const URL = '/api/v1/review/pre-review';

describe.skipIf(pgMissing())('智能预审 POST /review/pre-review', () => {
  let s: TestServer;
  let cadre: TestClient;

  beforeAll(async () => {
    s = await startTestServer();
    cadre = await s.as('cadre');
  });
  afterAll(() => s?.close());

  it('lets a village cadre check a 村规民约 draft and points at each clause, storing nothing', async () => {
    const before = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await cadre.post(URL, { kind: 'village_rules', text: BAD_VILLAGE_RULES });
    expect(res.status).toBe(200);
    const hits: { ruleId: string; clause: string; start: number; end: number; basis: string }[] =
      res.json.hits;
    expect(hits.map((h) => h.ruleId).sort()).toEqual(BAD_CLAUSES.flatMap((c) => c.ruleIds).sort());
    for (const h of hits) expect(BAD_VILLAGE_RULES.slice(h.start, h.end)).toBe(h.clause);
    expect(hits.find((h) => h.ruleId === 'R4')?.basis).toContain('《妇女权益保障法》第五十五条');
    const after = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect(
      (await cadre.post(URL, { kind: 'village_rules', text: LAWFUL_VILLAGE_RULES })).json.hits,
    ).toEqual([]);
  });

  it('is open to every staff role, not to the public or anonymous callers', async () => {
    const body = { kind: 'fair_competition', text: '政府采购项目同等条件下本地企业优先。' };
    for (const user of [
      'clerk',
      'reviewer',
      'adviser',
      'officer',
      'mediator',
      'window',
      'head',
      'deputy',
    ]) {
      const res = await (await s.as(user)).post(URL, body);
      expect(res.status, user).toBe(200);
      expect(res.json.hits[0]).toMatchObject({
        ruleId: 'F9.3',
        basis: '《公平竞争审查条例》第九条第（三）项',
      });
    }
    expect((await (await s.as('citizen')).post(URL, body)).status).toBe(403);
    const anon = s.client();
    expect((await anon.post(URL, body)).status).toBe(401);
  });

  it('uses structured fields: vote counts and the filing date against the holiday calendar', async () => {
    const res = await cadre.post(URL, {
      kind: 'village_rules',
      text: '本村规民约经村民会议表决通过。',
      fields: {
        adoptedBy: 'villagers_assembly',
        adults: 1000,
        attendees: 450,
        households: 320,
        attendeeHouseholds: 200,
        votesFor: 400,
        adoptedOn: '2024-09-21',
        filedOn: '2024-10-08',
      },
    });
    expect(res.status).toBe(200);
    // 10 days after 21 September end on 1 October (国庆), so filing on 8 October is in time (民法典 art 203).
    expect(res.json.hits.map((h: { title: string }) => h.title)).toEqual([
      '村民会议到会人数不足法定人数',
    ]);
  });

  it('checks contracts with amounts and percentages from the text and the fields', async () => {
    const res = await cadre.post(URL, {
      kind: 'contract',
      text: '甲方将村集体厂房出租给乙方，租赁期限为三十年。本合同定金为合同总价款的30%。',
      fields: { isCollectiveAsset: true, membersEntitled: 45, votesFor: 38 },
    });
    expect(res.status).toBe(200);
    expect(res.json.hits.map((h: { ruleId: string }) => h.ruleId)).toEqual(['C1', 'C10']);
  });

  it.each([
    ['no kind', { text: '乱倒垃圾者罚款200元。' }, 'kind'],
    ['an unknown kind', { kind: 'ordinance', text: '罚款' }, 'kind'],
    ['no text', { kind: 'village_rules' }, 'text'],
    ['empty text', { kind: 'village_rules', text: '' }, '不能为空'],
    [
      'text over 200 000 characters',
      { kind: 'village_rules', text: '罚'.repeat(200_001) },
      '200000',
    ],
    ['an unknown key', { kind: 'village_rules', text: '罚款', extra: 1 }, 'extra'],
    [
      'a field of another kind',
      { kind: 'village_rules', text: '罚款', fields: { termYears: 5 } },
      'termYears',
    ],
    [
      'a field of the wrong type',
      { kind: 'contract', text: '租赁', fields: { termYears: 'thirty' } },
      'termYears',
    ],
    [
      'an impossible date',
      { kind: 'contract', text: '租赁', fields: { startDate: '2024-13-01' } },
      '日期格式',
    ],
    [
      'inconsistent counts',
      { kind: 'village_rules', text: '村规民约', fields: { adults: 100, attendees: 120 } },
      '到会人数不能多于',
    ],
  ] as const)('answers 400 in Chinese for %s', async (_, body, mention) => {
    const res = await cadre.post(URL, body);
    expect(res.status).toBe(400);
    expect(res.json.error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(JSON.stringify(res.json.error)).toContain(mention);
  });

  it('accepts a Word document and answers its text with the hits', async () => {
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph('第一条 禁止在河道倾倒垃圾。'),
              new Paragraph('第二条 招婿上门的，女婿及子女不享受村民待遇。'),
            ],
          },
        ],
      }),
    );
    const fd = new FormData();
    fd.append('kind', 'village_rules');
    fd.append('file', new Blob([docx]), '村规民约.docx');
    const res = await cadre.post(`${URL}/docx`, fd);
    expect(res.status).toBe(200);
    expect(res.json.text).toBe(
      '第一条 禁止在河道倾倒垃圾。\n第二条 招婿上门的，女婿及子女不享受村民待遇。',
    );
    expect(res.json.hits).toEqual([
      expect.objectContaining({
        ruleId: 'R6',
        clause: '第二条 招婿上门的，女婿及子女不享受村民待遇。',
        start: res.json.text.indexOf('第二条'),
      }),
    ]);

    const pdf = new FormData();
    pdf.append('kind', 'village_rules');
    pdf.append('file', new Blob([Buffer.from('%PDF-1.7 …')]), '村规民约.docx');
    expect((await cadre.post(`${URL}/docx`, pdf)).status).toBe(415);

    const badFields = new FormData();
    badFields.append('kind', 'contract');
    badFields.append('fields', '{not json');
    badFields.append('file', new Blob([docx]), 'a.docx');
    const bad = await cadre.post(`${URL}/docx`, badFields);
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toContain('fields');
  });

  it('lists the rule catalogue and the fair-competition checklist', async () => {
    const res = await cadre.get(`${URL}/rules`);
    expect(res.status).toBe(200);
    expect(res.json.rules.find((r: { id: string }) => r.id === 'R4')).toMatchObject({
      kind: 'village_rules',
      title: '外嫁女丧失集体收益分配等权益',
      severity: 'high',
    });
    expect(res.json.fairCompetition.standards).toHaveLength(19);
    expect(res.json.fairCompetition.exceptionConditions).toHaveLength(3);
    expect(
      res.json.thresholds.find((t: { key: string }) => t.key === 'openTradingThresholdYuan'),
    ).toMatchObject({ confirmed: false });
    expect((await (await s.as('citizen')).get(`${URL}/rules`)).status).toBe(403);
  });
});
