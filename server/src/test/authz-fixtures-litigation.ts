import type { Fixture } from './authz-fixtures.js';
import type { RecordKind } from './authz-matrix.js';
import type { TestServer } from './test-env.js';

/** A 行政复议 case registered through the API by the town's own 党建综合办 clerk. */
export async function litigationRecords(
  s: TestServer,
  clerkName: string,
): Promise<Partial<Record<RecordKind, Fixture>>> {
  const clerk = await s.as(clerkName);
  const res = await clerk.post('/api/v1/litigation/cases', {
    kind: 'reconsideration',
    caseNo: `矩阵〔2024〕${clerkName}号`,
    title: '矩阵测试案由',
    claimantName: '矩阵测试',
    claimantIsPerson: true,
    reviewBody: '慈溪市人民政府',
    receivedOn: '2024-11-19',
  });
  if (res.status !== 201)
    throw new Error(`fixture litigationCase: ${res.status} ${JSON.stringify(res.json)}`);
  const id = res.json.id as string;
  const q = s.deps.db.kysely;
  const { orgId } = await q
    .selectFrom('litigationCases')
    .select('orgId')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const { path } = await q
    .selectFrom('orgs')
    .select('path')
    .where('id', '=', orgId)
    .executeTakeFirstOrThrow();
  return { litigationCase: { params: { id }, orgPath: path } };
}
