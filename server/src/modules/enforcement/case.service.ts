import { sql } from 'kysely';
import type { Actor, RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import { today, type Deps } from '../../core/deps.js';
import { badRequest } from '../../core/errors.js';
import { fixedQuery } from '../../core/db/fixed-query.js';
import { newId } from '../../core/ids.js';
import { mutation, type MutationScope } from '../../core/mutation.js';
import { CASE_OWNER } from './case.step.js';
import type { EnforcementCasesTable } from './enforcement.tables.js';
import {
  ART,
  type AuthorityBasis,
  type EnforcementField,
  type PartyKind,
  type Procedure,
} from './enforcement.vocabulary.js';

// tenancy: the entrustment and officers are looked up within the creator's town (scoped)

interface NewCaseInput {
  title: string;
  field: EnforcementField;
  authorityBasis: AuthorityBasis;
  entrustmentId?: string | undefined;
  partyName: string;
  partyKind: PartyKind;
  partyAddress?: string | undefined;
  facts: string;
  major?: boolean | undefined;
  officerIds: string[];
  procedure?: Procedure | undefined;
}

const nextCaseNumber = fixedQuery<{ townId: string; year: number }, { lastValue: number }>((q, s) =>
  q
    .insertInto('docNumberSequences')
    .values({ orgId: s.townId, kind: 'enforcement_case', year: s.year, lastValue: 1 })
    .onConflict((oc) =>
      oc
        .columns(['orgId', 'kind', 'year'])
        .doUpdateSet((eb) => ({ lastValue: eb('docNumberSequences.lastValue', '+', 1) })),
    )
    .returning('lastValue'),
);

const insertCase = fixedQuery((q, row: EnforcementCasesTable) =>
  q.insertInto('enforcementCases').values(row),
);

async function caseNo(m: MutationScope, townId: string, year: number) {
  const [next] = await nextCaseNumber(m.trx, { townId, year });
  return `综执案〔${year}〕${next!.lastValue}号`;
}

/**
 * Of what a new case names, what is the town's own, in one read: the entrustment (its 委托书, 行政处罚法
 * 第二十条) and the officers (its staff), each within the actor's scope.
 */
async function townNamed(
  q: Q,
  actor: Actor,
  townId: string,
  entrustmentId: string | undefined,
  officers: string[],
) {
  const row = await q
    .selectNoFrom([
      (entrustmentId === undefined
        ? sql<number>`0`
        : scoped(q, actor)
            .selectFrom('enforcementEntrustments')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('id', '=', entrustmentId)
            .where('orgId', '=', townId)
      ).as('entrustments'),
      (officers.length === 0
        ? sql<number>`0`
        : scoped(q, actor)
            .selectFrom('users')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('id', 'in', officers)
            .where('orgId', 'in', q.selectFrom('orgs').select('id').where('townId', '=', townId))
      ).as('officers'),
    ])
    .executeTakeFirstOrThrow();
  return { entrustments: Number(row.entrustments), officers: Number(row.officers) };
}

/**
 * A 线索 registered by the enforcement team; 立案 follows on approval (行政处罚法 第五十四条). A 简易程序
 * case is recorded at 当场处罚, where the officers decide on the spot (art 51).
 */
export async function createCase(deps: Deps, ctx: RequestContext, input: NewCaseInput) {
  const actor = authorize(ctx, 'enforcement.case.handle');
  const q = deps.db.kysely;
  // The town of the actor's own org, known from the session (no read).
  const townId = actor.townId;
  if (!townId) throw badRequest('只有乡镇综合行政执法队可以登记案件线索');
  const entrusted = input.authorityBasis === 'entrusted';
  if (entrusted && !input.entrustmentId)
    throw badRequest('委托执法案件须选择委托书', { field: 'entrustmentId', basis: ART.entrust });
  const officers = [...new Set(input.officerIds)];
  const found = await townNamed(
    q,
    actor,
    townId,
    entrusted ? input.entrustmentId : undefined,
    officers,
  );
  if (entrusted && found.entrustments === 0)
    throw badRequest('委托书不存在或不属于本镇', { field: 'entrustmentId' });
  if (found.officers !== officers.length)
    throw badRequest('办案人员须为本镇账号', { field: 'officerIds' });
  const day = today(deps);
  return mutation(deps, ctx, async (m) => {
    const id = newId();
    const at = m.now.toISOString();
    const row: EnforcementCasesTable = {
      id,
      orgId: actor.orgId,
      townId,
      caseNo: await caseNo(m, townId, Number(day.slice(0, 4))),
      title: input.title,
      field: input.field,
      authorityBasis: input.authorityBasis,
      entrustmentId: input.authorityBasis === 'entrusted' ? (input.entrustmentId ?? null) : null,
      partyName: input.partyName,
      partyKind: input.partyKind,
      partyAddress: input.partyAddress ?? null,
      facts: input.facts,
      major: input.major ? 1 : 0,
      status: input.procedure === 'simple' ? 'on_spot' : 'clue',
      clueOn: day,
      officerIds: JSON.stringify(officers),
      filedOn: null,
      investigatedOn: null,
      proposedFine: null,
      noticedOn: null,
      noticeDocNo: null,
      noticeFileId: null,
      hearingRequestedOn: null,
      heardOn: null,
      legalReviewedOn: null,
      legalReviewOpinion: null,
      discussedOn: null,
      extensionDays: 0,
      extensionReason: null,
      extensionApprover: null,
      decidedOn: null,
      fine: null,
      penalty: null,
      decisionDocNo: null,
      decisionFileId: null,
      servedOn: null,
      paidOn: null,
      closedOn: null,
      endingReason: null,
      procedure: input.procedure ?? 'general',
      reportedOn: null,
      collectedOn: null,
      collectionGround: null,
      receiptNo: null,
      handedOverOn: null,
      urgedOn: null,
      urgeDocNo: null,
      urgeFileId: null,
      courtAppliedOn: null,
      courtName: null,
      surchargeFen: null,
      publishable: null,
      publishedOn: null,
      decisionChangedOn: null,
      publicationWithdrawnOn: null,
      publicationWithdrawalReason: null,
      importedOn: null,
      decisionClockId: null,
      serviceClockId: null,
      publicationClockId: null,
      paymentClockId: null,
      reportClockId: null,
      createdBy: actor.userId,
      createdAt: at,
      updatedAt: at,
    };
    await insertCase(m.trx, row);
    await m.audit({
      action: 'enforcement.case.registered',
      targetType: CASE_OWNER,
      targetId: id,
      orgId: actor.orgId,
      basis: row.procedure === 'simple' ? ART.simple : ART.filing,
      meta: {
        caseNo: row.caseNo,
        field: input.field,
        authorityBasis: input.authorityBasis,
        procedure: row.procedure,
      },
    });
    return { id };
  });
}
