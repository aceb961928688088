import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

const CHECKS = {
  subject: 'pass',
  authority: 'pass',
  procedure: 'pass',
  content: 'pass',
  form: 'pass',
};
const TITLE = '桥头镇农贸市场周边停车秩序整治方案';

async function ledgerRow(body: Buffer, title: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ExcelJS.Buffer);
  const rows: string[][] = [];
  wb.worksheets[0]!.eachRow((row) =>
    rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))),
  );
  const header = rows[0]!;
  const row = rows.find((r) => r[0] === title)!;
  return Object.fromEntries(header.map((h, i) => [h, row[i] ?? '']));
}

/**
 * 重大行政决策: 条例 第二十六条第二款's 7 working days are a floor the submitter must allow; the reviewer's
 * duty is a timely opinion (第二十八条). An opinion on the 8th working day passes the town's own period,
 * and the ledger says so, not "逾期" by statute.
 */
describe.skipIf(pgMissing())('legality review: a major-decision opinion on day 8', () => {
  let s: TestServer;
  const as = (who: string) => s.as(who);

  beforeAll(async () => {
    s = await startTestServer({ now: '2024-11-20T02:00:00Z' });
  });
  afterAll(() => s?.close());

  it('records the opinion as past the town’s period, not late by statute, in the event, the list and the XLSX ledger', async () => {
    const clerk = await as('clerk');
    const created = await clerk.post('/api/v1/review/items', {
      type: 'major_decision',
      title: TITLE,
      text: `${TITLE}\n一、整治范围……\n二、职责分工……`,
      fields: { plannedDecisionDate: '2024-12-10' },
    });
    const id = created.json.id as string;
    for (const key of ['drafting_explanation', 'procedure_statement', 'public_participation'])
      await clerk.post(`/api/v1/review/items/${id}/materials`, { key, note: '纸质原件已核对' });
    expect((await clerk.post(`/api/v1/review/items/${id}/submit`)).json.state).toBe('submitted');
    const accepted = await clerk.post(`/api/v1/review/items/${id}/accept`);
    // 7 working days from Wednesday 2024-11-20: Friday 2024-11-29; the 8th is Monday 2024-12-02.
    expect(accepted.json.clock).toMatchObject({ limitDays: 7, dueDate: '2024-11-29' });
    await (await as('reviewer')).post(`/api/v1/review/items/${id}/start-review`);
    await (
      await as('adviser')
    ).post(`/api/v1/review/items/${id}/adviser-opinions`, {
      text: '方案合法，建议明确临时停车点的收费依据。',
    });

    s.time.set('2024-12-02T02:00:00Z');
    const reviewer = await as('reviewer');
    const issued = await reviewer.post(`/api/v1/review/items/${id}/opinion`, {
      conclusion: 'lawful',
      checklist: CHECKS,
      summary: '经审查，方案内容合法，同意提交集体讨论决定。',
      bases: ['《重大行政决策程序暂行条例》第二十八条'],
    });
    expect(issued.status, JSON.stringify(issued.json)).toBe(200);

    const ev = await s.deps.db.kysely
      .selectFrom('auditEvents')
      .select('meta')
      .where('targetId', '=', id)
      .where('action', '=', 'review.item.opinion_issued')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(ev.meta!)).toMatchObject({
      dueDate: '2024-11-29',
      inTime: false,
      timeliness: 'late_town_period',
      deadlineSetBy: 'town',
    });

    const list = await reviewer.get(`/api/v1/review/items?q=${encodeURIComponent(TITLE)}`);
    const row = list.json.items.find((r: { id: string }) => r.id === id);
    expect(row).toMatchObject({
      opinionIssuedOn: '2024-12-02',
      timeliness: {
        key: 'late_town_period',
        label: '超出本镇期限（非法定期限）',
        lateByStatute: false,
      },
    });
    expect(row.timeliness.basis).toContain('本镇设置');
    expect(row.timeliness.basis).toContain('第二十八条');

    const xlsx = await reviewer.get('/api/v1/review/items?format=xlsx&type=major_decision');
    expect(xlsx.status).toBe(200);
    expect(await ledgerRow(xlsx.body, TITLE)).toMatchObject({
      审查期限届满日: '2024-11-29',
      出具日期: '2024-12-02',
      是否按期: '超出本镇期限（非法定期限）',
    });
  });
});
