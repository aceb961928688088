import { sql } from 'kysely';
import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { scoped } from '../../../core/authz/scope.js';
import { today, type Deps } from '../../../core/deps.js';
import { badRequest } from '../../../core/errors.js';
import { offsetOf } from '../../../core/http/paging.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { readWithin } from '../../orgs/orgs.public.js';
import { ASSISTANCE_SUBTYPES } from '../legal-services.vocabulary.js';
import type { LegalAssistanceRecordsTable } from '../legal-services.tables.js';
import { stationActor } from '../station/station-town.js';

// tenancy: reads start from scoped(); a new record is the caller's town's

interface AssistanceInput {
  subtype: string;
  requester: string;
  caseRef?: string | undefined;
  receivedOn: string;
  doneOn?: string | undefined;
  handlerName: string;
  summary: string;
  result?: string | undefined;
}

const present = (r: LegalAssistanceRecordsTable) => ({
  id: r.id,
  subtype: r.subtype,
  requester: r.requester,
  caseRef: r.caseRef,
  receivedOn: r.receivedOn,
  doneOn: r.doneOn,
  handlerName: r.handlerName,
  summary: r.summary,
  result: r.result,
});

/**
 * 司法协助: help the town gives a court or another organ — 协助送达、调查、执行、社区矫正调查评估, or any
 * other kind the requester names (a local practice, not a statute's list: the subtype is free text).
 */
export async function recordAssistance(deps: Deps, ctx: RequestContext, input: AssistanceInput) {
  const { actor, townId } = stationActor(
    ctx,
    'legal_services.assistance.record',
    'legal_services.assistance.create',
  );
  const day = today(deps);
  if (input.receivedOn > day) throw badRequest('收到日期不能晚于今天', { field: 'receivedOn' });
  if (input.doneOn && (input.doneOn < input.receivedOn || input.doneOn > day))
    throw badRequest('完成日期应在收到日期与今天之间', { field: 'doneOn' });
  return mutation(deps, ctx, async (m) => {
    const row: LegalAssistanceRecordsTable = {
      id: newId(),
      orgId: townId,
      subtype: input.subtype,
      requester: input.requester,
      caseRef: input.caseRef ?? null,
      receivedOn: input.receivedOn,
      doneOn: input.doneOn ?? null,
      handlerName: input.handlerName,
      summary: input.summary,
      result: input.result ?? null,
      createdBy: actor.userId,
      createdAt: m.now.toISOString(),
    };
    await m.trx.insertInto('legalAssistanceRecords').values(row).execute();
    await m.audit({
      action: 'legal_services.assistance.recorded',
      targetType: 'legal_assistance',
      targetId: row.id,
      orgId: townId,
      meta: { subtype: row.subtype, requester: row.requester, receivedOn: row.receivedOn },
    });
    return present(row);
  });
}

export async function listAssistance(
  deps: Deps,
  ctx: RequestContext,
  f: { orgId?: string | undefined; year?: number | undefined; page: number; pageSize: number },
) {
  authorize(ctx, 'legal_services.assistance.read');
  const within = await readWithin(deps.db.kysely, ctx, f.orgId);
  let base = scoped(deps.db.kysely, within.actor!).selectFrom('legalAssistanceRecords').selectAll();
  if (f.year)
    base = base
      .where('receivedOn', '>=', `${f.year}-01-01`)
      .where('receivedOn', '<=', `${f.year}-12-31`);
  const [{ n }, rows] = await Promise.all([
    base
      .clearSelect()
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
    base
      .orderBy('receivedOn', 'desc')
      .orderBy('id', 'desc')
      .limit(f.pageSize)
      .offset(offsetOf(f))
      .execute(),
  ]);
  return {
    items: rows.map(present),
    total: Number(n),
    page: f.page,
    pageSize: f.pageSize,
    subtypes: ASSISTANCE_SUBTYPES,
  };
}
