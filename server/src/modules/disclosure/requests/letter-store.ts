import type { RequestContext } from '../../../core/authz/actor.js';
import type { Deps } from '../../../core/deps.js';
import { newId } from '../../../core/ids.js';
import type { MutationScope } from '../../../core/mutation.js';
import { issueLetter as issueTownLetter } from '../../numbering/letter-office.js';
import type { Letter } from './notice-letters.js';
import type { LetterFacts } from './reply-letter.js';
import { SUBJECT_TYPE } from './request.repository.js';
import type { DisclosureRequestsTable } from './request.tables.js';
import { CHANNELS, type DocumentKind } from './vocabulary.js';

/** 文号 template kinds: the reply sequence (桥政信复〔2024〕N号) and the procedural notices. */
export const NUMBER_KINDS = { reply: 'disclosure_reply', notice: 'disclosure_notice' } as const;

/** What every letter repeats about the application. */
export function letterFactsOf(
  req: DisclosureRequestsTable,
  fallbackReceivedOn: string,
): LetterFacts {
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

export async function addDocument(
  m: MutationScope,
  ctx: RequestContext,
  req: Pick<DisclosureRequestsTable, 'id' | 'orgId'>,
  doc: {
    kind: DocumentKind;
    fileId: string;
    title: string;
    docNumber?: string | null;
    visible: boolean;
  },
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
 * A letter to an applicant: issued by the letter office in the town's name (文号, GB/T 9704 DOCX, the
 * file kept with the application), then listed among the application's documents — all inside the
 * caller's mutation. Applications are registered by the town itself, so their org is the town.
 */
export async function issueLetter(
  m: MutationScope,
  deps: Deps,
  ctx: RequestContext,
  req: Pick<DisclosureRequestsTable, 'id' | 'orgId' | 'trackingCode'>,
  input: {
    kind: DocumentKind;
    numberKind: (typeof NUMBER_KINDS)[keyof typeof NUMBER_KINDS];
    letter: Letter;
    date: string;
    visible: boolean;
  },
) {
  const issued = await issueTownLetter(m, deps, {
    townId: req.orgId,
    orgId: req.orgId,
    owner: { type: SUBJECT_TYPE, id: req.id },
    number: {
      kind: input.numberKind,
      register: `${input.letter.title}（${input.letter.recipient}，查询码 ${req.trackingCode}）`,
    },
    content: input.letter,
    date: input.date,
    by: ctx.actor,
  });
  const docNumber = issued.docNumber!;
  const documentId = await addDocument(m, ctx, req, {
    kind: input.kind,
    fileId: issued.file.id,
    title: input.letter.title,
    docNumber,
    visible: input.visible,
  });
  return { documentId, fileId: issued.file.id, docNumber };
}
