// Records of every top-level kind in one town, made through the real API, for the authorisation matrix.
import type { RecordKind } from './authz-matrix.js';
import type { Fixture } from './authz-fixtures.js';
import type { TestServer } from './test-env.js';

export type Q = TestServer['deps']['db']['kysely'];

export const orgPathOf = async (q: Q, orgId: string) =>
  (await q.selectFrom('orgs').select('path').where('id', '=', orgId).executeTakeFirstOrThrow())
    .path;
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
export async function created(res: { status: number; json: any }, what: string): Promise<string> {
  if (res.status >= 300 || !res.json?.id)
    throw new Error(`fixture ${what}: ${res.status} ${JSON.stringify(res.json)?.slice(0, 300)}`);
  return res.json.id as string;
}
/** A step of a fixture's workflow, which must succeed. */
export async function step(res: Promise<{ status: number; json: any }>, what: string) {
  const r = await res;
  if (r.status >= 300)
    throw new Error(`fixture ${what}: ${r.status} ${JSON.stringify(r.json)?.slice(0, 300)}`);
  return r.json;
}
/**
 * Records of every top-level kind in one town, made through the real API by that town's own clerk and
 * village cadre (the same bodies the matrix rows send), plus its town org, a village and an account.
 */
export async function townRecords(
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
