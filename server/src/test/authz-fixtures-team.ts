import type { Fixture } from './authz-fixtures.js';
import type { RecordKind } from './authz-matrix.js';
import type { TestServer } from './test-env.js';

/** A roster member and an adviser contract of the clerk's town, made through the API. */
export async function teamRecords(
  s: TestServer,
  clerkName: string,
): Promise<Partial<Record<RecordKind, Fixture>>> {
  const clerk = await s.as(clerkName);
  const made = async (path: string, body: object) => {
    const res = await clerk.post(path, body);
    if (res.status !== 201)
      throw new Error(`fixture ${path}: ${res.status} ${JSON.stringify(res.json)}`);
    return res.json.id as string;
  };
  const member = await made('/api/v1/team/members', {
    name: '矩阵',
    post: '矩阵',
    roles: ['cadre'],
    townStaff: true,
    degree: 'bachelor',
    lawMajor: true,
    legalQualification: false,
    joinedOn: '2024-01-01',
  });
  const contract = await made('/api/v1/team/contracts', {
    firm: '矩阵律所',
    teamName: '矩阵团队',
    lawyers: ['矩阵'],
    scope: '矩阵',
    startsOn: '2024-01-01',
    endsOn: '2099-12-31',
  });
  const { path } = await s.deps.db.kysely
    .selectFrom('teamMembers')
    .innerJoin('orgs', 'orgs.id', 'teamMembers.orgId')
    .select('orgs.path')
    .where('teamMembers.id', '=', member)
    .executeTakeFirstOrThrow();
  return {
    teamMember: { params: { id: member }, orgPath: path },
    teamContract: { params: { id: contract }, orgPath: path },
  };
}
