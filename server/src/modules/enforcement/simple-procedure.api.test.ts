import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enforcementTeam } from '../../test/enforcement-team.js';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

/**
 * 简易程序 (行政处罚法 arts 51–53) and 当场收缴 (arts 68–71) through the API: the town's limits as
 * settings, the on-the-spot decision, the collection with its receipt, the two-working-day hand-over and
 * the 备案, each guard refusing with its code and article; then a decision not paid: 加处罚款, 催告 and the
 * court application (行政处罚法 art 72, 行政强制法 arts 35, 45, 53–54).
 */
describe.skipIf(pgMissing())('enforcement: simple procedure', () => {
  let s: TestServer;
  let officer: TestClient;
  let head: TestClient;
  let county: TestClient;
  const officerIds: string[] = [];
  let urgedCase = '';

  const signIn = async () => {
    [officer, head, county] = [await s.as('officer'), await s.as('head'), await s.as('county')];
  };
  const step = (id: string, path: string, body: unknown = {}, who = officer) =>
    who.post(`/api/v1/enforcement/cases/${id}/${path}`, body);
  const ok = async (id: string, path: string, body: unknown = {}, who = officer) => {
    const res = await step(id, path, body, who);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return res.json;
  };
  const newCase = async (over: Record<string, unknown> = {}) => {
    const res = await officer.post('/api/v1/enforcement/cases', {
      title: '店外占道经营',
      field: 'urban_management',
      authorityBasis: 'granted',
      partyName: '李四',
      partyKind: 'citizen',
      facts: '当事人在店铺门外人行道上摆摊经营。',
      officerIds,
      procedure: 'simple',
      ...over,
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    return res.json as { id: string; status: string; procedure: string };
  };
  const decision = (over: Record<string, unknown> = {}) => ({
    fine: 100,
    penalty: '警告并处罚款',
    legalBasis: '《浙江省城市市容和环境卫生管理条例》',
    formNo: '浙当罚00012345',
    certificateShown: true,
    ...over,
  });

  beforeAll(async () => {
    s = await startTestServer();
    await signIn();
    officerIds.push(
      ...(await enforcementTeam(
        s,
        officer,
        { username: 'officer-s', displayName: '吴执法' },
        { prefix: '浙33028299', fields: ['urban_management'] },
      )),
    );
  });
  afterAll(() => s?.close());

  it('keeps the town’s simple-procedure limits within art 51, audited', async () => {
    const base = { citizen: 10_000, organisation: 100_000 };
    const before = await officer.get('/api/v1/enforcement/settings');
    expect(before.json).toMatchObject({ simpleCitizen: 200, simpleOrganisation: 3_000 });
    const over = await head.put('/api/v1/enforcement/settings', { ...base, simpleCitizen: 300 });
    expect(over.status).toBe(400);
    expect(over.json.error.details.basis).toBe('《行政处罚法》第五十一条');
    const set = await head.put('/api/v1/enforcement/settings', {
      ...base,
      simpleCitizen: 150,
      simpleReportDays: 3,
    });
    expect(set.status, JSON.stringify(set.json)).toBe(200);
    expect(set.json).toMatchObject({ simpleCitizen: 150, simpleOrganisation: 3_000 });
    const audit = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('changes')
      .where('action', '=', 'enforcement.settings.updated')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.changes!).simpleFine).toEqual({
      before: '200/3000',
      after: '150/3000',
    });
    expect((await county.put('/api/v1/enforcement/settings', base)).status).toBe(403);
  });

  it('decides on the spot within the limit, with the 执法证 shown (arts 51–52)', async () => {
    const c = await newCase();
    expect(c).toMatchObject({ status: 'on_spot', procedure: 'simple' });
    const over = await step(c.id, 'decide-on-spot', decision({ fine: 151 }));
    expect(over.status).toBe(422);
    expect(over.json.error.code).toBe('SIMPLE_LIMIT_EXCEEDED');
    expect(over.json.error.details.basis).toBe('《行政处罚法》第五十一条');
    const hidden = await step(c.id, 'decide-on-spot', decision({ certificateShown: false }));
    expect(hidden.json.error.code).toBe('CERTIFICATE_NOT_SHOWN');
    expect(hidden.json.error.details.basis).toBe('《行政处罚法》第五十二条');
    expect((await step(c.id, 'file', {}, head)).status).toBe(409);
    expect((await step(c.id, 'decide-on-spot', decision(), county)).status).toBe(403);

    const decided = await ok(c.id, 'decide-on-spot', decision());
    expect(decided).toMatchObject({
      status: 'served',
      decidedOn: '2024-11-20',
      servedOn: '2024-11-20',
      decisionDocNo: '浙当罚00012345',
      fine: 100,
      // 2024-11-20 (Wed) + three working days (the town's setting).
      reportDue: '2024-11-25',
    });
    expect(decided.abilities).toEqual(expect.arrayContaining(['report', 'collect_on_spot']));
  });

  it('collects ≤100 元 on the spot and closes after the hand-over and the 备案 (arts 68–71)', async () => {
    const c = await newCase({ partyName: '王五' });
    await ok(c.id, 'decide-on-spot', decision({ formNo: '浙当罚00012346' }));
    const collected = await ok(c.id, 'collect-on-spot', {
      ground: 'small_fine',
      receiptNo: '浙财票2024-000321',
    });
    expect(collected).toMatchObject({
      status: 'executed',
      collectedOn: '2024-11-20',
      receiptNo: '浙财票2024-000321',
      handOverDue: '2024-11-22',
    });
    const early = await step(c.id, 'close', {}, head);
    expect(early.status).toBe(422);
    expect(early.json.error.code).toBe('SPOT_REPORT_PENDING');
    await ok(c.id, 'report');
    const pending = await step(c.id, 'close', {}, head);
    expect(pending.json.error.code).toBe('HAND_OVER_PENDING');
    expect(pending.json.error.details.basis).toBe('《行政处罚法》第七十一条、第八十五条');

    // Handed over on Monday, after the Friday the two working days ended on: recorded as late.
    s.time.set('2024-11-25T02:00:00Z');
    await signIn();
    const handed = await ok(c.id, 'hand-over');
    expect(handed.handedOverOn).toBe('2024-11-25');
    expect(handed.path.at(-1).note).toBe('逾期上交（应于2024-11-22前交至行政机关）');
    expect((await step(c.id, 'hand-over')).status).toBe(409);
    expect((await ok(c.id, 'close', {}, head)).status).toBe('closed');
    s.time.set('2024-11-20T02:00:00Z');
    await signIn();
  });

  it('refuses collections outside arts 68–69, and turns a misfit case to the general procedure', async () => {
    const c = await newCase({ partyName: '某餐饮店', partyKind: 'organisation' });
    await ok(c.id, 'decide-on-spot', decision({ fine: 2_000, formNo: '浙当罚00012347' }));
    const big = await step(c.id, 'collect-on-spot', { ground: 'small_fine', receiptNo: 'x1' });
    expect(big.status).toBe(422);
    expect(big.json.error.code).toBe('SPOT_COLLECTION_NOT_ALLOWED');
    expect(big.json.error.details.basis).toBe('《行政处罚法》第六十八条、第六十九条、第七十条');
    await ok(c.id, 'collect-on-spot', { ground: 'hard_to_enforce', receiptNo: 'x2' });

    const general = await newCase({ procedure: undefined, partyName: '赵六' });
    expect(general.status).toBe('clue');
    const misfit = await newCase({ partyName: '钱七' });
    const turned = await ok(misfit.id, 'to-general', { reason: '拟罚款超过当场处罚限额' });
    expect(turned).toMatchObject({ status: 'clue', procedure: 'general' });
  });

  it('urges an unpaid decision, asks the court in its window and records the capped surcharge', async () => {
    const at = async (day: string) => {
      s.time.set(`${day}T02:00:00Z`);
      await signIn();
    };
    const c = await newCase({ partyName: '孙八' });
    urgedCase = c.id;
    await ok(c.id, 'decide-on-spot', decision({ formNo: '浙当罚00012348' }));
    await ok(c.id, 'report');
    // Payment due 15 days after the decision was handed over: 2024-12-05.
    await at('2024-12-05');
    const early = await step(c.id, 'urge');
    expect(early.status).toBe(422);
    expect(early.json.error.code).toBe('PAYMENT_NOT_OVERDUE');
    await at('2024-12-10');
    const urged = await ok(c.id, 'urge');
    expect(urged).toMatchObject({ status: 'urged', paymentDue: '2024-12-05' });
    expect(urged.surchargeToday).toEqual({ days: 5, amount: 15, capped: false });
    expect(urged.urgeDocNo).toMatch(/^桥综执催〔2024〕\d+号$/);
    const file = await officer.get(`/api/v1/files/${urged.urgeFileId}`);
    const xml = await (await JSZip.loadAsync(file.body)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('催告书');
    expect(text).toContain('已依法加处罚款15.00元');

    await at('2024-12-20');
    const waiting = await step(c.id, 'apply-court', { court: '慈溪市人民法院' }, head);
    expect(waiting.json.error.code).toBe('URGE_PERIOD_RUNNING');
    expect(waiting.json.error.details.basis).toBe('《行政强制法》第五十四条');
    await at('2024-12-30');
    const tooEarly = await step(c.id, 'apply-court', { court: '慈溪市人民法院' }, head);
    expect(tooEarly.json.error.code).toBe('COURT_TOO_EARLY');
    expect(tooEarly.json.error.message).toContain('2025-05-21');
    await at('2025-08-21');
    expect(
      (await step(c.id, 'apply-court', { court: '慈溪市人民法院' }, head)).json.error.code,
    ).toBe('COURT_TOO_LATE');
    await at('2025-05-21');
    const applied = await ok(c.id, 'apply-court', { court: '慈溪市人民法院' }, head);
    expect(applied).toMatchObject({ status: 'court_applied', courtName: '慈溪市人民法院' });
    // Long past 34 days: the surcharge stops at the fine (行政强制法 第四十五条).
    expect(applied.surchargeToday).toMatchObject({ amount: 100, capped: true });
    const paid = await ok(c.id, 'execute');
    expect(paid).toMatchObject({ status: 'executed', surcharge: 100, paidOn: '2025-05-21' });
    expect((await ok(c.id, 'close', {}, head)).status).toBe('closed');
    await at('2024-11-20');
  });

  it('downloads the 案卷 as a ZIP with its 卷内目录 in order, traced, to town staff only', async () => {
    const res = await officer.get(`/api/v1/enforcement/cases/${urgedCase}/case-file`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const zip = await JSZip.loadAsync(res.body);
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(['00-卷内目录.xlsx', expect.stringMatching(/^02-催告书.*\.docx$/)]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await zip.file('00-卷内目录.xlsx')!.async('nodebuffer')) as never);
    const sheet = wb.worksheets[0]!;
    expect(String(sheet.getRow(1).getCell(3).value)).toBe('当事人：孙八');
    // The on-the-spot 决定书 is a pre-printed paper form: listed by its number, first.
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      1,
      '行政处罚决定书',
      '浙当罚00012348',
      '2024-11-20',
      '纸质文书（未在系统中生成）',
    ]);
    expect(sheet.getRow(4).getCell(2).value).toBe('催告书');
    expect(String(sheet.getRow(4).getCell(3).value)).toMatch(/^桥综执催〔2024〕\d+号$/);
    expect(sheet.getRow(4).getCell(5).value).toBe(names[1]);
    const trace = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('meta')
      .where('action', '=', 'enforcement.case.file_downloaded')
      .where('targetId', '=', urgedCase)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(trace.meta!)).toMatchObject({ documents: 2 });
    const above = await county.get(`/api/v1/enforcement/cases/${urgedCase}/case-file`);
    expect(above.status).toBe(403);
  });
});
