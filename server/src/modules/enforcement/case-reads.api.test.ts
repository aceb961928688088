import { DefaultQueryExecutor, type CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enforcementTeam } from '../../test/enforcement-team.js';
import type { TestClient } from '../../test/test-client.js';
import { pgMissing, startTestServer, type TestServer } from '../../test/test-env.js';

/**
 * Every statement the server runs, seen where Kysely hands it to the driver (the database itself is
 * real): its SQL and parameters, and whether it ran inside a mutation (the step's transaction) or in a
 * plain read (the session, the case page the step answers with).
 */
const executor = Object.getPrototypeOf(DefaultQueryExecutor.prototype) as {
  executeQuery(c: CompiledQuery): Promise<unknown>;
};
let seen: { unit: 'write' | 'read'; sql: string; key: string }[] | null = null;
const execute = executor.executeQuery;
executor.executeQuery = function (this: unknown, c: CompiledQuery) {
  seen?.push({
    unit: new Error().stack?.includes('/core/mutation.') ? 'write' : 'read',
    sql: c.sql,
    key: `${c.sql} ${JSON.stringify(c.parameters)}`,
  });
  return execute.call(this, c);
};

/** The reads of one request that ran more than once with the same parameters in the same unit. */
async function repeatedReads(send: () => Promise<{ status: number }>, status: number) {
  seen = [];
  const res = await send();
  const statements = seen;
  seen = null;
  expect(res.status).toBe(status);
  const count = new Map<string, number>();
  for (const s of statements.filter((s) => /^\s*select/i.test(s.sql)))
    count.set(`${s.unit}: ${s.key}`, (count.get(`${s.unit}: ${s.key}`) ?? 0) + 1);
  return [...count].filter(([, n]) => n > 1).map(([key]) => key);
}

/** How many statements one request ran, in the step's transaction and in plain reads. */
async function statementsOf(send: () => Promise<{ status: number }>, status: number) {
  seen = [];
  const res = await send();
  const statements = seen;
  seen = null;
  expect(res.status).toBe(status);
  const write = statements.filter((s) => s.unit === 'write').length;
  return { write, read: statements.length - write };
}

/**
 * A case's two writes through the kernel (登记线索 by the officer, 立案 by the head) read each thing once:
 * within the step's transaction the town's settings, the work calendar, the preservations and each org
 * are read once however many parts of the step need them, and so are they in the case page it answers
 * with (which reads after the commit, so it may read what the step read).
 */
describe.skipIf(pgMissing())('reads of an enforcement write', () => {
  let s: TestServer;
  let officer: TestClient;
  let head: TestClient;
  let body: Record<string, unknown>;
  beforeAll(async () => {
    s = await startTestServer({ now: '2024-11-20T02:00:00Z' });
    [officer, head] = [await s.as('officer'), await s.as('head')];
    const officerIds = await enforcementTeam(
      s,
      officer,
      { username: 'officer-t', displayName: '孙执法' },
      { prefix: '浙33028229', fields: ['safety_fire'] },
    );
    const e = await officer.post('/api/v1/enforcement/entrustments', {
      entrustingBody: '慈溪市应急管理局',
      fields: ['safety_fire'],
      powers: '监督检查、调查取证、行政处罚',
      documentNo: '慈应急〔2023〕7号',
      startsOn: '2023-01-01',
      endsOn: '2025-12-31',
    });
    expect(e.status, JSON.stringify(e.json)).toBe(201);
    body = {
      title: '占用疏散通道',
      field: 'safety_fire',
      authorityBasis: 'entrusted',
      entrustmentId: e.json.id,
      partyName: '李四',
      partyKind: 'citizen',
      facts: '当事人在其经营场所内占用疏散通道。',
      officerIds,
    };
  });
  afterAll(() => s?.close());

  it('reads nothing twice in 登记线索 or 立案 (行政处罚法 第五十四条), nor in the page each answers with', async () => {
    let id = '';
    const created = await repeatedReads(async () => {
      const res = await officer.post('/api/v1/enforcement/cases', body);
      id = res.json.id as string;
      return res;
    }, 201);
    expect(created).toEqual([]);
    const filed = await repeatedReads(
      () => head.post(`/api/v1/enforcement/cases/${id}/file`, {}),
      200,
    );
    expect(filed).toEqual([]);
  });

  it('登记线索 and 立案 each run no more statements than they need, page included (issue 10)', async () => {
    // Once before, so that the calendar and the head's session are warm, as on a running server.
    const warm = await officer.post('/api/v1/enforcement/cases', body);
    await head.post(`/api/v1/enforcement/cases/${warm.json.id as string}/file`, {});
    let id = '';
    const created = await statementsOf(async () => {
      const res = await officer.post('/api/v1/enforcement/cases', body);
      id = res.json.id as string;
      return res;
    }, 201);
    const filed = await statementsOf(
      () => head.post(`/api/v1/enforcement/cases/${id}/file`, {}),
      200,
    );
    // The session, the entrustment with the officers; the 案号, the case and the audit event (its head
    // and its row); the page: the case with its entrustment and settings, the officers with their
    // certificates, the calendar's revision, the preservations, the 流转记录 (no clock yet).
    expect(created.write).toBeLessThanOrEqual(4);
    expect(created.read).toBeLessThanOrEqual(7);
    // The session; the case, its context, the calendar's revision, the clock, its task, the task's
    // recipients, their notifications and settings, the case's update, the audit event (head, row);
    // the page as above with the decision clock's badge.
    expect(filed.write).toBeLessThanOrEqual(11);
    expect(filed.read).toBeLessThanOrEqual(7);
  });
});
