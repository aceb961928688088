import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutation } from '../../core/mutation.js';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';
import { hashPassword } from '../auth/passwords.js';
import { importDivision } from '../orgs/org.service.js';
import { insertUser, setRoles } from '../users/user.repository.js';

/** A dispute from intake to 关闭 through the API: guards, the 调解协议书, tenancy and the ledger. */
describe.skipIf(pgMissing())('disputes', () => {
  let s: TestServer;
  let mediator: TestClient;
  let county: TestClient;
  let head: TestClient;

  const at = async (iso: string) => {
    s.time.set(iso);
    [mediator, county, head] = [await s.as('mediator'), await s.as('county'), await s.as('head')];
  };
  const step = (id: string, path: string, body: unknown = {}, who = mediator) =>
    who.post(`/api/v1/disputes/${id}/${path}`, body);
  const ok = async (id: string, path: string, body: unknown = {}) => {
    const res = await step(id, path, body);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return res.json;
  };
  const refused = async (id: string, path: string, body: unknown, status: number, code: string) => {
    const res = await step(id, path, body);
    expect(res.status, JSON.stringify(res.json)).toBe(status);
    expect(res.json.error.code).toBe(code);
    return res.json.error;
  };
  const intake = async (over: Record<string, unknown> = {}) => {
    const res = await mediator.post('/api/v1/disputes', {
      channel: 'court',
      channelRef: '（2025）浙0282民诉前调101号',
      category: 'contract',
      title: '买卖合同货款纠纷',
      facts: '申请人向被申请人供应拖鞋配件，被申请人尚欠货款三万元未付。',
      parties: [
        {
          role: 'applicant',
          name: '慈溪市某鞋材厂',
          idNumber: '91330282MA2AB1234X',
          phone: '13805741234',
        },
        {
          role: 'respondent',
          name: '张三',
          idNumber: '330282199001011234',
          phone: '13905749876',
          address: '慈溪市桥头镇上林湖村',
        },
      ],
      ...over,
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    return res.json;
  };
  const route = {
    handlerKind: 'town_committee',
    handlerName: '桥头镇人民调解委员会',
    mediatorName: '吴调解',
  };
  const session = {
    place: '桥头镇诉前调解工作室',
    attendees: '双方当事人、调解员吴调解',
    summary: '双方核对账目，被申请人认可欠款数额，请求分期支付。',
  };
  const terms = {
    responsibilities: '被申请人未按约付款，应承担违约责任。',
    terms: '被申请人支付货款三万元，申请人放弃逾期利息。',
    performance: '分两期支付：2025年3月31日前付一万五千元，4月30日前付清余款。',
  };

  beforeAll(async () => {
    s = await startTestServer({ now: '2025-03-03T01:00:00Z' });
    await at('2025-03-03T01:00:00Z');
  });
  afterAll(() => s?.close());

  it('takes a court referral from intake to 司法确认 and 关闭, with the 调解协议书 as DOCX', async () => {
    const d = await intake();
    expect(d.code).toMatch(/^矛调〔2025〕\d{4}号$/);
    expect(d.status).toBe('registered');
    expect(d.sourceLabel).toBe('诉源');
    expect(d.parties[1].idNumber).toBe('330282199001011234');
    expect(d.abilities).toEqual(expect.arrayContaining(['route', 'decline']));
    await ok(d.id, 'route', route);
    const accepted = await ok(d.id, 'accept');
    expect(accepted.status).toBe('mediating');
    expect(accepted.dueOn).toBe('2025-04-02');
    expect(accepted.clocks[0]).toMatchObject({ purpose: '诉前调解期限', limitDays: 30 });

    // No agreement before the mediation is recorded (art 27), nor without every art 29 element.
    expect((await refused(d.id, 'agree', terms, 422, 'SESSION_REQUIRED')).details.basis).toBe(
      '《人民调解法》第二十七条',
    );
    await ok(d.id, 'sessions', session);
    const incomplete = await refused(
      d.id,
      'agree',
      { terms: terms.terms },
      422,
      'AGREEMENT_INCOMPLETE',
    );
    expect(incomplete.details.basis).toBe('《人民调解法》第二十九条');
    // The applicant company has neither ID shown on paper nor address: its basic facts are missing.
    expect(incomplete.message).toContain('各方当事人的责任');

    await refused(
      d.id,
      'extend',
      { days: 15, bothConsent: false, reason: '对账' },
      422,
      'CONSENT_REQUIRED',
    );
    const extended = await ok(d.id, 'extend', {
      days: 15,
      bothConsent: true,
      reason: '双方需对账',
    });
    expect(extended.dueOn).toBe('2025-04-17');

    await at('2025-03-10T01:00:00Z');
    const agreed = await ok(d.id, 'agree', terms);
    expect(agreed.status).toBe('concluded');
    expect(agreed.outcome).toBe('written');
    expect(agreed.onTime).toBe(true);
    expect(agreed.confirmationDue).toBe('2025-04-09');
    const res = await mediator.get(`/api/v1/files/${agreed.agreementFileId}`);
    expect(res.status).toBe(200);
    const doc = (
      await (await JSZip.loadAsync(res.body)).file('word/document.xml')!.async('string')
    ).replace(/<[^>]+>/g, '');
    for (const part of [
      '人民调解协议书',
      d.code,
      '慈溪市某鞋材厂',
      '330282199001011234',
      '纠纷的主要事实、争议事项',
      terms.responsibilities,
      terms.terms,
      terms.performance,
      '桥头镇人民调解委员会',
    ])
      expect(doc).toContain(part);

    const confirmed = await ok(d.id, 'confirmation', { court: '慈溪市人民法院' });
    expect(confirmed.confirmationAppliedOn).toBe('2025-03-10');
    await refused(d.id, 'confirmation', { court: '慈溪市人民法院' }, 422, 'CONFIRMATION_RECORDED');
    const closed = await ok(d.id, 'revisit', { rating: 5, note: '双方已按期履行' });
    expect(closed.status).toBe('closed');
    expect(closed.path.map((p: { label: string }) => p.label)).toEqual([
      '分派',
      '受理',
      '记录调解',
      '延长调解期限',
      '达成书面协议',
      '登记司法确认申请',
      '回访并关闭',
    ]);
  });

  it('refuses a 司法确认 application after 30 days and a failure that tells no routes', async () => {
    const d = await intake({
      parties: [
        { role: 'applicant', name: '李四', address: '桥头村' },
        { role: 'respondent', name: '王五', address: '桥头村' },
      ],
      channel: 'walk_in',
      category: 'neighbour',
      title: '相邻通行纠纷',
    });
    await ok(d.id, 'route', route);
    await ok(d.id, 'accept');
    await ok(d.id, 'sessions', session);
    await ok(d.id, 'agree', terms);
    await at('2025-05-20T01:00:00Z');
    const late = await refused(
      d.id,
      'confirmation',
      { court: '慈溪市人民法院' },
      422,
      'CONFIRMATION_LATE',
    );
    expect(late.details.basis).toBe('《民事诉讼法》第二百零五条');

    const other = await intake({ channel: 'police110', title: '噪音扰民' });
    await ok(other.id, 'route', route);
    await ok(other.id, 'accept');
    await refused(other.id, 'fail', { routesLeft: ' ' }, 422, 'ROUTES_REQUIRED');
    const failed = await ok(other.id, 'fail', { routesLeft: '可向人民法院起诉' });
    expect(failed.outcomeLabel).toBe('调解不成，终止调解');
    await refused(
      other.id,
      'confirmation',
      { court: '慈溪市人民法院' },
      422,
      'WRITTEN_AGREEMENT_REQUIRED',
    );
    await refused(other.id, 'accept', {}, 409, 'INVALID_STATE');
  });

  it('warns of a duplicate at intake and lets a party refuse mediation (art 17)', async () => {
    const first = await intake({ title: '货款纠纷（重复）' });
    const again = await intake({ title: '同一货款纠纷再次反映', channel: 'hotline12345' });
    expect(again.duplicateOf).toEqual({ id: first.id, code: first.code });
    expect(again.code).not.toBe(first.code);
    const declined = await ok(again.id, 'decline', { party: '张三' });
    expect(declined.status).toBe('concluded');
    expect(declined.outcome).toBe('declined');
    const events = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select(['action', 'basis'])
      .where('targetId', '=', again.id)
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.action)).toEqual([
      'disputes.dispute.registered',
      'disputes.dispute.declined',
    ]);
    expect(events[1]!.basis).toBe('《人民调解法》第十七条');
  });

  it('shows the county a masked read and refuses it every step; another town sees nothing', async () => {
    const d = await intake({ title: '脱敏检查' });
    const seen = await county.get(`/api/v1/disputes/${d.id}`);
    expect(seen.status).toBe(200);
    expect(seen.json.parties[1].name).toBe('张*');
    expect(seen.json.parties[1].idNumber).toBe('330282********1234');
    expect(seen.json.parties[1].phone).toBe('139****9876');
    expect(seen.json.abilities).toEqual([]);
    const acted = await step(d.id, 'route', route, county);
    expect(acted.status).toBe(403);
    expect(acted.json.error.code).toBe('SUPERVISION_ONLY');
    const asHead = (await head.get(`/api/v1/disputes/${d.id}`)).json;
    expect(asHead.parties[1].name).toBe('张三');
    expect(asHead.parties[1].phone).toBe('139****9876');

    const q = s.deps.db.kysely;
    const town = (
      await mutation(
        s.deps,
        { actor: null, ip: null, userAgent: 'test', requestId: 'disputes' },
        (m) => importDivision(m, '330282110'),
      )
    ).org;
    const user = await insertUser(q, {
      orgId: town.id,
      username: 'other-mediator',
      displayName: '外镇调解员',
      passwordHash: await hashPassword('Demo@2024'),
      mustChangePassword: false,
      now: s.deps.time.now(),
    });
    await setRoles(q, user.id, ['mediator'], null, s.deps.time.now());
    const outsider = await s.as('other-mediator');
    const res = await outsider.get(`/api/v1/disputes/${d.id}`);
    expect(res.status).toBe(404);
    expect((await outsider.post(`/api/v1/disputes/${d.id}/route`, route)).status).toBe(404);
    expect((await outsider.get('/api/v1/disputes')).json.total).toBe(0);
  });

  it('counts the indicators and exports the 调解台账, traced', async () => {
    const stats = await mediator.get('/api/v1/disputes/stats?year=2025');
    expect(stats.status).toBe(200);
    const ind = Object.fromEntries(stats.json.indicators.map((i: { key: string }) => [i.key, i]));
    expect(ind.agreements).toMatchObject({ numerator: 2, denominator: null });
    expect(ind.precourtSuccess).toMatchObject({ numerator: 1, denominator: 1, percent: 100 });
    // The one 110 referral failed: none of the diverted disputes was resolved in the town.
    expect(ind.townShare).toMatchObject({ numerator: 0, denominator: 1, percent: 0 });
    expect(ind.onTime).toMatchObject({ numerator: 3, denominator: 3 });
    const litigation = stats.json.sources.find(
      (x: { source: string }) => x.source === 'litigation',
    );
    // 诉源 by month: one court referral in March, two in May (the 12345 repeat counts as 访源).
    expect(litigation.byMonth.slice(0, 6)).toEqual([0, 0, 1, 0, 2, 0]);
    const petition = stats.json.sources.find((x: { source: string }) => x.source === 'petition');
    expect(petition.byMonth[4]).toBe(1);

    const xlsx = await mediator.get('/api/v1/disputes/export?status=closed');
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('纠纷编码');
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(6).value).toBe('慈溪市某鞋材厂、张三');
    expect(sheet.getRow(2).getCell(13).value).toBe('2025-03-10');
    const traced = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('meta')
      .where('action', '=', 'disputes.dispute.ledger_exported')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(traced.meta!)).toMatchObject({ filter: { status: 'closed' }, rows: 1 });
  });
});
