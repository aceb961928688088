import type { Actor } from '../../core/authz/actor.js';
import type { FilesTable } from '../../core/db/schema-machinery.js';
import type { Deps } from '../../core/deps.js';
import { buildOfficialLetter, type LetterContent } from '../../core/documents/docx-letter.js';
import { issueNumber } from '../../core/documents/numbering.js';
import { storeGeneratedFile } from '../../core/files/generated.js';
import type { MutationScope } from '../../core/mutation.js';
import { issuingAuthority } from '../orgs/orgs.public.js';

interface IssueLetterInput {
  /** The town whose government issues and signs the document (发文机关). */
  townId: string;
  /** The org the 文号 and the file belong to (the record's org). */
  orgId: string;
  /** The record the document is kept with, e.g. a review item, an application, an annual report. */
  owner: { type: string; id: string };
  /** Take the next 文号 of a template kind (with its line in 发文登记), use one already taken, or none (a report). */
  number?: { kind: string; register: string } | { text: string };
  /** A 公文 laid out by the office, or a document the caller lays out itself (the annual report's tables). */
  content: LetterContent | ((issuer: string) => Promise<Buffer>);
  /** 成文日期, YYYY-MM-DD. */
  date: string;
  /** Download name; by default the title with the 文号. */
  fileName?: (issued: { issuer: string; docNumber: string | null }) => string;
  /** Who issues it: recorded in 发文登记 and as the file's uploader (null for the system). */
  by: Actor | null;
  /**
   * The body in whose name the town acts, when not its own: a 委托 enforcement case's documents carry
   * the entrusting county body (行政处罚法 第二十条).
   */
  inNameOf?: string;
}

interface IssuedLetter {
  file: FilesTable;
  docNumber: string | null;
  /** The 发文登记 row, when the number was taken now. */
  docNumberId: string | null;
  issuer: string;
}

async function numberOf(
  m: MutationScope,
  input: IssueLetterInput,
): Promise<{ text: string | null; id: string | null }> {
  if (!input.number) return { text: null, id: null };
  if ('text' in input.number) return { text: input.number.text, id: null };
  const n = await issueNumber(m, {
    orgId: input.orgId,
    kind: input.number.kind,
    year: Number(input.date.slice(0, 4)),
    title: input.number.register,
    subjectType: input.owner.type,
    subjectId: input.owner.id,
    issuedBy: input.by?.userId ?? null,
  });
  return { text: n.text, id: n.id };
}

/**
 * The letter office (发文): every document Fazhi issues in a town's name — the 合法性审查意见书, each
 * disclosure notice and reply, the annual report — goes through here, inside the caller's mutation:
 * one rule for the issuing authority and its seal line, the 文号 from the town's template, the
 * GB/T 9704 DOCX, and the file kept with its owner.
 */
export async function issueLetter(
  m: MutationScope,
  deps: Deps,
  input: IssueLetterInput,
): Promise<IssuedLetter> {
  const number = await numberOf(m, input);
  const issuer = input.inNameOf ?? (await issuingAuthority(m.trx, input.townId)).issuer;
  const c = input.content;
  const bytes =
    typeof c === 'function'
      ? await c(issuer)
      : await buildOfficialLetter({
          ...c,
          issuer,
          signatory: issuer,
          docNumber: number.text ?? '',
          date: input.date,
        });
  const title = typeof c === 'function' ? '' : c.title;
  const name = input.fileName
    ? input.fileName({ issuer, docNumber: number.text })
    : `${title}${number.text ? `（${number.text}）` : ''}.docx`;
  const file = await storeGeneratedFile(m, deps, input.by, {
    orgId: input.orgId,
    ownerType: input.owner.type,
    ownerId: input.owner.id,
    name,
    bytes,
  });
  return { file, docNumber: number.text, docNumberId: number.id, issuer };
}
