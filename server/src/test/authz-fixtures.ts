import { mutation } from '../core/mutation.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { findOrgByCode } from '../modules/orgs/org.repository.js';
import { importDivision } from '../modules/orgs/org.service.js';
import { insertUser, setRoles } from '../modules/users/user.repository.js';
import type { RoleKey } from '@fazhi/shared';
import type { RecordKind } from './authz-matrix.js';
import type { TestClient } from './test-client.js';
import type { TestServer } from './test-env.js';

/** Where a record sits relative to the 桥头镇 demo accounts. */
export type Scope = 'own' | 'sibling' | 'other_county';

/** A record of one kind in one scope: the path parameters that name it and its org's path. */
export interface Fixture {
  params: Record<string, string>;
  orgPath: string;
}

export interface ScopeFixtures {
  records: Partial<Record<RecordKind, Fixture>>;
  /** Ids that bodies name through placeholders: `{org}` the town, `{village}`, `{villageUser}` its cadre, `{villageItem}`. */
  vars: Record<string, string>;
}

const PASSWORD = 'Demo@2024';
const TOWNS: Record<Exclude<Scope, 'own'>, string> = { sibling: '330282110', other_county: '330281001' };

type Q = TestServer['deps']['db']['kysely'];

const orgPathOf = async (q: Q, orgId: string) => (await q.selectFrom('orgs').select('path').where('id', '=', orgId).executeTakeFirstOrThrow()).path;

/** An account made through the users repository, as `npx fazhi user create` would (no forced password change). */
async function account(s: TestServer, username: string, orgId: string, role: RoleKey): Promise<string> {
  const q = s.deps.db.kysely;
  const user = await insertUser(q, { orgId, username, displayName: username, passwordHash: await hashPassword(PASSWORD), mustChangePassword: false, now: s.time.now() });
  await setRoles(q, user.id, [role], null, s.time.now());
  return user.id;
}

/** Multipart form with one small PDF. */
export function pdfForm(name = '矩阵测试.pdf'): FormData {
  const form = new FormData();
  form.append('file', new Blob([Buffer.from('%PDF-1.7\n% matrix\n%%EOF\n')], { type: 'application/pdf' }), name);
  return form;
}

async function created(res: { status: number; json: any }, what: string): Promise<string> {
  if (res.status >= 300 || !res.json?.id) throw new Error(`fixture ${what}: ${res.status} ${JSON.stringify(res.json)?.slice(0, 300)}`);
  return res.json.id as string;
}

/**
 * Records of every top-level kind in one town, made through the real API by that town's own clerk and
 * village cadre (the same bodies the matrix rows send), plus its town org, a village and an account.
 */
async function townRecords(s: TestServer, clerk: TestClient, cadre: TestClient, town: { id: string }, village: { id: string }, target: string) {
  const q = s.deps.db.kysely;
  const out: Partial<Record<RecordKind, Fixture>> = {};
  const put = async (kind: RecordKind, table: string, id: string, params: Record<string, string> = { id }) => {
    const row = await q.selectFrom(table as 'users').select('orgId').where('id', '=', id).executeTakeFirstOrThrow();
    out[kind] = { params, orgPath: await orgPathOf(q, row.orgId) };
  };
  out.org = { params: { id: town.id }, orgPath: await orgPathOf(q, town.id) };
  out.village = { params: { villageId: village.id, id: village.id }, orgPath: await orgPathOf(q, village.id) };
  await put('user', 'users', target);
  await put('reviewItem', 'reviewItems', await created(await clerk.post('/api/v1/review/items', { type: 'normative_doc', title: '矩阵测试规范性文件' }), 'review item'));
  await put('fcr', 'reviewFcrRecords', await created(await clerk.post('/api/v1/review/fcr', { title: '矩阵测试政策措施', draftingUnit: '经济发展办公室', text: '对本镇企业给予奖励。' }), 'fcr'));
  await put('disclosureItem', 'disclosureItems', await created(await clerk.post('/api/v1/disclosure/items', { category: 'regulations', title: '矩阵测试公开信息', summary: '矩阵测试摘要', createdOn: '2024-11-19' }), 'disclosure item'));
  const request = await clerk.post('/api/v1/disclosure/requests', {
    applicantKind: 'natural_person', applicantName: '矩阵申请人', idType: 'resident_id', idNumber: '330282199001011231', phone: '13800000000',
    description: '申请公开本镇2024年矩阵测试信息', formWanted: 'electronic', delivery: 'email', email: 'a@example.com', channel: 'in_person', submittedOn: '2024-11-19',
  });
  await put('request', 'disclosureRequests', await created(request, 'disclosure request'));
  await put('numbering', 'docNumbers', await created(await clerk.post('/api/v1/numbering/issue', { kind: 'town_document', title: '矩阵测试发文' }), 'numbering'));
  await put('file', 'files', await created(await clerk.post('/api/v1/files', pdfForm()), 'file'));
  await put('villageItem', 'villageAffairsItems', await created(await cadre.post('/api/v1/village-affairs/items', { category: 'village', matterKind: 'regular', subject: 'meeting_decisions', period: '2024-Q4', title: '矩阵测试村务', body: '矩阵测试村务内容' }), 'village item'));
  const complaint = await clerk.post('/api/v1/village-affairs/complaints', {
    villageId: village.id, complainantName: '矩阵村民', category: 'village', kind: 'not_published', matter: '未按时公开', channel: 'visit', receivedOn: '2024-11-19',
  });
  await put('complaint', 'villageAffairsComplaints', await created(complaint, 'complaint'));
  const clock = await q.selectFrom('clocks').select('id').where('orgId', 'in', q.selectFrom('orgs').select('id').where('path', 'like', `${await orgPathOf(q, town.id)}%`)).executeTakeFirst();
  if (clock) await put('clock', 'clocks', clock.id);
  return out;
}

/** Sub-records (materials, hits, findings, opinions, consultations, supervisors) from the 桥头镇 demo. */
async function demoSubRecords(s: TestServer, townPath: string) {
  const q = s.deps.db.kysely;
  const inTown = q.selectFrom('orgs').select('id').where('path', 'like', `${townPath}%`);
  const out: Partial<Record<RecordKind, Fixture>> = {};
  const sub = async (kind: RecordKind, table: string, parent: string, parentParam: string, param: string, extra?: (b: any) => any) => {
    let query = q.selectFrom(table as 'reviewMaterials').select(['id', `${parent} as parent` as 'itemId', 'orgId']).where('orgId', 'in', inTown);
    if (extra) query = extra(query);
    const row = (await query.executeTakeFirst()) as { id: string; itemId: string; orgId: string } | undefined;
    if (row) out[kind] = { params: { [parentParam]: row.itemId, [param]: row.id }, orgPath: await orgPathOf(q, row.orgId) };
  };
  await sub('reviewMaterial', 'reviewMaterials', 'itemId', 'id', 'materialId');
  await sub('reviewHit', 'reviewHits', 'itemId', 'id', 'hitId');
  await sub('reviewFinding', 'reviewFindings', 'itemId', 'id', 'findingId');
  await sub('reviewOpinion', 'reviewOpinions', 'itemId', 'id', 'opinionId');
  await sub('consultation', 'disclosureConsultations', 'requestId', 'id', 'cid');
  await sub('supervisor', 'villageSupervisors', 'orgId', 'villageId', 'memberId', (b) => b.where('until', 'is', null));
  // Published entries with an attachment: the portal's index (主动公开) and published village items (三务公开).
  const publicFile = async (kind: RecordKind, ownerType: string, published: string[]) => {
    const row = await q
      .selectFrom('files')
      .select(['id', 'ownerId', 'orgId'])
      .where('ownerType', '=', ownerType)
      .where('ownerId', 'in', published.length ? published : ['-'])
      .executeTakeFirst();
    if (row) out[kind] = { params: { id: row.ownerId!, fileId: row.id }, orgPath: await orgPathOf(q, row.orgId) };
  };
  const portalItems = await q.selectFrom('disclosurePublicIndex').select('itemId').execute();
  await publicFile('publicDisclosureFile', 'disclosure_item', portalItems.map((r) => r.itemId));
  const villageItems = await q.selectFrom('villageAffairsItems').select('id').where('status', '=', 'published').where('orgId', 'in', inTown).execute();
  await publicFile('publicVillageFile', 'village_affairs_item', villageItems.map((r) => r.id));
  return out;
}

/**
 * Every record kind in each scope. Sub-records outside 桥头镇 are named by their parent there and the
 * 桥头镇 sub-record's id: the parent alone must already answer 404.
 */
export async function buildFixtures(s: TestServer, secadmin: TestClient): Promise<Record<Scope, ScopeFixtures>> {
  const q = s.deps.db.kysely;
  const home = (await findOrgByCode(q, '330282109000'))!;
  const homeVillage = (await findOrgByCode(q, '330282109202'))!; // 上林湖村, the demo cadre's village
  const homeTarget = await account(s, 'mx-target-own', home.id, 'office_clerk');
  const own = {
    ...(await townRecords(s, await s.as('clerk'), await s.as('cadre'), home, homeVillage, homeTarget)),
    ...(await demoSubRecords(s, home.path)),
  };
  const token = await created(await secadmin.post('/api/v1/tokens', { name: '矩阵测试令牌', permissions: ['org.read'] }), 'token');
  own.token = { params: { id: token }, orgPath: await orgPathOf(q, (await q.selectFrom('apiTokens').select('orgId').where('id', '=', token).executeTakeFirstOrThrow()).orgId) };

  const userId = async (username: string) => (await q.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
  const vars = (town: string, village: string, cadre: string, records: ScopeFixtures['records']) => ({ org: town, village, villageUser: cadre, villageItem: records.villageItem!.params.id! });
  const result: Record<Scope, ScopeFixtures> = {
    own: { records: own, vars: vars(home.id, homeVillage.id, await userId('cadre'), own) },
    sibling: { records: {}, vars: {} },
    other_county: { records: {}, vars: {} },
  };
  for (const scope of ['sibling', 'other_county'] as const) {
    const town = (await mutation(s.deps, { actor: null, ip: null, userAgent: 'test', requestId: 'matrix' }, (m) => importDivision(m, TOWNS[scope]))).org;
    const village = await q.selectFrom('orgs').selectAll().where('parentId', '=', town.id).where('kind', 'in', ['village', 'community']).orderBy('code').executeTakeFirstOrThrow();
    await account(s, `mx-${scope}-clerk`, town.id, 'office_clerk');
    const cadre = await account(s, `mx-${scope}-cadre`, village.id, 'village_cadre');
    // The town's 文号 templates, as its system administrator would set them.
    const templates = await q.selectFrom('docNumberTemplates').select(['kind', 'name', 'template']).where('orgId', '=', home.id).execute();
    for (const t of templates) await q.insertInto('docNumberTemplates').values({ orgId: town.id, ...t }).execute();
    const target = await account(s, `mx-${scope}-target`, town.id, 'office_clerk');
    const records = await townRecords(s, await s.as(`mx-${scope}-clerk`), await s.as(`mx-${scope}-cadre`), town, village, target);
    // Sub-records: this town's parent with the 桥头镇 sub-record's id.
    const parentOf: Partial<Record<RecordKind, RecordKind>> = {
      reviewMaterial: 'reviewItem', reviewHit: 'reviewItem', reviewFinding: 'reviewItem', reviewOpinion: 'reviewItem', consultation: 'request',
      supervisor: 'village', publicDisclosureFile: 'disclosureItem', publicVillageFile: 'villageItem',
    };
    for (const [kind, parent] of Object.entries(parentOf) as [RecordKind, RecordKind][]) {
      const p = records[parent];
      const o = own[kind];
      if (p && o) records[kind] = { params: { ...o.params, ...(kind === 'supervisor' ? { villageId: p.params.id! } : { id: p.params.id! }) }, orgPath: p.orgPath };
    }
    result[scope] = { records, vars: vars(town.id, village.id, cadre, records) };
  }
  return result;
}
