import type { z } from 'zod';
import type { RequestContext } from '../../core/authz/actor.js';
import { today, type Deps } from '../../core/deps.js';
import { badRequest, conflict, ruleViolation } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { mutation } from '../../core/mutation.js';
import { DECISION_OWNER } from './decision.step.js';
import { DECISION_ART as ART } from './decisions.vocabulary.js';
import {
  HEARING_NOTICE_DAYS,
  hearingTerms,
  latestMaterialsDay,
  materialsInTime,
} from './hearing-notice.js';
import { preparingDecision, procedureActor } from './procedure-record.js';
import type { hearingBody, hearingRecordBody } from './procedures.schema.js';

// tenancy: preparingDecision() loads the decision through scoped(); the hearing is its child row

/**
 * 听证会 (条例 第十六条): time, place and matters, the participant selection rule and list published before
 * the hearing, the materials sent at least 7 days before it. Re-announcing replaces the notice until the
 * record is entered.
 */
export async function scheduleHearing(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof hearingBody>,
) {
  const actor = procedureActor(ctx);
  return mutation(deps, ctx, async (m) => {
    const d = await preparingDecision(m, actor, id, 'decisions.hearing.schedule');
    const day = today(deps);
    if (input.announcedOn > day) throw badRequest('公告日期不能晚于今天', { field: 'announcedOn' });
    if (input.materialsSentOn > day)
      throw badRequest('材料送达日期不能晚于今天', { field: 'materialsSentOn' });
    // 第十六条第三款: 遴选办法和参加人名单提前公布.
    if (input.announcedOn >= input.hearingOn)
      throw ruleViolation(
        '听证参加人遴选办法、名单和听证时间地点应当在听证会前向社会公布（条例第十六条）',
        'HEARING_NOT_ANNOUNCED',
        { basis: ART.hearing },
      );
    // 第十六条第三款: 材料于听证会7日前送达.
    if (!materialsInTime(input.materialsSentOn, input.hearingOn))
      throw ruleViolation(
        `听证会材料应当于召开听证会${HEARING_NOTICE_DAYS}日前送达听证参加人，最迟 ${latestMaterialsDay(input.hearingOn)}（条例第十六条）`,
        'HEARING_MATERIALS_LATE',
        { basis: ART.hearing, latest: latestMaterialsDay(input.hearingOn) },
      );
    const existing = await m.trx
      .selectFrom('decisionHearings')
      .select(['id', 'record'])
      .where('decisionId', '=', d.id)
      .executeTakeFirst();
    if (existing?.record)
      throw conflict('听证会记录已录入，不能再变更听证公告', 'HEARING_RECORDED');
    const at = m.now.toISOString();
    const values = {
      hearingOn: input.hearingOn,
      place: input.place,
      matters: input.matters,
      selectionRule: input.selectionRule,
      participants: JSON.stringify(input.participants),
      announcedOn: input.announcedOn,
      materialsSentOn: input.materialsSentOn,
      updatedAt: at,
    };
    if (existing)
      await m.trx
        .updateTable('decisionHearings')
        .set(values)
        .where('id', '=', existing.id)
        .execute();
    else
      await m.trx
        .insertInto('decisionHearings')
        .values({
          ...values,
          id: newId(),
          orgId: d.orgId,
          decisionId: d.id,
          record: null,
          recordedOn: null,
          createdAt: at,
        })
        .execute();
    await m.audit({
      action: existing ? 'decisions.hearing.rescheduled' : 'decisions.hearing.scheduled',
      targetType: DECISION_OWNER,
      targetId: d.id,
      orgId: d.orgId,
      basis: ART.hearing,
      meta: {
        hearingOn: input.hearingOn,
        place: input.place,
        participants: input.participants.length,
        materialsSentOn: input.materialsSentOn,
      },
    });
  });
}

/** 听证会记录 (第十七条): entered once the hearing is held, after the participants confirmed and signed it. */
export async function recordHearing(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: z.infer<typeof hearingRecordBody>,
) {
  const actor = procedureActor(ctx);
  return mutation(deps, ctx, async (m) => {
    const d = await preparingDecision(m, actor, id, 'decisions.hearing.record');
    const [hearing, notice] = await Promise.all([
      m.trx
        .selectFrom('decisionHearings')
        .selectAll()
        .where('decisionId', '=', d.id)
        .executeTakeFirst(),
      m.trx
        .selectFrom('decisionNotices')
        .select(['docNumber', 'hearingTerms'])
        .where('decisionId', '=', d.id)
        .where('kind', '=', 'hearing')
        .executeTakeFirst(),
    ]);
    if (!hearing) throw conflict('尚未公告听证会，不能录入听证会记录', 'HEARING_NOT_SCHEDULED');
    // 第十六条: the hearing held is the one announced. Once the record is in, the hearing cannot be
    // changed (HEARING_RECORDED), so the 听证公告 that stands is never out of date afterwards.
    if (notice && notice.hearingTerms !== hearingTerms(hearing))
      throw ruleViolation(
        `已发布的听证公告（${notice.docNumber}）与变更后的听证会时间、地点等事项不一致，应先重新发布听证公告，再录入听证会记录（条例第十六条）`,
        'HEARING_NOTICE_OUTDATED',
        { basis: ART.hearing, docNumber: notice.docNumber },
      );
    if (input.recordedOn < hearing.hearingOn || input.recordedOn > today(deps))
      throw ruleViolation(
        `听证会记录在听证会（${hearing.hearingOn}）举行后录入，日期不能早于听证会或晚于今天`,
        'HEARING_NOT_HELD',
        { basis: ART.hearingRecord, hearingOn: hearing.hearingOn },
      );
    await m.trx
      .updateTable('decisionHearings')
      .set({ record: input.record, recordedOn: input.recordedOn, updatedAt: m.now.toISOString() })
      .where('id', '=', hearing.id)
      .execute();
    await m.audit({
      action: 'decisions.hearing.recorded',
      targetType: DECISION_OWNER,
      targetId: d.id,
      orgId: d.orgId,
      basis: ART.hearingRecord,
      meta: { hearingOn: hearing.hearingOn, recordedOn: input.recordedOn },
    });
  });
}
