import type { Fixture } from './authz-fixtures.js';
import type { RecordKind } from './authz-matrix.js';
import type { TestServer } from './test-env.js';

/** A dispute registered through the API by the town's own mediator. */
export async function disputeRecords(
  s: TestServer,
  mediatorName: string,
): Promise<Partial<Record<RecordKind, Fixture>>> {
  const mediator = await s.as(mediatorName);
  const q = s.deps.db.kysely;
  const res = await mediator.post('/api/v1/disputes', {
    channel: 'walk_in',
    category: 'neighbour',
    title: '矩阵测试纠纷',
    facts: '矩阵测试',
    parties: [
      { role: 'applicant', name: '矩阵甲' },
      { role: 'respondent', name: '矩阵乙' },
    ],
  });
  if (res.status !== 201)
    throw new Error(`fixture dispute: ${res.status} ${JSON.stringify(res.json)}`);
  const id = res.json.id as string;
  const { orgId } = await q
    .selectFrom('disputes')
    .select('orgId')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const { path } = await q
    .selectFrom('orgs')
    .select('path')
    .where('id', '=', orgId)
    .executeTakeFirstOrThrow();
  return { dispute: { params: { id }, orgPath: path } };
}
