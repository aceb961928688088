import type { RequestContext } from '../../../core/authz/actor.js';
import { today, type Deps } from '../../../core/deps.js';
import { badRequest } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { mutation, type MutationScope } from '../../../core/mutation.js';
import { createTask } from '../../../core/tasks/tasks.js';
import { startClock, stopClock } from '../../calendar/calendar.public.js';
import { stationActor } from '../station/station-town.js';
import {
  AID_ART as ART,
  AID_MATTERS,
  type AidMatter,
  type Exemption,
  type MeansMethod,
} from '../legal-services.vocabulary.js';
import type { LegalAidApplicationsTable } from '../legal-services.tables.js';
import type { AidPeriod } from './aid-period.js';
import { AID_OWNER } from './aid.step.js';

// tenancy: a new application is the caller's town's; each step loads it through scoped()

export interface NewApplication {
  applicantName: string;
  applicantPhone?: string | undefined;
  matter: AidMatter;
  summary: string;
  meansMethod: MeansMethod;
  pledgeSigned?: boolean | undefined;
  exemption?: Exemption | undefined;
  deadlineOn?: string | undefined;
  urgentPreservation?: boolean | undefined;
  receivedOn?: string | undefined;
}

/** 受理编号: the next number of the town's year, gap-free (the numbering sequence, in the transaction). */
async function applicationNo(m: MutationScope, townId: string, year: number) {
  const { lastValue } = await m.trx
    .insertInto('docNumberSequences')
    .values({ orgId: townId, kind: 'legal_aid', year, lastValue: 1 })
    .onConflict((oc) =>
      oc
        .columns(['orgId', 'kind', 'year'])
        .doUpdateSet((eb) => ({ lastValue: eb('docNumberSequences.lastValue', '+', 1) })),
    )
    .returning('lastValue')
    .executeTakeFirstOrThrow();
  return `援受〔${year}〕${String(lastValue).padStart(3, '0')}号`;
}

/**
 * Starts one of the application's statutory clocks (its article is the clock's basis) and puts the
 * period in the town's 窗口人员' 我的待办 (the station records each step, the centre's too); the task
 * closes when the step that satisfies the period stops the clock.
 */
export async function startAidClock(
  m: MutationScope,
  r: Pick<LegalAidApplicationsTable, 'id' | 'orgId' | 'appNo'>,
  p: AidPeriod,
  on: string,
) {
  const clock = await startClock(m, {
    orgId: r.orgId,
    subjectType: AID_OWNER,
    subjectId: r.id,
    purpose: p.purpose,
    startDate: on,
    limitDays: p.limitDays,
    unit: p.unit,
    basis: p.basis,
  });
  await createTask(m, {
    orgId: r.orgId,
    module: 'legal-services',
    kind: `legal-services.${p.purpose}`,
    subjectType: AID_OWNER,
    subjectId: r.id,
    title: `${p.label}：${r.appNo}`,
    assigneeRole: 'window_clerk',
    clockId: clock.id,
    link: `/legal-services/aid/${r.id}`,
  });
  return clock;
}

export const stopAidClock = async (
  m: MutationScope,
  ctx: RequestContext,
  clockId: string | null,
  on: string,
) => {
  if (clockId) await stopClock(m, ctx, clockId, { on });
};

/**
 * 受理: the station takes a legal-aid application (宁波市法治乡村建设促进条例 第二十二条) with its matter
 * (《法律援助法》第三十一条 / 第三十二条) and how hardship is shown (第四十一条 pledge, 第四十二条 exemption);
 * the means test itself is the forwarding step's guard, so an incomplete file is kept and explained.
 */
export async function createApplication(deps: Deps, ctx: RequestContext, input: NewApplication) {
  const { actor, townId } = stationActor(
    ctx,
    'legal_services.aid.handle',
    'legal_services.aid.create',
  );
  const day = today(deps);
  const receivedOn = input.receivedOn ?? day;
  if (receivedOn > day) throw badRequest('受理日期不能晚于今天', { field: 'receivedOn' });
  if (input.meansMethod !== 'exempt' && input.exemption)
    throw badRequest('只有免予核查经济困难状况的申请才填写免查情形', { field: 'exemption' });
  return mutation(deps, ctx, async (m) => {
    const at = m.now.toISOString();
    const row: LegalAidApplicationsTable = {
      id: newId(),
      orgId: townId,
      appNo: await applicationNo(m, townId, Number(receivedOn.slice(0, 4))),
      applicantName: input.applicantName,
      applicantPhone: input.applicantPhone ?? null,
      matter: input.matter,
      summary: input.summary,
      meansMethod: input.meansMethod,
      pledgeSigned: input.pledgeSigned ? 1 : 0,
      exemption: input.exemption ?? null,
      deadlineOn: input.deadlineOn ?? null,
      urgentPreservation: input.urgentPreservation ? 1 : 0,
      receivedOn,
      status: 'received',
      centre: null,
      forwardedOn: null,
      decisionClockId: null,
      decisionDue: null,
      materialsList: null,
      materialsRequestedOn: null,
      materialsDueOn: null,
      materialsSuppliedOn: null,
      decidedOn: null,
      advanced: 0,
      refusalReason: null,
      assignClockId: null,
      assignDue: null,
      assignedOn: null,
      lawyerName: null,
      lawyerFirm: null,
      objectedOn: null,
      objectionClockId: null,
      objectionDue: null,
      objectionResult: null,
      objectionDecidedOn: null,
      closedOn: null,
      closingNote: null,
      createdBy: actor.userId,
      createdAt: at,
      updatedAt: at,
    };
    await m.trx.insertInto('legalAidApplications').values(row).execute();
    await m.audit({
      action: 'legal_services.aid.received',
      targetType: AID_OWNER,
      targetId: row.id,
      orgId: townId,
      basis: `${AID_MATTERS[input.matter].article === 32 ? ART.noMeansTest : ART.civilMatters}；${ART.station}`,
      meta: { appNo: row.appNo, matter: input.matter, meansMethod: input.meansMethod },
    });
    return { id: row.id };
  });
}
