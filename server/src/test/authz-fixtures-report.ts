import type { Fixture } from './authz-fixtures.js';
import type { RecordKind } from './authz-matrix.js';
import type { TestServer } from './test-env.js';

/** A 2023 法治政府建设 report draft saved through the API by the town's own 党建综合办 clerk. */
export async function lawReportRecords(
  s: TestServer,
  clerkName: string,
): Promise<Partial<Record<RecordKind, Fixture>>> {
  const clerk = await s.as(clerkName);
  const res = await clerk.put('/api/v1/law-reports/2023/narrative', { paragraphs: {} });
  if (res.status !== 200)
    throw new Error(`fixture lawReport: ${res.status} ${JSON.stringify(res.json)}`);
  const id = res.json.id as string;
  const { path } = await s.deps.db.kysely
    .selectFrom('lawReports as r')
    .innerJoin('orgs as o', 'o.id', 'r.orgId')
    .select('o.path')
    .where('r.id', '=', id)
    .executeTakeFirstOrThrow();
  return { lawReport: { params: { id }, orgPath: path } };
}
