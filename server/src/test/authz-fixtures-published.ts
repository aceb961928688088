// Published portal entries and the 桥头镇 demo's sub-records, for the authorisation matrix.
import type { RecordKind } from './authz-matrix.js';
import type { Fixture } from './authz-fixtures.js';
import { created, orgPathOf, pdfForm, step } from './authz-fixtures-town.js';
import type { TestServer } from './test-env.js';

/**
 * Published entries with an attachment, for the portal's pages: a 主动公开 entry (drafted by the clerk,
 * 保密审查 by the reviewer, art 17) and a 三务公开 item (drafted by the cadre, approved by the village's
 * 村务监督委员会 chair).
 */
export async function publishedRecords(s: TestServer) {
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
export async function demoSubRecords(s: TestServer, townPath: string) {
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
