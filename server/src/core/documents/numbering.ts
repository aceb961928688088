import { sql } from 'kysely';
import type { Q } from '../db/database.js';
import { badRequest, ruleViolation } from '../errors.js';
import { newId } from '../ids.js';
import type { MutationScope } from '../mutation.js';
import { fillDocNumber } from './gongwen-format.js';

interface IssueNumberInput {
  /** The org the document is issued for; its template is its own or its nearest ancestor's. */
  orgId: string;
  /** Template kind, e.g. `legality_opinion`. */
  kind: string;
  year: number;
  /** What the number is used for, as it appears in the 发文登记. */
  title: string;
  subjectType?: string | null;
  subjectId?: string | null;
  /** User id of whoever takes the number (null for the system). */
  issuedBy?: string | null;
}

interface IssuedNumber {
  /** doc_numbers.id — the 发文登记 entry. */
  id: string;
  seq: number;
  /** e.g. 桥法审〔2024〕12号 */
  text: string;
  /** The org that owns the template and the sequence (a town for its offices). */
  orgId: string;
  year: number;
}

interface ResolvedTemplate {
  orgId: string;
  kind: string;
  name: string;
  template: string;
}

/** The template for `kind` at the org itself or its nearest ancestor (an office uses its town's). */
async function resolveTemplate(
  q: Q,
  orgId: string,
  kind: string,
): Promise<ResolvedTemplate | undefined> {
  // One query: templates of this kind at orgs whose path is a prefix of the org's path, nearest first.
  return q
    .selectFrom('docNumberTemplates')
    .innerJoin('orgs as owner', 'owner.id', 'docNumberTemplates.orgId')
    .innerJoin('orgs as org', (j) => j.on('org.id', '=', orgId))
    .select([
      'docNumberTemplates.orgId',
      'docNumberTemplates.kind',
      'docNumberTemplates.name',
      'docNumberTemplates.template',
    ])
    .where('docNumberTemplates.kind', '=', kind)
    .where(sql<boolean>`org.path like owner.path || '%'`)
    .orderBy('owner.depth', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Takes the next 文号 and writes its 发文登记 entry, inside the caller's transaction.
 *
 * The counter row is incremented by one upsert, so concurrent issuers queue on that row (PostgreSQL
 * row lock; SQLite's single writer) and each gets a distinct number. Because the increment belongs to
 * the caller's transaction, a rolled-back document hands its number back: the register has no gaps.
 * The sequence is keyed by the org owning the template, so all offices of a town share one sequence.
 * (Audit events are written at the end of the mutation, so the counter is always locked before the
 * chain head and the two can never deadlock, whatever order the caller uses.)
 */
export async function issueNumber(
  m: MutationScope,
  input: IssueNumberInput,
): Promise<IssuedNumber> {
  const title = input.title.trim();
  if (!title) throw badRequest('发文登记须填写文件标题');
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    throw badRequest(`年份无效：${input.year}`);
  const template = await resolveTemplate(m.trx, input.orgId, input.kind);
  if (!template) {
    throw ruleViolation(
      `尚未设置“${input.kind}”类文件的文号模板，请联系系统管理员在“文号模板”中设置`,
      'NO_NUMBER_TEMPLATE',
      { kind: input.kind },
    );
  }

  const { lastValue: seq } = await m.trx
    .insertInto('docNumberSequences')
    .values({ orgId: template.orgId, kind: input.kind, year: input.year, lastValue: 1 })
    .onConflict((oc) =>
      oc
        .columns(['orgId', 'kind', 'year'])
        .doUpdateSet((eb) => ({ lastValue: eb('docNumberSequences.lastValue', '+', 1) })),
    )
    .returning('lastValue')
    .executeTakeFirstOrThrow();

  const id = newId();
  const text = fillDocNumber(template.template, input.year, seq);
  await m.trx
    .insertInto('docNumbers')
    .values({
      id,
      orgId: template.orgId,
      kind: input.kind,
      year: input.year,
      seq,
      numberText: text,
      title,
      subjectType: input.subjectType ?? null,
      subjectId: input.subjectId ?? null,
      issuedBy: input.issuedBy ?? null,
      issuedAt: m.now.toISOString(),
    })
    .execute();
  await m.audit({
    action: 'numbering.number.issued',
    targetType: 'doc_number',
    targetId: id,
    orgId: template.orgId,
    basis: 'GB/T 9704-2012《党政机关公文格式》第7.2.5条',
    meta: {
      kind: input.kind,
      year: input.year,
      seq,
      number: text,
      title,
      subjectType: input.subjectType ?? null,
      subjectId: input.subjectId ?? null,
      forOrgId: input.orgId,
    },
  });
  return { id, seq, text, orgId: template.orgId, year: input.year };
}
