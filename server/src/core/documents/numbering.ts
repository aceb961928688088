import { sql } from 'kysely';
import { isPostgres, type Q } from '../db/database.js';
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
  const issued = isPostgres(m.trx)
    ? await takeAndRegisterPg(m, input, title)
    : await takeAndRegister(m, input, title);
  if (!issued) {
    throw ruleViolation(
      `尚未设置“${input.kind}”类文件的文号模板，请联系系统管理员在“文号模板”中设置`,
      'NO_NUMBER_TEMPLATE',
      { kind: input.kind },
    );
  }
  const { id, seq, text, orgId } = issued;
  await m.audit({
    action: 'numbering.number.issued',
    targetType: 'doc_number',
    targetId: id,
    orgId,
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
  return { id, seq, text, orgId, year: input.year };
}

type Taken = { id: string; seq: number; text: string; orgId: string };

const registerRow = (m: MutationScope, input: IssueNumberInput, title: string) => ({
  id: newId(),
  kind: input.kind,
  year: input.year,
  title,
  subjectType: input.subjectType ?? null,
  subjectId: input.subjectId ?? null,
  issuedBy: input.issuedBy ?? null,
  issuedAt: m.now.toISOString(),
});

/** SQLite: template, counter and register row one after another (in-process calls, no round trips). */
async function takeAndRegister(
  m: MutationScope,
  input: IssueNumberInput,
  title: string,
): Promise<Taken | undefined> {
  const template = await resolveTemplate(m.trx, input.orgId, input.kind);
  if (!template) return undefined;
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
  const row = registerRow(m, input, title);
  const text = fillDocNumber(template.template, input.year, seq);
  await m.trx
    .insertInto('docNumbers')
    .values({ ...row, orgId: template.orgId, seq, numberText: text })
    .execute();
  return { id: row.id, seq, text, orgId: template.orgId };
}

/**
 * PostgreSQL: template, counter and register row in one statement, so the counter's row lock is taken
 * by the last round trip before the audit event instead of being held across three. The number's text
 * is filled in by SQL as `fillDocNumber` does (checked below: the two must agree).
 */
async function takeAndRegisterPg(
  m: MutationScope,
  input: IssueNumberInput,
  title: string,
): Promise<Taken | undefined> {
  const r = registerRow(m, input, title);
  const { rows } = await sql<{ orgId: string; seq: number; numberText: string; template: string }>`
    with tpl as (
      select t.org_id, t.template from doc_number_templates t
      join orgs owner on owner.id = t.org_id
      join orgs org on org.id = ${input.orgId}
      where t.kind = ${input.kind} and org.path like owner.path || '%'
      order by owner.depth desc limit 1),
    counter as (
      insert into doc_number_sequences (org_id, kind, year, last_value)
      select org_id, ${input.kind}, ${input.year}::int, 1 from tpl
      on conflict (org_id, kind, year)
        do update set last_value = doc_number_sequences.last_value + 1
      returning org_id, last_value)
    insert into doc_numbers (id, org_id, kind, year, seq, number_text, title, subject_type,
      subject_id, issued_by, issued_at)
    select ${r.id}, counter.org_id, ${r.kind}, ${r.year}::int, counter.last_value,
      replace(replace(tpl.template, '{year}', ${String(r.year)}::text), '{n}', counter.last_value::text),
      ${r.title}, ${r.subjectType}::text, ${r.subjectId}::text, ${r.issuedBy}::text,
      ${r.issuedAt}::timestamptz
    from counter join tpl on tpl.org_id = counter.org_id
    returning org_id, seq, number_text, (select template from tpl) as template`.execute(m.trx);
  const row = rows[0];
  if (!row) return undefined;
  const seq = Number(row.seq);
  if (row.numberText !== fillDocNumber(row.template, input.year, seq))
    throw new Error(`文号 SQL fill disagrees with fillDocNumber: ${row.numberText}`);
  return { id: r.id, seq, text: row.numberText, orgId: row.orgId };
}
