import type { z } from 'zod';
import type { Q } from '../../core/db/database.js';
import { newId } from '../../core/ids.js';
import type { MutationScope } from '../../core/mutation.js';
import type { draftBody } from './decisions.schema.js';
import type { DecisionsTable } from './decisions.tables.js';

// tenancy: drafts are read and written for a decision already loaded through scoped()

const NUMERALS = '〇一二三四五六七八九';

/** 第一条 … 第九十九条 (a heading for articles typed without one). */
export function articleHeading(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const t = tens === 0 ? '' : `${tens === 1 ? '' : NUMERALS[tens]}十`;
  return `第${t}${ones === 0 ? '' : NUMERALS[ones]}条`;
}

/** Stores the next version of the draft with its articles (版本留存, 条例 第三十三条). */
export async function insertDraft(
  m: MutationScope,
  decision: Pick<DecisionsTable, 'id' | 'orgId'>,
  input: z.infer<typeof draftBody>,
  day: string,
) {
  const last = await m.trx
    .selectFrom('decisionDrafts')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('decisionId', '=', decision.id)
    .executeTakeFirst();
  const version = Number(last?.v ?? 0) + 1;
  const id = newId();
  await m.trx
    .insertInto('decisionDrafts')
    .values({
      id,
      orgId: decision.orgId,
      decisionId: decision.id,
      version,
      title: input.title,
      explanation: input.explanation ?? null,
      createdOn: day,
      createdAt: m.now.toISOString(),
    })
    .execute();
  await m.trx
    .insertInto('decisionDraftArticles')
    .values(
      input.articles.map((a, i) => ({
        id: newId(),
        orgId: decision.orgId,
        draftId: id,
        seq: i + 1,
        heading: a.heading ?? articleHeading(i + 1),
        text: a.text,
      })),
    )
    .execute();
  return { id, version };
}

/** The newest draft of a decision with its articles, or null before the first. */
export async function currentDraft(q: Q, decisionId: string) {
  const draft = await q
    .selectFrom('decisionDrafts')
    .selectAll()
    .where('decisionId', '=', decisionId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!draft) return null;
  const articles = await q
    .selectFrom('decisionDraftArticles')
    .select(['id', 'seq', 'heading', 'text'])
    .where('draftId', '=', draft.id)
    .orderBy('seq')
    .execute();
  return {
    id: draft.id,
    version: draft.version,
    title: draft.title,
    explanation: draft.explanation,
    createdOn: draft.createdOn,
    articles,
  };
}
