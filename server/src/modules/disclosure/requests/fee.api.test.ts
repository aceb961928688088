import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgMissing, startTestServer, type TestServer } from '../../../test/test-env.js';
import type { TestClient } from '../../../test/test-client.js';
import { docxText, ensureNoticeTemplate, personBody, residentId } from './request-fixtures.js';

const API = '/api/v1/disclosure/requests';

describe.skipIf(pgMissing())('信息处理费 (第四十二条, 国办函〔2020〕109号)', () => {
  let s: TestServer;
  let clerk: TestClient;
  let head: TestClient;
  const at = async (iso: string) => {
    s.time.set(iso);
    clerk = await s.as('clerk');
    head = await s.as('head');
  };
  const register = async (submittedOn: string, idNumber = residentId('33028219900101123')) => {
    const res = await clerk.post(API, {
      ...personBody({ idNumber, applicantName: '王五' }),
      channel: 'in_person',
      submittedOn,
    });
    await clerk.post(`${API}/${res.json.id}/accept`);
    return res.json;
  };
  const letter = async (fileId: string) =>
    docxText((await clerk.get(`/api/v1/files/${fileId}`)).body);

  beforeAll(async () => {
    s = await startTestServer({ now: '2024-11-20T02:00:00Z' });
    await ensureNoticeTemplate(s.deps);
    await at('2024-11-20T02:00:00Z');
  });
  afterAll(() => s?.close());

  it('按量: progressive by page bands; the notice stops the reply clock (default setting) until payment', async () => {
    const req = await register('2024-11-20', residentId('33028219780815002'));
    const both = await clerk.post(`${API}/${req.id}/fee-notice`, {
      method: 'per_page',
      pages: 120,
      items: 2,
      reason: '申请提供近十年全部会议记录',
    });
    expect(both.status).toBe(400);
    expect(both.json.error.message).toContain('只能选择一种收费方式');
    const notice = await clerk.post(`${API}/${req.id}/fee-notice`, {
      method: 'per_page',
      pages: 120,
      reason: '申请提供近十年全部会议记录',
      servedOn: '2024-11-20',
    });
    expect(notice.status, JSON.stringify(notice.json)).toBe(200);
    expect(notice.json).toMatchObject({
      state: 'awaiting_fee',
      fee: {
        method: 'per_page',
        pages: 120,
        amountFen: 110000,
        servedOn: '2024-11-20',
        dueOn: '2024-12-18',
        pausedClock: true,
      },
    });
    expect(notice.json.clocks.reply.state).toBe('paused');
    const text = await letter(
      notice.json.documents.find((d: { kind: string }) => d.kind === 'fee_notice').fileId,
    );
    expect(text).toContain('应缴金额：1100元');
    expect(text).toContain('第四十二条');
    expect(text).toContain('不计入答复期限');
    await at('2024-11-27T02:00:00Z');
    const paid = await clerk.post(`${API}/${req.id}/fee-paid`, { paidOn: '2024-11-26' });
    expect(paid.json).toMatchObject({ state: 'in_process', fee: { paidOn: '2024-11-26' } });
    expect(paid.json.clocks.reply.state).toBe('running');
    const pauses = await s.deps.db.kysely
      .selectFrom('clockPauses')
      .select(['reason', 'fromDate', 'toDate'])
      .where('clockId', '=', paid.json.clocks.reply.id)
      .execute();
    expect(pauses).toEqual([
      { reason: 'fee_notice', fromDate: '2024-11-20', toDate: '2024-11-26' },
    ]);
  });

  it('runs the payment period from the day the applicant receives the notice, not from its issue', async () => {
    await at('2024-11-20T02:00:00Z');
    const req = await register('2024-11-20', residentId('33028219700101003'));
    const notice = await clerk.post(`${API}/${req.id}/fee-notice`, {
      method: 'per_page',
      pages: 40,
      reason: '申请数量明显超过合理范围',
    });
    expect(notice.status, JSON.stringify(notice.json)).toBe(200);
    expect(notice.json.fee).toMatchObject({
      notifiedOn: '2024-11-20',
      servedOn: null,
      dueOn: null,
    });
    expect(notice.json.abilities).toMatchObject({ recordFeeServed: true, closeFeeUnpaid: false });
    const text = await letter(
      notice.json.documents.find((d: { kind: string }) => d.kind === 'fee_notice').fileId,
    );
    expect(text).toContain('自收到本通知之日起20个工作日内');
    await at('2025-01-06T02:00:00Z');
    const early = await clerk.post(`${API}/${req.id}/close-fee-unpaid`);
    expect(early.status).toBe(422);
    expect(early.json.error.message).toContain('尚未登记送达');
    const before = await clerk.post(`${API}/${req.id}/fee-served`, { servedOn: '2024-11-19' });
    expect(before.status).toBe(400);
    // Posted on 11-20, signed for on 11-25: 20 working days from 11-25.
    const served = await clerk.post(`${API}/${req.id}/fee-served`, { servedOn: '2024-11-25' });
    expect(served.status, JSON.stringify(served.json)).toBe(200);
    expect(served.json.fee).toMatchObject({ servedOn: '2024-11-25', dueOn: '2024-12-23' });
    expect(
      (await clerk.post(`${API}/${req.id}/fee-served`, { servedOn: '2024-11-26' })).status,
    ).toBe(422);
    const ev = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select(['basis', 'meta'])
      .where('action', '=', 'disclosure.request.fee_served')
      .where('targetId', '=', req.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(ev.meta!)).toMatchObject({ servedOn: '2024-11-25', dueOn: '2024-12-23' });
  });

  it('按件: counts the items of the same applicant’s applications to this town in the natural month; the first ten are free', async () => {
    await at('2024-11-20T02:00:00Z');
    await register('2024-10-31'); // October: not this month
    const november = [];
    for (let i = 0; i < 11; i++)
      november.push(await register(`2024-11-${String(1 + i).padStart(2, '0')}`));
    const first = await clerk.post(`${API}/${november[0].id}/fee-notice`, {
      method: 'per_item',
      reason: '同一申请人本月申请数量明显超过合理范围',
    });
    expect(first.status).toBe(422);
    expect(first.json.error).toMatchObject({ code: 'FEE_NOT_DUE' });
    expect(first.json.error.message).toContain('第1件');
    // The same applicant's application to another town on the platform does not count for this town.
    const otherTown = await s.deps.db.kysely
      .selectFrom('orgs')
      .select('id')
      .where('kind', '=', 'town')
      .where('code', '!=', '330282109000')
      .executeTakeFirstOrThrow();
    await s.deps.db.kysely
      .updateTable('disclosureRequests')
      .set({ orgId: otherTown.id })
      .where('id', '=', november[9].id)
      .execute();
    const tenth = await clerk.post(`${API}/${november[10].id}/fee-notice`, {
      method: 'per_item',
      reason: '同一申请人本月申请数量明显超过合理范围',
    });
    expect(tenth.status).toBe(422);
    expect(tenth.json.error.message).toContain('第10件');
    // Items, not applications: an earlier application counted as 3 items.
    await s.deps.db.kysely
      .updateTable('disclosureRequests')
      .set({ feeItems: 3 })
      .where('id', '=', november[1].id)
      .execute();
    const eleventh = await clerk.post(`${API}/${november[10].id}/fee-notice`, {
      method: 'per_item',
      reason: '同一申请人本月申请数量明显超过合理范围',
    });
    expect(eleventh.json.fee).toMatchObject({ method: 'per_item', items: 1, amountFen: 10000 });
    const ev = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('meta')
      .where('action', '=', 'disclosure.request.fee_notified')
      .where('targetId', '=', november[10].id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(ev.meta!)).toMatchObject({
      earlierItemsThisMonth: 11,
      countScope: 'town',
      amountFen: 10000,
    });
    // Another applicant's count starts at zero.
    const other = await register('2024-11-12', residentId('33028220010520456'));
    expect(
      (
        await clerk.post(`${API}/${other.id}/fee-notice`, {
          method: 'per_item',
          reason: '数量明显超过合理范围',
        })
      ).status,
    ).toBe(422);
  });

  it('closes as 其他处理-2 when the fee is not paid by the deadline', async () => {
    await at('2024-11-20T02:00:00Z');
    const req = await register('2024-11-20', residentId('33028219850312001'));
    const notice = await clerk.post(`${API}/${req.id}/fee-notice`, {
      method: 'per_page',
      pages: 40,
      reason: '申请数量明显超过合理范围',
      servedOn: '2024-11-20',
    });
    expect(notice.json.fee.dueOn).toBe('2024-12-18');
    await at('2024-12-18T08:00:00Z');
    expect((await clerk.post(`${API}/${req.id}/close-fee-unpaid`)).status).toBe(422);
    await at('2024-12-19T02:00:00Z');
    const closed = await clerk.post(`${API}/${req.id}/close-fee-unpaid`);
    expect(closed.json).toMatchObject({
      state: 'closed',
      outcome: { key: 'other_fee_unpaid', on: '2024-12-19' },
    });
    expect(closed.json.clocks.reply.state).toBe('stopped');
    const text = await letter(
      closed.json.documents.find((d: { kind: string }) => d.kind === 'reply').fileId,
    );
    expect(text).toContain('逾期未按收费通知要求缴纳信息处理费');
    expect(text).toContain('国办函〔2020〕109号');
  });

  it('lets the office decide whether the fee notice stops the clock [U]', async () => {
    await at('2024-11-20T02:00:00Z');
    const settings = (await clerk.get('/api/v1/disclosure/request-settings')).json;
    expect(settings).toMatchObject({
      feeNoticePausesClock: true,
      correctionPeriodDays: 15,
      feePaymentDays: 20,
      feePeriodFrom: 'receipt',
      feeCountScope: 'town',
      effectiveReviewAuthority: '慈溪市人民政府',
    });
    expect(settings.sources.feePeriodFrom).toContain('[U]');
    expect(settings.sources.feeCountScope).toContain('[U]');
    const body = {
      feeNoticePausesClock: false,
      correctionPeriodDays: 15,
      feePaymentDays: 20,
      reviewAuthority: null,
      court: '宁波市江北区人民法院',
    };
    expect((await clerk.put('/api/v1/disclosure/request-settings', body)).status).toBe(403);
    const saved = await head.put('/api/v1/disclosure/request-settings', body);
    expect(saved.json.feeNoticePausesClock).toBe(false);
    const ev = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('changes')
      .where('action', '=', 'disclosure.settings.updated')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(ev.changes!)).toEqual({
      feeNoticePausesClock: { before: true, after: false },
      court: { before: null, after: '宁波市江北区人民法院' },
    });
    const req = await register('2024-11-20', residentId('11010519491231002'));
    const notice = await clerk.post(`${API}/${req.id}/fee-notice`, {
      method: 'per_page',
      pages: 31,
      reason: '申请数量明显超过合理范围',
      servedOn: '2024-11-20',
    });
    expect(notice.json).toMatchObject({
      fee: { amountFen: 1000, pausedClock: false },
      clocks: { reply: { state: 'running' } },
    });
    expect(
      await letter(
        notice.json.documents.find((d: { kind: string }) => d.kind === 'fee_notice').fileId,
      ),
    ).not.toContain('不计入答复期限');
  });
});
