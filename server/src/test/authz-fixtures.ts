import { mutation } from '../core/mutation.js';
import { asAdmin } from './admin-login.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { findOrgByCode } from '../modules/orgs/org.repository.js';
import { importDivision } from '../modules/orgs/org.service.js';
import { insertUser, setRoles } from '../modules/users/user.repository.js';
import type { RoleKey } from '@fazhi/shared';
import { decisionRecords } from './authz-fixtures-decisions.js';
import { disputeRecords } from './authz-fixtures-disputes.js';
import { inspectionRecords } from './authz-fixtures-inspections.js';
import { legalServicesRecords } from './authz-fixtures-legal-services.js';
import { litigationRecords } from './authz-fixtures-litigation.js';
import { pufaRecords } from './authz-fixtures-pufa.js';
import { teamRecords } from './authz-fixtures-team.js';
import { lawReportRecords } from './authz-fixtures-report.js';
import type { RecordKind } from './authz-matrix.js';
import type { TestClient } from './test-client.js';
import type { TestServer } from './test-env.js';

/** Where a record sits relative to the 桥头镇 demo accounts. */
export type Scope = 'own' | 'sibling' | 'other_county';

/** A record of one kind in one scope: the path parameters that name it and its org's path. */
export interface Fixture {
  params: Record<string, string>;
  orgPath: string;
  /** A real parent with another town's sub-record id: to a caller who sees the parent, 404 is right too. */
  synthetic?: true;
  /** Username of whoever made it, where only they may see it (unattached uploads). */
  owner?: string;
}

export interface ScopeFixtures {
  records: Partial<Record<RecordKind, Fixture>>;
  /** Ids that bodies name through placeholders: `{org}` the town, `{village}`, `{villageUser}` its cadre, `{villageItem}`. */
  vars: Record<string, string>;
}

const PASSWORD = 'Demo@2024';
const TOWNS: Record<Exclude<Scope, 'own'>, string> = {
  sibling: '330282110',
  other_county: '330281001',
};

type Q = TestServer['deps']['db']['kysely'];

const orgPathOf = async (q: Q, orgId: string) =>
  (await q.selectFrom('orgs').select('path').where('id', '=', orgId).executeTakeFirstOrThrow())
    .path;

/** An account made through the users repository, as `npx fazhi user create` would (no forced password change). */
async function account(
  s: TestServer,
  username: string,
  orgId: string,
  role: RoleKey,
): Promise<string> {
  const q = s.deps.db.kysely;
  const user = await insertUser(q, {
    orgId,
    username,
    displayName: username,
    passwordHash: await hashPassword(PASSWORD),
    mustChangePassword: false,
    now: s.time.now(),
  });
  await setRoles(q, user.id, [role], null, s.time.now());
  return user.id;
}

/** Multipart form with one small PDF. */
export function pdfForm(name = '矩阵测试.pdf'): FormData {
  const form = new FormData();
  form.append(
    'file',
    new Blob([Buffer.from('%PDF-1.7\n% matrix\n%%EOF\n')], { type: 'application/pdf' }),
    name,
  );
  return form;
}

async function created(res: { status: number; json: any }, what: string): Promise<string> {
  if (res.status >= 300 || !res.json?.id)
    throw new Error(`fixture ${what}: ${res.status} ${JSON.stringify(res.json)?.slice(0, 300)}`);
  return res.json.id as string;
}

/**
 * Records of every top-level kind in one town, made through the real API by that town's own clerk and
 * village cadre (the same bodies the matrix rows send), plus its town org, a village and an account.
 */
async function townRecords(
  s: TestServer,
  clerkName: string,
  cadreName: string,
  officerName: string,
  town: { id: string },
  village: { id: string },
  target: string,
) {
  const [clerk, cadre] = [await s.as(clerkName), await s.as(cadreName)];
  const q = s.deps.db.kysely;
  const out: Partial<Record<RecordKind, Fixture>> = {};
  const put = async (
    kind: RecordKind,
    table: string,
    id: string,
    params: Record<string, string> = { id },
  ) => {
    const row = await q
      .selectFrom(table as 'users')
      .select('orgId')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    out[kind] = { params, orgPath: await orgPathOf(q, row.orgId) };
  };
  out.org = { params: { id: town.id }, orgPath: await orgPathOf(q, town.id) };
  out.village = {
    params: { villageId: village.id, id: village.id },
    orgPath: await orgPathOf(q, village.id),
  };
  await put('user', 'users', target);
  await put(
    'reviewItem',
    'reviewItems',
    await created(
      await clerk.post('/api/v1/review/items', {
        type: 'normative_doc',
        title: '矩阵测试规范性文件',
      }),
      'review item',
    ),
  );
  await put(
    'fcr',
    'reviewFcrRecords',
    await created(
      await clerk.post('/api/v1/review/fcr', {
        title: '矩阵测试政策措施',
        draftingUnit: '经济发展办公室',
        text: '对本镇企业给予奖励。',
      }),
      'fcr',
    ),
  );
  await put(
    'disclosureItem',
    'disclosureItems',
    await created(
      await clerk.post('/api/v1/disclosure/items', {
        category: 'regulations',
        title: '矩阵测试公开信息',
        summary: '矩阵测试摘要',
        createdOn: '2024-11-19',
      }),
      'disclosure item',
    ),
  );
  const request = await clerk.post('/api/v1/disclosure/requests', {
    applicantKind: 'natural_person',
    applicantName: '矩阵申请人',
    idType: 'resident_id',
    idNumber: '330282199001011231',
    phone: '13800000000',
    description: '申请公开本镇2024年矩阵测试信息',
    formWanted: 'electronic',
    delivery: 'email',
    email: 'a@example.com',
    channel: 'in_person',
    submittedOn: '2024-11-19',
  });
  await put('request', 'disclosureRequests', await created(request, 'disclosure request'));
  // An original document of the request, for redaction (政府信息公开条例 第三十七条).
  const original = await created(
    await clerk.post('/api/v1/files', pdfForm('矩阵测试原件.pdf')),
    'original',
  );
  await step(
    clerk.post(`/api/v1/disclosure/requests/${out.request!.params.id}/originals`, {
      fileId: original,
    }),
    'request original',
  );
  await put(
    'numbering',
    'docNumbers',
    await created(
      await clerk.post('/api/v1/numbering/issue', { kind: 'town_document', title: '矩阵测试发文' }),
      'numbering',
    ),
  );
  await put('file', 'files', await created(await clerk.post('/api/v1/files', pdfForm()), 'file'));
  out.file!.owner = clerkName;
  await put(
    'villageItem',
    'villageAffairsItems',
    await created(
      await cadre.post('/api/v1/village-affairs/items', {
        category: 'village',
        matterKind: 'regular',
        subject: 'meeting_decisions',
        period: '2024-Q4',
        title: '矩阵测试村务',
        body: '矩阵测试村务内容',
      }),
      'village item',
    ),
  );
  const officer = await s.as(officerName);
  await put(
    'enforcementCase',
    'enforcementCases',
    await created(
      await officer.post('/api/v1/enforcement/cases', {
        title: '矩阵测试占用疏散通道',
        field: 'safety_fire',
        authorityBasis: 'granted',
        partyName: '矩阵当事人',
        partyKind: 'citizen',
        facts: '矩阵测试违法事实',
        officerIds: [],
      }),
      'enforcement case',
    ),
  );
  const complaint = await clerk.post('/api/v1/village-affairs/complaints', {
    villageId: village.id,
    complainantName: '矩阵村民',
    category: 'village',
    kind: 'not_published',
    matter: '未按时公开',
    channel: 'visit',
    receivedOn: '2024-11-19',
  });
  await put('complaint', 'villageAffairsComplaints', await created(complaint, 'complaint'));
  const clock = await q
    .selectFrom('clocks')
    .select('id')
    .where(
      'orgId',
      'in',
      q
        .selectFrom('orgs')
        .select('id')
        .where('path', 'like', `${await orgPathOf(q, town.id)}%`),
    )
    .executeTakeFirst();
  if (clock) await put('clock', 'clocks', clock.id);
  return { records: out, original };
}

/** An API token issued by a security administrator: it belongs to the administrator's org. */
async function tokenOf(s: TestServer, secadmin: TestClient): Promise<Fixture> {
  const q = s.deps.db.kysely;
  const id = await created(
    await secadmin.post('/api/v1/tokens', { name: '矩阵测试令牌', permissions: ['org.read'] }),
    'token',
  );
  return {
    params: { id },
    orgPath: await orgPathOf(
      q,
      (
        await q
          .selectFrom('apiTokens')
          .select('orgId')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).orgId,
    ),
  };
}

/** A step of a fixture's workflow, which must succeed. */
async function step(res: Promise<{ status: number; json: any }>, what: string) {
  const r = await res;
  if (r.status >= 300)
    throw new Error(`fixture ${what}: ${r.status} ${JSON.stringify(r.json)?.slice(0, 300)}`);
  return r.json;
}

/**
 * Published entries with an attachment, for the portal's pages: a 主动公开 entry (drafted by the clerk,
 * 保密审查 by the reviewer, art 17) and a 三务公开 item (drafted by the cadre, approved by the village's
 * 村务监督委员会 chair).
 */
async function publishedRecords(s: TestServer) {
  const q = s.deps.db.kysely;
  const [clerk, reviewer, cadre, supervisor] = [
    await s.as('clerk'),
    await s.as('reviewer'),
    await s.as('cadre'),
    await s.as('supervisor'),
  ];
  const out: Partial<Record<RecordKind, Fixture>> = {};
  const itemFile = await created(await clerk.post('/api/v1/files', pdfForm()), 'disclosure file');
  const item = await created(
    await clerk.post('/api/v1/disclosure/items', {
      category: 'regulations',
      title: '矩阵测试已公开信息',
      summary: '矩阵测试摘要',
      createdOn: '2024-11-19',
    }),
    'published disclosure item',
  );
  await step(
    clerk.post(`/api/v1/disclosure/items/${item}/attachments`, { fileId: itemFile }),
    'disclosure attachment',
  );
  await step(clerk.post(`/api/v1/disclosure/items/${item}/submit`, {}), 'disclosure submit');
  await step(reviewer.post(`/api/v1/disclosure/items/${item}/approve`, {}), 'disclosure approve');
  const itemOrg = (
    await q
      .selectFrom('disclosureItems')
      .select('orgId')
      .where('id', '=', item)
      .executeTakeFirstOrThrow()
  ).orgId;
  out.publicDisclosureFile = {
    params: { id: item, fileId: itemFile },
    orgPath: await orgPathOf(q, itemOrg),
  };

  const villageFile = await created(await cadre.post('/api/v1/files', pdfForm()), 'village file');
  const vItem = await created(
    await cadre.post('/api/v1/village-affairs/items', {
      category: 'village',
      matterKind: 'regular',
      subject: 'meeting_decisions',
      period: '2024-Q4',
      title: '矩阵测试已公开村务',
      body: '矩阵测试村务内容',
    }),
    'published village item',
  );
  await step(
    cadre.post(`/api/v1/village-affairs/items/${vItem}/attachments`, { fileId: villageFile }),
    'village attachment',
  );
  await step(cadre.post(`/api/v1/village-affairs/items/${vItem}/submit`, {}), 'village submit');
  await step(
    supervisor.post(`/api/v1/village-affairs/items/${vItem}/approve`, {}),
    'village approve',
  );
  const vOrg = (
    await q
      .selectFrom('villageAffairsItems')
      .select('orgId')
      .where('id', '=', vItem)
      .executeTakeFirstOrThrow()
  ).orgId;
  out.publicVillageFile = {
    params: { id: vItem, fileId: villageFile },
    orgPath: await orgPathOf(q, vOrg),
  };

  return out;
}

/** Sub-records (materials, hits, findings, opinions, consultations, supervisors) from the 桥头镇 demo. */
async function demoSubRecords(s: TestServer, townPath: string) {
  const q = s.deps.db.kysely;
  const inTown = q.selectFrom('orgs').select('id').where('path', 'like', `${townPath}%`);
  const out: Partial<Record<RecordKind, Fixture>> = {};
  const sub = async (
    kind: RecordKind,
    table: string,
    parent: string,
    parentParam: string,
    param: string,
    extra?: (b: any) => any,
  ) => {
    let query = q
      .selectFrom(table as 'reviewMaterials')
      .select(['id', `${parent} as parentId` as 'itemId', 'orgId'])
      .where('orgId', 'in', inTown);
    if (extra) query = extra(query);
    const row = (await query.orderBy('id').executeTakeFirst()) as unknown as
      { id: string; parentId: string; orgId: string } | undefined;
    if (row)
      out[kind] = {
        params: { [parentParam]: row.parentId, [param]: row.id },
        orgPath: await orgPathOf(q, row.orgId),
      };
  };
  // Drafts are visible to their submitter only: take sub-records of items already sent.
  const sent = (b: any) =>
    b.where('itemId', 'in', q.selectFrom('reviewItems').select('id').where('state', '!=', 'draft'));
  await sub('reviewMaterial', 'reviewMaterials', 'itemId', 'id', 'materialId', sent);
  await sub('reviewHit', 'reviewHits', 'itemId', 'id', 'hitId', sent);
  await sub('reviewFinding', 'reviewFindings', 'itemId', 'id', 'findingId', sent);
  await sub('reviewOpinion', 'reviewOpinions', 'itemId', 'id', 'opinionId', (b) =>
    sent(b).where('docNumber', 'is not', null).where('channel', '!=', 'offline'),
  );
  await sub('consultation', 'disclosureConsultations', 'requestId', 'id', 'cid', (b) =>
    b.where('answeredOn', 'is', null),
  );
  await sub('supervisor', 'villageSupervisors', 'orgId', 'villageId', 'memberId', (b) =>
    b.where('until', 'is', null),
  );
  return out;
}

/**
 * Every record kind in each scope. Sub-records outside 桥头镇 are named by their parent there and the
 * 桥头镇 sub-record's id: the parent alone must already answer 404.
 */
export async function buildFixtures(
  s: TestServer,
  secadmin: TestClient,
): Promise<Record<Scope, ScopeFixtures>> {
  const q = s.deps.db.kysely;
  const home = (await findOrgByCode(q, '330282109000'))!;
  const homeVillage = (await findOrgByCode(q, '330282109202'))!; // 上林湖村, the demo cadre's village
  const homeTarget = await account(s, 'mx-target-own', home.id, 'office_clerk');
  const made = await townRecords(s, 'clerk', 'cadre', 'officer', home, homeVillage, homeTarget);
  const own = {
    ...made.records,
    ...(await demoSubRecords(s, home.path)),
    ...(await publishedRecords(s)),
    ...(await inspectionRecords(s, 'officer')),
    ...(await disputeRecords(s, 'mediator')),
    ...(await litigationRecords(s, 'clerk')),
    ...(await decisionRecords(s, 'clerk', 'head')),
    ...(await legalServicesRecords(s, 'clerk')),
    ...(await pufaRecords(s, 'clerk')),
    ...(await teamRecords(s, 'clerk')),
    ...(await lawReportRecords(s, 'clerk')),
  };
  own.token = await tokenOf(s, secadmin);

  const userId = async (username: string) =>
    (
      await q
        .selectFrom('users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).id;
  const vars = (
    town: string,
    village: string,
    cadre: string,
    records: ScopeFixtures['records'],
  ) => ({ org: town, village, villageUser: cadre, villageItem: records.villageItem!.params.id! });
  const result: Record<Scope, ScopeFixtures> = {
    own: {
      records: own,
      vars: {
        ...vars(home.id, homeVillage.id, await userId('cadre'), own),
        requestOriginal: made.original,
      },
    },
    sibling: { records: {}, vars: {} },
    other_county: { records: {}, vars: {} },
  };
  for (const scope of ['sibling', 'other_county'] as const) {
    const town = (
      await mutation(
        s.deps,
        { actor: null, ip: null, userAgent: 'test', requestId: 'matrix' },
        (m) => importDivision(m, TOWNS[scope]),
      )
    ).org;
    const village = await q
      .selectFrom('orgs')
      .selectAll()
      .where('parentId', '=', town.id)
      .where('kind', 'in', ['village', 'community'])
      .orderBy('code')
      .executeTakeFirstOrThrow();
    await account(s, `mx-${scope}-clerk`, town.id, 'office_clerk');
    const cadre = await account(s, `mx-${scope}-cadre`, village.id, 'village_cadre');
    await account(s, `mx-${scope}-officer`, town.id, 'enforcement_officer');
    await account(s, `mx-${scope}-mediator`, town.id, 'mediator');
    await account(s, `mx-${scope}-head`, town.id, 'town_head');
    // The town's 文号 templates, as its system administrator would set them.
    const templates = await q
      .selectFrom('docNumberTemplates')
      .select(['kind', 'name', 'template'])
      .where('orgId', '=', home.id)
      .execute();
    for (const t of templates)
      await q
        .insertInto('docNumberTemplates')
        .values({ orgId: town.id, ...t })
        .execute();
    const target = await account(s, `mx-${scope}-target`, town.id, 'office_clerk');
    const { records, original } = await townRecords(
      s,
      `mx-${scope}-clerk`,
      `mx-${scope}-cadre`,
      `mx-${scope}-officer`,
      town,
      village,
      target,
    );
    Object.assign(records, await inspectionRecords(s, `mx-${scope}-officer`));
    Object.assign(records, await disputeRecords(s, `mx-${scope}-mediator`));
    Object.assign(records, await litigationRecords(s, `mx-${scope}-clerk`));
    Object.assign(records, await decisionRecords(s, `mx-${scope}-clerk`, `mx-${scope}-head`));
    Object.assign(records, await legalServicesRecords(s, `mx-${scope}-clerk`));
    Object.assign(records, await pufaRecords(s, `mx-${scope}-clerk`));
    Object.assign(records, await teamRecords(s, `mx-${scope}-clerk`));
    Object.assign(records, await lawReportRecords(s, `mx-${scope}-clerk`));
    // Sub-records: this town's parent with the 桥头镇 sub-record's id.
    const parentOf: Partial<Record<RecordKind, RecordKind>> = {
      reviewMaterial: 'reviewItem',
      reviewHit: 'reviewItem',
      reviewFinding: 'reviewItem',
      reviewOpinion: 'reviewItem',
      consultation: 'request',
      supervisor: 'village',
      publicDisclosureFile: 'disclosureItem',
      publicVillageFile: 'villageItem',
    };
    for (const [kind, parent] of Object.entries(parentOf) as [RecordKind, RecordKind][]) {
      const p = records[parent];
      const o = own[kind];
      if (p && o)
        records[kind] = {
          params: {
            ...o.params,
            ...(kind === 'supervisor' ? { villageId: p.params.id! } : { id: p.params.id! }),
          },
          orgPath: p.orgPath,
          synthetic: true,
        };
    }
    await account(s, `mx-${scope}-secadmin`, town.id, 'security_admin');
    records.token = await tokenOf(s, (await asAdmin(s, `mx-${scope}-secadmin`, PASSWORD)).client);
    result[scope] = {
      records,
      vars: { ...vars(town.id, village.id, cadre, records), requestOriginal: original },
    };
  }
  return result;
}
