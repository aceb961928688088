import type { RequestContext } from '../../../core/authz/actor.js';
import type { Q } from '../../../core/db/database.js';
import type { Deps } from '../../../core/deps.js';
import { buildOfficialLetter } from '../../../core/documents/docx-letter.js';
import { issueNumber } from '../../../core/documents/numbering.js';
import { FILE_TYPES } from '../../../core/files/sniff.js';
import { storeBytes } from '../../../core/files/storage.js';
import { uploaderKey } from '../../../core/files/owners.js';
import { newId } from '../../../core/ids.js';
import type { MutationScope } from '../../../core/mutation.js';
import type { Letter } from './notice-letters.js';
import type { LetterFacts } from './reply-letter.js';
import { SUBJECT_TYPE } from './request.repository.js';
import type { DisclosureRequestsTable } from './request.tables.js';
import { CHANNELS, type DocumentKind } from './vocabulary.js';

/** 文号 template kinds: the reply sequence (桥政信复〔2024〕N号) and the procedural notices. */
export const NUMBER_KINDS = { reply: 'disclosure_reply', notice: 'disclosure_notice' } as const;

/** What every letter repeats about the application. */
export function letterFactsOf(req: DisclosureRequestsTable, fallbackReceivedOn: string): LetterFacts {
  return {
    applicantName: req.applicantName,
    receivedOn: req.receivedOn ?? fallbackReceivedOn,
    channelLabel: CHANNELS[req.channel],
    description: req.description,
    correctionRequestedOn: req.correctionRequestedOn,
    correctedOn: req.correctedOn,
    extensionDays: req.extensionDays,
  };
}

/** 发文机关 of a town: 慈溪市 + 桥头镇 → 慈溪市桥头镇人民政府. */
export async function issuerOf(q: Q, townId: string): Promise<string> {
  const town = await q.selectFrom('orgs').select(['name', 'parentId']).where('id', '=', townId).executeTakeFirstOrThrow();
  const county = town.parentId ? await q.selectFrom('orgs').select(['name', 'kind']).where('id', '=', town.parentId).executeTakeFirst() : undefined;
  return `${county?.kind === 'county' ? county.name : ''}${town.name}人民政府`;
}

/** Keeps bytes Fazhi generated as a file of a record (by default an application), downloadable by staff who see it. */
export async function storeGeneratedFile(
  m: MutationScope,
  deps: Deps,
  ctx: RequestContext,
  input: { orgId: string; ownerId: string; ownerType?: string; name: string; bytes: Buffer; mime?: string },
) {
  const { sm3, size } = await storeBytes(deps.config.dataDir, input.bytes);
  const id = newId();
  await m.trx
    .insertInto('files')
    .values({
      id,
      orgId: input.orgId,
      sm3,
      size,
      mime: input.mime ?? FILE_TYPES.docx.mime,
      originalName: input.name,
      ownerType: input.ownerType ?? SUBJECT_TYPE,
      ownerId: input.ownerId,
      uploadedBy: ctx.actor ? uploaderKey(ctx.actor) : null,
      createdAt: m.now.toISOString(),
    })
    .execute();
  return { id, sm3, size };
}

export async function addDocument(
  m: MutationScope,
  ctx: RequestContext,
  req: Pick<DisclosureRequestsTable, 'id' | 'orgId'>,
  doc: { kind: DocumentKind; fileId: string; title: string; docNumber?: string | null; visible: boolean },
): Promise<string> {
  const id = newId();
  await m.trx
    .insertInto('disclosureRequestDocuments')
    .values({
      id,
      orgId: req.orgId,
      requestId: req.id,
      kind: doc.kind,
      fileId: doc.fileId,
      title: doc.title,
      docNumber: doc.docNumber ?? null,
      // An original never reaches the applicant, whatever the caller asks (第十五条、第三十七条).
      visibleToApplicant: doc.visible && doc.kind !== 'original' ? 1 : 0,
      createdBy: ctx.actor?.userId ?? null,
      createdAt: m.now.toISOString(),
    })
    .execute();
  return id;
}

/**
 * Takes a 文号, lays the letter out as a GB/T 9704 公文 (DOCX), keeps it with the application and
 * lists it among its documents, all inside the caller's mutation.
 */
export async function issueLetter(
  m: MutationScope,
  deps: Deps,
  ctx: RequestContext,
  req: Pick<DisclosureRequestsTable, 'id' | 'orgId' | 'trackingCode'>,
  input: { kind: DocumentKind; numberKind: (typeof NUMBER_KINDS)[keyof typeof NUMBER_KINDS]; letter: Letter; date: string; visible: boolean },
) {
  const number = await issueNumber(m, {
    orgId: req.orgId,
    kind: input.numberKind,
    year: Number(input.date.slice(0, 4)),
    title: `${input.letter.title}（${input.letter.recipient}，查询码 ${req.trackingCode}）`,
    subjectType: SUBJECT_TYPE,
    subjectId: req.id,
    issuedBy: ctx.actor?.userId ?? null,
  });
  const issuer = await issuerOf(m.trx, req.orgId);
  const bytes = await buildOfficialLetter({
    issuer,
    docNumber: number.text,
    title: input.letter.title,
    recipient: input.letter.recipient,
    blocks: input.letter.blocks,
    signatory: issuer,
    date: input.date,
  });
  const file = await storeGeneratedFile(m, deps, ctx, { orgId: req.orgId, ownerId: req.id, name: `${input.letter.title}（${number.text}）.docx`, bytes });
  const documentId = await addDocument(m, ctx, req, { kind: input.kind, fileId: file.id, title: input.letter.title, docNumber: number.text, visible: input.visible });
  return { documentId, fileId: file.id, docNumber: number.text };
}
