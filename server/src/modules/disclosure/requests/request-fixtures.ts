import type { Deps } from '../../../core/deps.js';
import { creditCodeCheckChar, residentIdCheckChar } from './applicant-id.js';

/**
 * Building blocks for the 依申请公开 tests and the demo seed: valid identity numbers and application
 * bodies. Kept free of test-framework imports so the demo seed can use them too.
 */

/** A resident ID with a correct check character for the given 17 digits. */
export const residentId = (first17: string): string => `${first17}${residentIdCheckChar(first17)}`;

/** A unified social credit code with a correct check character for the given 17 characters. */
export const creditCode = (first17: string): string => `${first17}${creditCodeCheckChar(first17)}`;

export function personBody(overrides: Record<string, unknown> = {}) {
  return {
    applicantKind: 'natural_person',
    applicantName: '张三丰',
    idType: 'resident_id',
    idNumber: residentId('33028219850312001'),
    phone: '13905741234',
    address: '浙江省慈溪市桥头镇上林湖村1号',
    description: '2024年桥头镇上林湖村土地征收补偿安置方案及补偿标准',
    formWanted: 'paper',
    delivery: 'post',
    ...overrides,
  };
}

export function companyBody(overrides: Record<string, unknown> = {}) {
  return personBody({
    applicantKind: 'commercial',
    applicantName: '慈溪市桥头五金制品有限公司',
    idType: 'credit_code',
    idNumber: creditCode('91330282MA2AJ8WQ7'),
    contactPerson: '李经理',
    phone: '057463001234',
    description: '2024年桥头镇工业用地出让公告及成交结果',
    formWanted: 'electronic',
    delivery: 'email',
    email: 'office@example.cn',
    ...overrides,
  });
}

/** The procedural-notice 文号 template (the foundation's demo seeds only the reply one). */
export async function ensureNoticeTemplate(deps: Deps, townCode = '330282109000'): Promise<void> {
  const town = await deps.db.kysely
    .selectFrom('orgs')
    .select('id')
    .where('code', '=', townCode)
    .executeTakeFirstOrThrow();
  await deps.db.kysely
    .insertInto('docNumberTemplates')
    .values({
      orgId: town.id,
      kind: 'disclosure_notice',
      name: '政府信息公开告知书',
      template: '桥政信告〔{year}〕{n}号',
    })
    .onConflict((oc) => oc.columns(['orgId', 'kind']).doNothing())
    .execute();
}

/** The visible text of a DOCX body (runs joined, paragraphs on their own lines), for assertions on letters. */
export async function docxText(bytes: Buffer | Uint8Array): Promise<string> {
  const { default: JSZip } = await import('jszip');
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter(Boolean)
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}
