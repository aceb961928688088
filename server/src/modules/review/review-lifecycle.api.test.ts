import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';
import { buildOfficialLetter } from '../../core/documents/docx-letter.js';
import { leaseContract } from './demo/review-demo.texts.js';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const form = (bytes: Buffer, name: string) => {
  const fd = new FormData();
  fd.append('file', new Blob([bytes]), name);
  return fd;
};

const LEASE = {
  lessor: '慈溪市桥头镇上林湖村股份经济合作社',
  lessee: '慈溪市桥头某某鞋业有限公司',
  premises: '上林湖村工业区3号厂房',
  purpose: '拖鞋生产加工',
  years: 5,
  startDate: '2025-01-01',
  endDate: '2029-12-31',
  annualRentYuan: 18000,
};

describe.skipIf(pgMissing())('legality review: the life of a village contract', () => {
  let s: TestServer;
  let cadre: TestClient;
  let clerk: TestClient;
  let reviewer: TestClient;
  const events = (id: string) =>
    s.deps.db.kysely
      .selectFrom('auditEvents')
      .selectAll()
      .where('targetId', '=', id)
      .orderBy('seq')
      .execute();
  const upload = async (c: TestClient, name: string) => {
    const r = await c.post('/api/v1/files', form(PDF, name));
    expect(r.status).toBe(201);
    return r.json.id as string;
  };

  beforeAll(async () => {
    s = await startTestServer();
    [cadre, clerk, reviewer] = await Promise.all([s.as('cadre'), s.as('clerk'), s.as('reviewer')]);
  });
  afterAll(() => s?.close());

  it('runs draft → submitted → returned → accepted → reviewed → opinion → feedback → signed → archived, recording every step', async () => {
    const created = await cadre.post('/api/v1/review/items', {
      type: 'village_contract',
      title: '上林湖村工业区3号厂房租赁合同',
      text: leaseContract({ ...LEASE, defects: ['arbitration_and_court'] }),
      fields: {
        counterparty: LEASE.lessee,
        amountFen: 9_000_000,
        termYears: 5,
        collectiveAsset: true,
        vote: { body: 'representatives_assembly', entitled: 45, present: 38, votesFor: 36 },
      },
    });
    expect(created.status).toBe(201);
    const id: string = created.json.id;
    expect(created.json).toMatchObject({
      state: 'draft',
      org: { name: '上林湖村' },
      typeLabel: '村级合同',
    });
    expect(created.json.abilities.submit).toBe(true);
    expect(created.json.voteChecks.every((c: { ok: boolean }) => c.ok)).toBe(true);

    const submitted = await cadre.post(`/api/v1/review/items/${id}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.json.state).toBe('submitted');
    expect(submitted.json.hits.map((h: { ruleId: string }) => h.ruleId)).toContain('C12');

    // 党建综合办 cannot accept with the licence and the assembly resolution missing: it returns the item.
    const refused = await clerk.post(`/api/v1/review/items/${id}/accept`);
    expect(refused.status).toBe(422);
    expect(refused.json.error.code).toBe('MATERIALS_MISSING');
    expect(refused.json.error.message).toContain('相对方营业执照');
    const returned = await clerk.post(`/api/v1/review/items/${id}/return`, {
      reason: '缺少相对方营业执照和村民代表会议决议',
    });
    expect(returned.json.state).toBe('returned');
    expect(returned.json.clock).toBeNull();

    for (const key of ['counterparty_licence', 'assembly_resolution', 'publicity_record']) {
      const added = await cadre.post(`/api/v1/review/items/${id}/materials`, {
        key,
        fileId: await upload(cadre, `${key}.pdf`),
      });
      expect(added.status).toBe(201);
    }
    expect(
      (await cadre.post(`/api/v1/review/items/${id}/resubmit`, { note: '已补齐材料' })).json.state,
    ).toBe('submitted');
    const accepted = await clerk.post(`/api/v1/review/items/${id}/accept`);
    expect(accepted.json.error ?? null).toBeNull();
    expect(accepted.json.state).toBe('accepted');
    // 2024-11-20 (Wed) + 5 working days, counting from the next day.
    expect(accepted.json.clock).toMatchObject({
      dueDate: '2024-11-27',
      status: 'on_track',
      state: 'running',
    });

    const started = await reviewer.post(`/api/v1/review/items/${id}/start-review`);
    expect(started.json.state).toBe('under_review');
    const early = await reviewer.post(`/api/v1/review/items/${id}/opinion`, {
      conclusion: 'lawful',
      checklist: {
        subject: 'pass',
        authority: 'pass',
        procedure: 'pass',
        content: 'pass',
        form: 'pass',
      },
      summary: '经审查，该合同合法有效。',
      bases: ['《中华人民共和国民法典》第七百零三条'],
    });
    expect(early.status).toBe(422);
    expect(early.json.error.code).toBe('HITS_PENDING');
    for (const hit of started.json.hits) {
      const r = await reviewer.post(`/api/v1/review/items/${id}/hits/${hit.id}`, {
        decision: 'accepted',
        dimension: 'content',
      });
      expect(r.status).toBe(200);
    }
    const withFinding = await reviewer.post(`/api/v1/review/items/${id}/findings`, {
      dimension: 'procedure',
      problem: '租赁方案未载明公示起止日期，无法核实公示期是否满十五日',
      basis: '《浙江省农村集体资产管理条例》第二十条',
      suggestion: '补充公示起止日期及公示照片',
    });
    expect(withFinding.json.findings).toHaveLength(started.json.hits.length + 1);

    const opinion = await reviewer.post(`/api/v1/review/items/${id}/opinion`, {
      conclusion: 'lawful_with_suggestions',
      checklist: {
        subject: 'pass',
        authority: 'pass',
        procedure: 'issue',
        content: 'issue',
        form: 'pass',
      },
      summary: '该合同主体适格、程序基本完备，建议按上述意见修改争议解决条款后签订。',
      bases: ['《中华人民共和国民法典》第七百零五条', '《浙江省农村集体资产管理条例》第十七条'],
    });
    expect(opinion.status).toBe(200);
    expect(opinion.json.state).toBe('opinion_issued');
    expect(opinion.json.clock.state).toBe('stopped');
    const letter = opinion.json.opinions[0];
    expect(letter.docNumber).toBe('桥法审〔2024〕1号');

    // The letter: GB/T 9704 layout from the foundation's builder, with the number, materials, findings and conclusion.
    const doc = await cadre.get(`/api/v1/review/items/${id}/opinions/${letter.id}/document`);
    expect(doc.status).toBe(200);
    expect(doc.headers.get('content-type')).toContain('wordprocessingml');
    const xml = await (await JSZip.loadAsync(doc.body)).file('word/document.xml')!.async('string');
    const plain = xml.replace(/<[^>]+>/g, '');
    for (const text of [
      '桥法审〔2024〕1号',
      '慈溪市桥头镇人民政府',
      '上林湖村',
      '原则同意，建议修改',
      '相对方营业执照',
      '同时约定仲裁和诉讼',
      '《浙江省农村集体资产管理条例》第十七条',
      '李法审',
    ])
      expect(plain).toContain(text);
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect((await cadre.get(`/api/v1/files/${letter.fileId}`)).status).toBe(200);

    const tooEarly = await cadre.post(`/api/v1/review/items/${id}/decide`, {
      kind: 'signed',
      decidedOn: '2024-11-20',
    });
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.json.error.code).toBe('FEEDBACK_REQUIRED');
    const partly = await cadre.post(`/api/v1/review/items/${id}/feedback`, { adoption: 'partly' });
    expect(partly.status).toBe(400);
    const feedback = await cadre.post(`/api/v1/review/items/${id}/feedback`, {
      adoption: 'partly',
      note: '已删除仲裁约定；公示照片已补充，起止日期以村务公开栏记录为准',
    });
    expect(feedback.json.state).toBe('feedback_given');
    const signed = await cadre.post(`/api/v1/review/items/${id}/decide`, {
      kind: 'signed',
      decidedOn: '2024-11-20',
    });
    expect(signed.json.state).toBe('decided');
    expect(signed.json.filingTarget).toBeNull();
    expect(signed.json.abilities.file).toBe(false);
    const archived = await clerk.post(`/api/v1/review/items/${id}/archive`);
    expect(archived.json.state).toBe('archived');

    const trail = await events(id);
    const steps = trail.filter((e) => e.action.startsWith('review.item.')).map((e) => e.action);
    expect(steps).toEqual([
      'review.item.created',
      'review.item.submitted',
      'review.item.returned',
      'review.item.resubmitted',
      'review.item.accepted',
      'review.item.review_started',
      'review.item.opinion_issued',
      'review.item.feedback_given',
      'review.item.decided',
      'review.item.archived',
    ]);
    const byActor = Object.fromEntries(
      trail.filter((e) => e.action.startsWith('review.item.')).map((e) => [e.action, e.actorName]),
    );
    expect(byActor).toMatchObject({
      'review.item.submitted': 'cadre',
      'review.item.accepted': 'clerk',
      'review.item.opinion_issued': 'reviewer',
      'review.item.decided': 'cadre',
    });
    // A village contract: no statute requires its review, so the town's own rule is cited as such.
    expect(trail.find((e) => e.action === 'review.item.opinion_issued')!.basis).toContain(
      '本镇设置',
    );
    expect(trail.find((e) => e.action === 'review.item.decided')!.basis).not.toContain(
      '第二十五条',
    );
    expect(archived.json.steps.map((x: { toState: string }) => x.toState)).toEqual([
      'submitted',
      'returned',
      'submitted',
      'accepted',
      'under_review',
      'opinion_issued',
      'feedback_given',
      'decided',
      'archived',
    ]);
    expect(archived.json.ahead).toEqual([]);
  });

  it('takes the text of an uploaded Word draft and pre-reviews it on submission', async () => {
    const docx = await buildOfficialLetter({
      issuer: '上林湖村村民委员会',
      docNumber: '上林湖村〔2024〕3号',
      title: '上林湖村村规民约（草案）',
      blocks: [
        { kind: 'paragraph', text: '第一条 村民应当遵纪守法，邻里和睦。' },
        { kind: 'paragraph', text: '第二条 本村女子外嫁后户口未迁出的，不享受集体收益分配。' },
      ],
      signatory: '上林湖村村民委员会',
      date: '2024-11-18',
    });
    const fd = new FormData();
    fd.append('file', new Blob([docx]), '村规民约草案.docx');
    const fileId = (await cadre.post('/api/v1/files', fd)).json.id;
    const created = await cadre.post('/api/v1/review/items', {
      type: 'village_rules',
      title: '上林湖村村规民约（草案）',
      docxFileId: fileId,
    });
    expect(created.status).toBe(201);
    expect(created.json.text).toContain('本村女子外嫁后户口未迁出的，不享受集体收益分配。');
    expect(created.json.versions[0].source).toBe('docx');
    expect(
      created.json.materials.find((m: { key: string }) => m.key === 'draft').supplied[0].fileName,
    ).toBe('村规民约草案.docx');
    const submitted = await cadre.post(`/api/v1/review/items/${created.json.id}/submit`);
    const r4 = submitted.json.hits.find((h: { ruleId: string }) => h.ruleId === 'R4');
    expect(r4.clause).toContain('外嫁');
    expect(submitted.json.text.slice(r4.start, r4.end)).toBe(r4.clause);
    const pdf = new FormData();
    pdf.append('file', new Blob([PDF]), '扫描件.pdf');
    const notWord = await cadre.post('/api/v1/review/items', {
      type: 'village_rules',
      title: '上林湖村村规民约（扫描件）',
      docxFileId: (await cadre.post('/api/v1/files', pdf)).json.id,
    });
    expect(notWord.status).toBe(400);
    expect(notWord.json.error.message).toContain('Word');
  });

  it('puts each next step in the right inbox', async () => {
    const created = await cadre.post('/api/v1/review/items', {
      type: 'village_contract',
      title: '上林湖村鱼塘承包合同',
      text: leaseContract({ ...LEASE, premises: '上林湖村东侧鱼塘', purpose: '水产养殖' }),
    });
    const id = created.json.id;
    await cadre.post(`/api/v1/review/items/${id}/submit`);
    const link = `/review/items/${id}`;
    const has = async (c: TestClient) =>
      (await c.get('/api/v1/inbox')).json.items.some((i: { link: string }) => i.link === link);
    expect(await has(clerk)).toBe(true);
    // The county centre's staff hold the same role as the clerk, but the town's intake is not theirs.
    expect(await has(await s.as('countyreview'))).toBe(false);
    expect(await has(reviewer)).toBe(false);
  });
});
