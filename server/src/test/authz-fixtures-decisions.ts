import type { Fixture } from './authz-fixtures.js';
import type { RecordKind } from './authz-matrix.js';
import type { TestResponse } from './test-client.js';
import type { TestServer } from './test-env.js';
import { submitPublicComment } from '../modules/decisions/comments.service.js';

const shanghaiDay = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * A catalogue (2030) with one entry, approved and published, and its decision open for public comment with
 * one citizen's comment: made through the API by the town's clerk and head (the comment through the
 * portal's service, for the town whatever the portal's town is); two experts in the town's pool, the first
 * chosen for the decision (the second is the one the matrix declares a conflict for).
 */
export async function decisionRecords(
  s: TestServer,
  clerkName: string,
  headName: string,
): Promise<Partial<Record<RecordKind, Fixture>>> {
  const [clerk, head] = [await s.as(clerkName), await s.as(headName)];
  const day = shanghaiDay(s.time.now());
  const must = (what: string, res: TestResponse, status = 200) => {
    if (res.status !== status)
      throw new Error(`fixture ${what}: ${res.status} ${JSON.stringify(res.json)}`);
    return res.json;
  };
  const cat = must(
    'catalogue',
    await clerk.post('/api/v1/decisions/catalogues', { year: 2030 }),
    201,
  );
  const entry = must(
    'entry',
    await clerk.post(`/api/v1/decisions/catalogues/${cat.id}/entries`, {
      title: `矩阵测试决策事项（${clerkName}）`,
      decisionBody: '镇人民政府',
      leadOffice: '党建综合办公室',
      legalBasis: '矩阵测试依据',
      procedures: ['public_participation'],
      plannedBy: '2030-12-31',
      affectsMarket: false,
    }),
    201,
  );
  must(
    'approve',
    await head.post(`/api/v1/decisions/catalogues/${cat.id}/approve`, {
      approvedOn: day,
      approvedBy: '镇党委会议',
    }),
  );
  must(
    'publish',
    await clerk.post(`/api/v1/decisions/catalogues/${cat.id}/publish`, { publishedOn: day }),
  );
  const decision = must(
    'decision',
    await clerk.post('/api/v1/decisions', { entryId: entry.id, proposedOn: day }),
    201,
  );
  const id = decision.id as string;
  must(
    'launch',
    await head.post(`/api/v1/decisions/${id}/launch`, {
      launchedOn: day,
      leadOffice: '党建综合办公室',
    }),
  );
  must(
    'draft',
    await clerk.post(`/api/v1/decisions/${id}/draft`, {
      title: '矩阵测试草案',
      articles: [{ text: '第一条内容' }],
    }),
  );
  const closes = shanghaiDay(new Date(Date.parse(`${day}T00:00:00Z`) + 40 * 86_400_000));
  must(
    'open',
    await clerk.post(`/api/v1/decisions/${id}/open-comment`, { opensOn: day, closesOn: closes }),
  );
  const row = await s.deps.db.kysely
    .selectFrom('decisions')
    .innerJoin('orgs', 'orgs.id', 'decisions.orgId')
    .select(['decisions.orgId', 'orgs.path'])
    .where('decisions.id', '=', id)
    .executeTakeFirstOrThrow();
  const comment = await submitPublicComment(
    s.deps,
    { actor: null, ip: null, userAgent: 'matrix', requestId: 'matrix' },
    row.orgId,
    id,
    { body: '矩阵测试意见' },
  );
  const expert = async (name: string) =>
    must(
      'expert',
      await clerk.post('/api/v1/decisions/experts', {
        name,
        field: '矩阵',
        employer: '矩阵测试单位',
      }),
      201,
    ).id as string;
  const [expertId, conflictExpertId] = [await expert('矩阵专家甲'), await expert('矩阵专家乙')];
  must(
    'choose expert',
    await clerk.post(`/api/v1/decisions/${id}/experts`, { expertIds: [expertId], chosenOn: day }),
  );
  const orgPath = row.path;
  return {
    decision: { params: { id, kind: 'comment' }, orgPath },
    decisionCatalogue: { params: { id: cat.id }, orgPath },
    decisionEntry: { params: { id: entry.id }, orgPath },
    decisionComment: { params: { id, commentId: comment.id }, orgPath },
    decisionExpert: { params: { id, expertId, conflictExpertId }, orgPath },
  };
}
