import type { RequestContext } from '../../../core/authz/actor.js';
import { workingDaysAfter } from '../../../core/calendar/index.js';
import type { Deps } from '../../../core/deps.js';
import { badRequest, ruleViolation } from '../../../core/errors.js';
import { attachFile } from '../../../core/files/attach.js';
import { newId } from '../../../core/ids.js';
import { loadCalendar } from '../../calendar/calendar.public.js';
import { parseFields } from '../review.fields.js';
import { MJD_MIN_WORKING_DAYS } from '../review.settings.js';
import { storeHits } from '../work/prereview.js';
import { resumeIfPaused, startReviewClock, stopIfOpen } from './item.clock.js';
import { currentVersion, insertVersion, ITEM_OWNER } from './item.repository.js';
import { assignStep, closeSteps, notifyReturned, submitterOf } from './item.tasks.js';
import { runTransition, type StepContext } from './item.transition.js';
import { materialsRuleOf } from '../review-required.js';
import {
  preReviewForStep,
  unchangedSince,
  type NextText,
  type PreparedText,
} from './pre-review-step.js';
import { sameOfficeNote, sameOfficeOf } from './same-office.js';

/** 送审 → 受理 (or 退回补正) → … ; 撤回 and 归档. The review itself is in ../work. */

/** A new text version from the submitter (补正 or 修改后重新报审), stored with the hits found before the transaction. */
export async function addVersion(
  s: StepContext,
  input: NextText & { note?: string | undefined },
  prepared: PreparedText | null,
) {
  const { m, item, actor } = s;
  if (input.text && input.docxFileId) throw badRequest('修改稿全文和 Word 文档请二选一');
  const { text, fields, hits } = unchangedSince(prepared, item);
  const version = item.version + 1;
  await insertVersion(m.trx, {
    itemId: item.id,
    orgId: item.orgId,
    version,
    text,
    fields,
    source: input.docxFileId ? 'docx' : 'text',
    sourceFileId: input.docxFileId ?? null,
    note: input.note ?? null,
    createdBy: actor.userId,
    at: m.now.toISOString(),
  });
  if (input.docxFileId) {
    await attachFile(m, {
      fileId: input.docxFileId,
      ownerType: ITEM_OWNER,
      ownerId: item.id,
      orgId: item.orgId,
      by: actor,
    });
    await m.trx
      .insertInto('reviewMaterials')
      .values({
        id: newId(),
        itemId: item.id,
        orgId: item.orgId,
        materialKey: 'draft',
        fileId: input.docxFileId,
        note: `第 ${version} 稿`,
        addedBy: actor.userId,
        addedAt: m.now.toISOString(),
      })
      .execute();
  }
  const pre = await storeHits(m.trx, { itemId: item.id, orgId: item.orgId, version }, hits);
  return { version, fields, pre };
}

export async function submitItem(deps: Deps, ctx: RequestContext, id: string) {
  // 智能预审 runs before the transaction opens; the transaction writes its hits.
  const prepared = await preReviewForStep(deps, ctx, id, 'submit');
  return runTransition(deps, ctx, id, 'submit', async ({ m, item, actor, today }) => {
    const version = await currentVersion(m.trx, item.id, item.version);
    if (!version?.text.trim()) throw badRequest('请先填写或上传送审稿全文，再送审');
    const fields = parseFields(item.fields);
    if (item.type === 'major_decision' && fields.plannedDecisionDate) {
      // 条例 art 26: the submitter must leave the reviewer at least 7 working days.
      const days = workingDaysAfter(await loadCalendar(m.trx), today, fields.plannedDecisionDate);
      if (days < MJD_MIN_WORKING_DAYS) {
        throw ruleViolation(
          `依据《重大行政决策程序暂行条例》第二十六条，送请合法性审查应当保证必要的审查时间，一般不少于${MJD_MIN_WORKING_DAYS}个工作日；拟提交讨论日期 ${fields.plannedDecisionDate} 距今只有 ${days} 个工作日`,
          'REVIEW_TIME_TOO_SHORT',
          { basis: '《重大行政决策程序暂行条例》第二十六条', workingDays: days },
        );
      }
    }
    const { hits } = unchangedSince(prepared, item, version.text);
    const pre = await storeHits(
      m.trx,
      { itemId: item.id, orgId: item.orgId, version: item.version },
      hits,
    );
    await assignStep(m, { ...item, submittedBy: actor.userId }, 'accept', { coordinators: true });
    return {
      patch: {
        submittedBy: item.submittedBy ?? actor.userId,
        submittedAt: item.submittedAt ?? m.now.toISOString(),
      },
      meta: { preReview: pre },
    };
  });
}

/** 党建综合办 sends an incomplete submission back (no clock runs yet). */
export function returnForCorrection(deps: Deps, ctx: RequestContext, id: string, reason: string) {
  return runTransition(deps, ctx, id, 'return_for_correction', async ({ m, item, facts }) => {
    await closeSteps(m, item.id, 'accept');
    await assignStep(m, item, 'correct', submitterOf(item));
    await notifyReturned(m, item, '退回补正', reason);
    return {
      patch: { returnedFrom: 'submitted' },
      note: reason,
      basis: materialsRuleOf(item.type),
      meta: { missing: facts.missingMaterials },
    };
  });
}

export function acceptItem(deps: Deps, ctx: RequestContext, id: string) {
  return runTransition(deps, ctx, id, 'accept', async ({ m, item, actor, settings, today }) => {
    const sameOffice = sameOfficeOf(item, actor);
    const clock = await startReviewClock(m, item, settings, today);
    await closeSteps(m, item.id, 'accept');
    await assignStep(m, item, 'review', { role: 'legal_reviewer' }, clock.id);
    // 条例 art 28: the reviewer must obtain the legal adviser's opinion on a major decision.
    if (item.type === 'major_decision')
      await assignStep(m, item, 'advise', { role: 'legal_adviser' }, clock.id);
    return {
      patch: { acceptedOn: today, clockId: clock.id },
      note: sameOfficeNote(sameOffice),
      meta: {
        clockId: clock.id,
        dueDate: clock.dueDate,
        limitDays: clock.limitDays,
        ...(sameOffice ? { sameOffice } : {}),
      },
    };
  });
}

/** The submitter supplies what was missing; a corrected text becomes a new, pre-reviewed version. */
export async function resubmitItem(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: NextText & { note?: string | undefined },
) {
  const changed =
    input.text !== undefined || input.docxFileId !== undefined || input.fields !== undefined;
  const prepared = changed ? await preReviewForStep(deps, ctx, id, 'resubmit', input) : null;
  return runTransition(deps, ctx, id, 'resubmit', async (s) => {
    const { m, item, to, today } = s;
    const next = changed ? await addVersion(s, input, prepared) : null;
    const resumed = await resumeIfPaused(m, ctx, item.clockId, today);
    await closeSteps(m, item.id, 'correct');
    if (to === 'submitted') await assignStep(m, item, 'accept', { coordinators: true });
    else await assignStep(m, item, 'review', { role: 'legal_reviewer' }, item.clockId);
    return {
      patch: {
        returnedFrom: null,
        ...(next ? { version: next.version, fields: next.fields } : {}),
      },
      note: input.note ?? null,
      meta: { clockResumed: resumed, ...(next ? { preReview: next.pre } : {}) },
    };
  });
}

export function withdrawItem(deps: Deps, ctx: RequestContext, id: string, reason: string) {
  return runTransition(deps, ctx, id, 'withdraw', async ({ m, item, today }) => {
    await stopIfOpen(m, ctx, item.clockId, today);
    await closeSteps(m, item.id);
    return { note: reason };
  });
}

export function archiveItem(deps: Deps, ctx: RequestContext, id: string) {
  return runTransition(deps, ctx, id, 'archive', async ({ m, item }) => {
    await closeSteps(m, item.id);
    return { patch: { archivedAt: m.now.toISOString() } };
  });
}
