import { can, type Actor, type RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import { isPostgres, type Q } from '../../core/db/database.js';
import type { LetterContent } from '../../core/documents/docx-letter.js';
import { today, type Deps } from '../../core/deps.js';
import { conflict, notFound, ruleViolation } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { mutation } from '../../core/mutation.js';
import { assertTownStaff } from '../../core/workflow/index.js';
import { issueLetter } from '../numbering/letter-office.js';
import { commentPeriodDays } from './comment-period.js';
import { commentSummary } from './comments.service.js';
import { DECISION_OWNER } from './decision.step.js';
import type { DecisionsTable } from './decisions.tables.js';
import {
  DECISION_ART as ART,
  NOTICE_KINDS,
  NOTICES,
  type Adoption,
  type NoticeKind,
} from './decisions.vocabulary.js';
import { currentDraft } from './draft.repository.js';
import { hearingTerms } from './hearing-notice.js';
import {
  adoptionNotice,
  commentNotice,
  hearingNotice,
  publicationNotice,
} from './notice-letters.js';

// tenancy: the decision is loaded through scoped(); its notices, draft, hearing and comments are its children

/** 文号 of the town government's own documents (镇政府发文): every notice is issued in the town's name. */
const NUMBER_KIND = 'town_document';

const BASIS: Record<NoticeKind, string> = {
  comment: `${ART.participation}；${ART.commentPeriod}`,
  hearing: `${ART.hearing}；${ART.hearingRecord}`,
  adoption: `${ART.participation}；${ART.publication}`,
  publication: ART.publication,
};

/** Why a notice cannot be issued yet (the step it follows has not happened), or null. */
const NOT_READY: Record<
  NoticeKind,
  (d: DecisionsTable, hearingAnnounced: boolean) => string | null
> = {
  comment: (d) =>
    d.commentOpensOn && d.commentClosesOn ? null : '尚未公开征求意见，不能发布征求意见公告',
  hearing: (_d, announced) => (announced ? null : '尚未登记听证会公告信息，不能发布听证公告'),
  adoption: (d) => (d.commentClosedOn ? null : '征求意见尚未结束，不能发布公众意见采纳情况说明'),
  publication: (d) => (d.publishedOn && d.decisionText ? null : '决策尚未公布，不能发布决策公告'),
};

const hearingOf = (q: Q, decisionId: string) =>
  q
    .selectFrom('decisionHearings')
    .selectAll()
    .where('decisionId', '=', decisionId)
    .executeTakeFirst();

type Hearing = NonNullable<Awaited<ReturnType<typeof hearingOf>>>;

/**
 * Whether an issued 听证公告 no longer announces the hearing: its time, place, matters or participants were
 * changed since (第十六条), and the hearing is not yet held. Other kinds never go out of date.
 */
const outdated = (
  notice: { kind: NoticeKind; hearingTerms: string | null },
  hearing: Hearing | undefined,
): boolean =>
  notice.kind === 'hearing' &&
  hearing !== undefined &&
  !hearing.record &&
  hearingTerms(hearing) !== notice.hearingTerms;

async function contentOf(
  q: Q,
  d: DecisionsTable,
  kind: NoticeKind,
  replaces: string | null,
): Promise<LetterContent> {
  if (kind === 'comment') {
    const draft = await currentDraft(q, d.id);
    return commentNotice({
      draftTitle: draft?.title ?? d.title,
      draftVersion: draft?.version ?? 1,
      leadOffice: d.leadOffice,
      opensOn: d.commentOpensOn!,
      closesOn: d.commentClosesOn!,
      days: commentPeriodDays(d.commentOpensOn!, d.commentClosesOn!),
      shortPeriodReason: d.shortPeriodReason,
    });
  }
  if (kind === 'hearing') {
    const hearing = (await hearingOf(q, d.id))!;
    return hearingNotice({
      title: d.title,
      hearingOn: hearing.hearingOn,
      place: hearing.place,
      matters: hearing.matters,
      selectionRule: hearing.selectionRule,
      participants: JSON.parse(hearing.participants) as { name: string; role: string }[],
      replaces,
    });
  }
  if (kind === 'adoption') {
    const [summary, reasons] = await Promise.all([
      commentSummary(q, d.id),
      q
        .selectFrom('decisionComments')
        .select(['adoption', 'answer'])
        .where('decisionId', '=', d.id)
        .where('moderation', '=', 'shown')
        .where('adoption', 'in', ['partly', 'not_adopted'])
        .orderBy('submittedAt')
        .orderBy('id')
        .execute(),
    ]);
    return adoptionNotice({
      title: d.title,
      opensOn: d.commentOpensOn,
      closesOn: d.commentClosesOn,
      counts: summary,
      reasons: reasons.map((r) => ({ adoption: r.adoption as Adoption, answer: r.answer ?? '' })),
    });
  }
  const summary = d.commentClosedOn ? await commentSummary(q, d.id) : null;
  return publicationNotice({
    title: d.title,
    meetingName: d.meetingName,
    decidedOn: d.decidedOn,
    decisionText: d.decisionText!,
    publishedOn: d.publishedOn!,
    note: d.publicationNote,
    adoption: summary?.text ?? null,
  });
}

/**
 * Issues one of the decision's notices through the letter office (文号 of the town government, GB/T 9704
 * DOCX kept with the decision), once the step it announces has happened. Each kind is issued once: a
 * second request is refused (409 NOTICE_ISSUED) and names the notice already issued — except a 听证公告
 * whose hearing was rescheduled since (第十六条): it is issued anew under a new 文号, and the old one is
 * kept in the trail as superseded.
 */
export async function issueNotice(deps: Deps, ctx: RequestContext, id: string, kind: NoticeKind) {
  const actor = authorize(ctx, 'decisions.handle');
  return mutation(deps, ctx, async (m) => {
    // Locked on PostgreSQL so that two clerks issuing the same notice queue: the second sees the first's.
    let lock = scoped(m.trx, actor)
      .selectFrom('decisions')
      .selectAll()
      .where('decisions.id', '=', id);
    if (isPostgres(m.trx)) lock = lock.forUpdate();
    const d = await lock.executeTakeFirst();
    if (!d) throw notFound('该决策事项不存在或不在您的管辖范围内');
    assertTownStaff(actor, 'decisions.notice.issue');
    const [issued, hearing] = await Promise.all([
      m.trx
        .selectFrom('decisionNotices')
        .selectAll()
        .where('decisionId', '=', d.id)
        .where('kind', '=', kind)
        .executeTakeFirst(),
      hearingOf(m.trx, d.id),
    ]);
    if (issued && !outdated(issued, hearing))
      throw conflict(
        kind === 'hearing'
          ? `${NOTICES[kind]}已经发布（${issued.docNumber}），听证会时间、地点等事项未变更，不能重复发布（条例第十六条）`
          : `${NOTICES[kind]}已经发布（${issued.docNumber}），不能重复发布`,
        'NOTICE_ISSUED',
        { docNumber: issued.docNumber, fileId: issued.fileId },
      );
    const refusal = NOT_READY[kind](d, Boolean(hearing));
    if (refusal) throw ruleViolation(refusal, 'NOTICE_NOT_READY', { basis: BASIS[kind], kind });
    const day = today(deps);
    const letter = await issueLetter(m, deps, {
      townId: d.orgId,
      orgId: d.orgId,
      owner: { type: DECISION_OWNER, id: d.id },
      number: { kind: NUMBER_KIND, register: `${NOTICES[kind]}（${d.title}）` },
      content: await contentOf(m.trx, d, kind, issued?.docNumber ?? null),
      date: day,
      by: actor,
    });
    const values = {
      fileId: letter.file.id,
      docNumber: letter.docNumber!,
      issuedOn: day,
      issuedBy: actor.userId,
      hearingTerms: kind === 'hearing' && hearing ? hearingTerms(hearing) : null,
      createdAt: m.now.toISOString(),
    };
    if (issued) {
      await m.trx
        .insertInto('decisionSupersededNotices')
        .values({
          id: newId(),
          orgId: issued.orgId,
          decisionId: d.id,
          kind,
          fileId: issued.fileId,
          docNumber: issued.docNumber,
          issuedOn: issued.issuedOn,
          issuedBy: issued.issuedBy,
          supersededOn: day,
          supersededBy: letter.docNumber!,
          createdAt: values.createdAt,
        })
        .execute();
      await m.trx.updateTable('decisionNotices').set(values).where('id', '=', issued.id).execute();
    } else
      await m.trx
        .insertInto('decisionNotices')
        .values({ ...values, id: newId(), orgId: d.orgId, decisionId: d.id, kind })
        .execute();
    await m.audit({
      action: issued ? 'decisions.notice.reissued' : 'decisions.notice.issued',
      targetType: DECISION_OWNER,
      targetId: d.id,
      orgId: d.orgId,
      basis: BASIS[kind],
      meta: {
        kind,
        title: NOTICES[kind],
        docNumber: letter.docNumber,
        fileId: letter.file.id,
        ...(issued ? { supersedes: issued.docNumber } : {}),
      },
    });
  });
}

/**
 * The decision's notices in procedure order: issued ones with their file and the ones they superseded,
 * whether an issued one is out of date, and whether the caller may issue (or re-issue) one now.
 */
export async function noticesOf(q: Q, actor: Actor, d: DecisionsTable) {
  const [rows, superseded, hearing] = await Promise.all([
    q.selectFrom('decisionNotices').selectAll().where('decisionId', '=', d.id).execute(),
    q
      .selectFrom('decisionSupersededNotices')
      .select(['kind', 'docNumber', 'fileId', 'issuedOn', 'supersededOn', 'supersededBy'])
      .where('decisionId', '=', d.id)
      .orderBy('createdAt')
      .orderBy('docNumber')
      .execute(),
    hearingOf(q, d.id),
  ]);
  const mayIssue = can(actor, 'decisions.handle') && actor.townId !== null;
  return NOTICE_KINDS.map((kind) => {
    const row = rows.find((r) => r.kind === kind);
    const stale = row ? outdated(row, hearing) : false;
    const blocked = row && !stale ? null : NOT_READY[kind](d, Boolean(hearing));
    return {
      kind,
      label: NOTICES[kind],
      basis: BASIS[kind],
      issued: row ? { docNumber: row.docNumber, fileId: row.fileId, issuedOn: row.issuedOn } : null,
      outdated: stale ? '听证会时间、地点等事项已变更，应重新发布听证公告（条例第十六条）' : null,
      superseded: superseded
        .filter((x) => x.kind === kind)
        .map((x) => ({
          docNumber: x.docNumber,
          fileId: x.fileId,
          issuedOn: x.issuedOn,
          supersededOn: x.supersededOn,
          supersededBy: x.supersededBy,
        })),
      canIssue: mayIssue && (!row || stale) && !blocked,
      blocked,
    };
  });
}
