import type { Actor, RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import type { FilesTable } from '../../../core/db/schema-machinery.js';
import type { Deps } from '../../../core/deps.js';
import { issueNumber } from '../../../core/documents/numbering.js';
import { notFound } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { mutation, type MutationScope } from '../../../core/mutation.js';
import { issueLetter } from '../../numbering/letter-office.js';
import { issuingAuthority } from '../../orgs/orgs.public.js';
import { stopIfOpen } from '../items/item.clock.js';
import { ITEM_OWNER, loadItem } from '../items/item.repository.js';
import { assignStep, closeSteps, submitterOf } from '../items/item.tasks.js';
import { refusalError, runTransition } from '../items/item.transition.js';
import {
  CONCLUSIONS,
  ITEM_TYPES,
  PASSING_CONCLUSIONS,
  type CheckResult,
  type Dimension,
  type OpinionConclusion,
} from '../review.enums.js';
import { materialLabel } from '../review.materials.js';
import { conclusionRefusal, filingTargetOf } from '../review.workflow.js';
import { settingsOf } from '../settings/settings.service.js';
import { bookTitle, opinionLetter, opinionTitle } from './opinion-letter.js';
import { reviewRequiredBy } from '../review-required.js';
import { timelinessOf } from '../timeliness.js';
import { fileRow } from '../../files/files.public.js';

// tenancy: child rows of an item already loaded through scoped()

const OPINION_NUMBER_KIND = 'legality_opinion';

export interface IssueOpinionInput {
  conclusion: OpinionConclusion;
  checklist: Partial<Record<Dimension, CheckResult>>;
  summary: string;
  bases: string[];
  riskStatement?: string | undefined;
}

/** Builds the 合法性审查意见书 DOCX from the stored opinion, stores it and attaches it to the item. */
async function renderOpinion(
  deps: Deps,
  m: MutationScope,
  opinionId: string,
  by: Actor | null,
): Promise<FilesTable> {
  const q = m.trx;
  const o = await q
    .selectFrom('reviewOpinions')
    .selectAll()
    .where('id', '=', opinionId)
    .executeTakeFirstOrThrow();
  const item = await q
    .selectFrom('reviewItems')
    .innerJoin('orgs', 'orgs.id', 'reviewItems.orgId')
    .select([
      'reviewItems.id',
      'reviewItems.title',
      'reviewItems.type',
      'reviewItems.acceptedOn',
      'reviewItems.fields',
      'orgs.name as orgName',
      'orgs.townId',
    ])
    .where('reviewItems.id', '=', o.itemId)
    .executeTakeFirstOrThrow();
  const [materials, findings, advisers, authority, settings, hits] = await Promise.all([
    q
      .selectFrom('reviewMaterials')
      .select('materialKey')
      .distinct()
      .where('itemId', '=', item.id)
      .execute(),
    q
      .selectFrom('reviewFindings')
      .selectAll()
      .where('itemId', '=', item.id)
      .where('version', '=', o.version)
      .orderBy('createdAt')
      .execute(),
    q
      .selectFrom('reviewAdviserOpinions')
      .select(['adviserName', 'text'])
      .where('itemId', '=', item.id)
      .orderBy('createdAt')
      .execute(),
    issuingAuthority(q, item.townId!),
    settingsOf(q, item.townId!),
    q
      .selectFrom('reviewHits')
      .select('basis')
      .where('itemId', '=', item.id)
      .where('version', '=', o.version)
      .execute(),
  ]);
  const keys = ['draft', ...materials.map((r) => r.materialKey).filter((k) => k !== 'draft')];
  const amount = (JSON.parse(item.fields) as { amountFen?: number }).amountFen;
  const county = filingTargetOf(item.type, amount, settings.majorContractThresholdFen) === 'county';
  const letter = opinionLetter({
    itemTitle: item.title,
    typeLabel: ITEM_TYPES[item.type],
    submittingOrg: item.orgName,
    receivedOn: item.acceptedOn,
    materials: keys.map((k) =>
      k === 'draft' ? `${bookTitle(item.title)}（送审稿）` : materialLabel(item.type, k),
    ),
    bases: JSON.parse(o.bases) as string[],
    suggestedBases: hits.flatMap((h) => (h.basis ? [h.basis] : [])),
    checklist: JSON.parse(o.checklist) as Partial<Record<Dimension, CheckResult>>,
    findings,
    adviserOpinions: advisers.map((a) => ({ name: a.adviserName, text: a.text })),
    conclusion: o.conclusion,
    summary: o.summary,
    riskStatement: o.riskStatement,
    reviewerName: o.reviewerName,
    cc: county ? [`${authority.countyName ?? '县'}司法局（合法性审查中心）`] : [],
  });
  const { file } = await issueLetter(m, deps, {
    townId: item.townId!,
    orgId: o.orgId,
    owner: { type: ITEM_OWNER, id: item.id },
    number: { text: o.docNumber ?? '' },
    content: letter,
    date: o.issuedOn,
    fileName: ({ docNumber }) => `${docNumber ?? ''}${opinionTitle(item.title)}.docx`,
    by,
  });
  await q.updateTable('reviewOpinions').set({ fileId: file.id }).where('id', '=', o.id).execute();
  return file;
}

/**
 * 出具合法性审查意见书: takes the 文号, stores the opinion and its DOCX, stops the review clock and hands
 * the item back to the submitter (feedback, or revision). One opinion per text version.
 */
export function issueOpinion(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: IssueOpinionInput,
) {
  return runTransition(
    deps,
    ctx,
    id,
    'issue_opinion',
    async ({ m, item, actor, today, settings }) => {
      const refusal = conclusionRefusal(item.type, input.conclusion);
      if (refusal) throw refusalError(refusal);
      const number = await issueNumber(m, {
        orgId: item.orgId,
        kind: OPINION_NUMBER_KIND,
        year: Number(today.slice(0, 4)),
        title: opinionTitle(item.title),
        subjectType: ITEM_OWNER,
        subjectId: item.id,
        issuedBy: actor.userId,
      });
      const opinionId = newId();
      await m.trx
        .insertInto('reviewOpinions')
        .values({
          id: opinionId,
          itemId: item.id,
          orgId: item.orgId,
          version: item.version,
          conclusion: input.conclusion,
          checklist: JSON.stringify(input.checklist),
          summary: input.summary,
          bases: JSON.stringify(input.bases),
          riskStatement: input.riskStatement ?? null,
          reviewerId: actor.userId,
          reviewerName: actor.displayName,
          issuedOn: today,
          issuedAt: m.now.toISOString(),
          docNumber: number.text,
          docNumberId: number.id,
          fileId: null,
          channel: 'platform',
        })
        .execute();
      const file = await renderOpinion(deps, m, opinionId, actor);
      const clock = await stopIfOpen(m, ctx, item.clockId, today);
      await closeSteps(m, item.id, 'review', 'advise');
      if (PASSING_CONCLUSIONS.includes(input.conclusion))
        await assignStep(m, item, 'feedback', submitterOf(item));
      else if (input.conclusion === 'revise')
        await assignStep(m, item, 'revise', submitterOf(item));
      return {
        patch: {
          conclusion: input.conclusion,
          opinionId,
          opinionIssuedOn: today,
          draftOpinion: null,
        },
        changes: {
          conclusion: {
            before: item.conclusion ? CONCLUSIONS[item.conclusion] : null,
            after: CONCLUSIONS[input.conclusion],
          },
        },
        basis: reviewRequiredBy(item.type),
        meta: {
          opinionId,
          docNumber: number.text,
          fileId: file.id,
          dueDate: clock?.dueDate ?? null,
          inTime: clock ? today <= clock.dueDate : null,
          timeliness: timelinessOf({
            type: item.type,
            dueDate: clock?.dueDate ?? null,
            issuedOn: today,
          }).key,
          deadlineSetBy: settings.periods[item.type].confirmed ? 'statute' : 'town',
        },
      };
    },
  );
}

/**
 * The opinion's DOCX. Opinions recorded without one (the 2024 records loaded as demo data) get it
 * rendered once, on first download; offline reviews have no electronic letter.
 */
export async function opinionDocument(
  deps: Deps,
  ctx: RequestContext,
  itemId: string,
  opinionId: string,
): Promise<FilesTable> {
  const actor = authorize(ctx, 'review.item.read');
  const item = await loadItem(deps.db.kysely, actor, itemId);
  const o = await deps.db.kysely
    .selectFrom('reviewOpinions')
    .select(['id', 'fileId', 'channel', 'docNumber'])
    .where('id', '=', opinionId)
    .where('itemId', '=', item.id)
    .executeTakeFirst();
  if (!o) throw notFound('审查意见书不存在');
  if (o.fileId) return fileRow(deps.db.kysely, o.fileId);
  if (o.channel === 'offline' || !o.docNumber) throw notFound('线下审查的事项没有电子审查意见书');
  return mutation(deps, ctx, async (m) => {
    const again = await m.trx
      .selectFrom('reviewOpinions')
      .select('fileId')
      .where('id', '=', o.id)
      .executeTakeFirstOrThrow();
    if (again.fileId) return fileRow(m.trx, again.fileId);
    const file = await renderOpinion(deps, m, o.id, null);
    await m.audit({
      action: 'review.opinion.rendered',
      targetType: 'review_item',
      targetId: item.id,
      orgId: item.orgId,
      meta: { opinionId: o.id, fileId: file.id, docNumber: o.docNumber },
    });
    return file;
  });
}
