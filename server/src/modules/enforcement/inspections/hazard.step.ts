import { can, type Actor, type RequestContext } from '../../../core/authz/actor.js';
import { scoped } from '../../../core/authz/scope.js';
import { computeDeadline } from '../../../core/calendar/index.js';
import { isPostgres, type Q, type Trx } from '../../../core/db/database.js';
import type { Deps } from '../../../core/deps.js';
import { notFound } from '../../../core/errors.js';
import {
  auditedPath,
  blockedSteps,
  openSteps,
  playableParties,
  runStep,
  type StepWork,
  type WorkflowAdapter,
} from '../../../core/workflow/index.js';
import { loadCalendar } from '../../calendar/calendar.public.js';
import {
  HAZARD_WORKFLOW,
  type HazardAction,
  type HazardFacts,
  type HazardState,
} from './hazard.workflow.js';
import type { EnforcementHazardsTable } from './inspections.tables.js';

export const HAZARD_OWNER = 'enforcement_hazard';

type HazardRecord = EnforcementHazardsTable & { townPath: string };
type Party = 'team' | 'head';

/** What a step is given: a deadline as a date, or as a count of working days from today. */
export interface HazardInput {
  deadline?: string | undefined;
  workingDays?: number | undefined;
  passed?: boolean | undefined;
}

const townPathOf = async (q: Q, townId: string) =>
  (await q.selectFrom('orgs').select('path').where('id', '=', townId).executeTakeFirstOrThrow())
    .path;

async function lockHazard(trx: Trx, actor: Actor, id: string): Promise<HazardRecord> {
  let q = scoped(trx, actor)
    .selectFrom('enforcementHazards')
    .selectAll()
    .where('enforcementHazards.id', '=', id);
  if (isPostgres(trx)) q = q.forUpdate();
  const row = (await q.executeTakeFirst()) as EnforcementHazardsTable | undefined;
  if (!row) throw notFound('该隐患不存在或不在您的管辖范围内');
  return { ...row, townPath: await townPathOf(trx, row.townId) };
}

/** A 整改期限 given in working days is counted on the work calendar, from the day after today. */
async function deadlineOf(q: Q, day: string, input: HazardInput | undefined) {
  if (input?.deadline) return input.deadline;
  if (input?.workingDays)
    return computeDeadline(await loadCalendar(q), day, input.workingDays, 'working').due;
  return null;
}

const hazardFacts = async (
  q: Q,
  r: EnforcementHazardsTable,
  day: string,
  input?: HazardInput,
): Promise<HazardFacts> => ({
  state: r.status,
  today: day,
  newDeadline: await deadlineOf(q, day, input),
  recheckPassed: input?.passed ?? null,
  rechecked: r.recheckPassed === 1,
});

const partiesOf = (actor: Actor) =>
  new Set<Party>([
    ...(can(actor, 'enforcement.inspection.record') ? (['team'] as const) : []),
    ...(can(actor, 'enforcement.hazard.supervise') ? (['head'] as const) : []),
  ]);

const hazardAdapter: WorkflowAdapter<
  HazardRecord,
  HazardState,
  HazardAction,
  HazardFacts,
  Party,
  HazardInput
> = {
  workflow: HAZARD_WORKFLOW,
  auditPrefix: 'enforcement.hazard',
  targetType: HAZARD_OWNER,
  load: lockHazard,
  idOf: (r) => r.id,
  orgIdOf: (r) => r.orgId,
  townPathOf: (r) => r.townPath,
  facts: (trx, r, env) => hazardFacts(trx, r, env.today, env.input),
  parties: partiesOf,
  update: async (trx, r, patch, state, at) => {
    await trx
      .updateTable('enforcementHazards')
      .set({ ...(patch as Partial<EnforcementHazardsTable>), status: state, updatedAt: at })
      .where('id', '=', r.id)
      .execute();
  },
  auditMeta: (r) => ({ subject: r.subjectName }),
};

export const hazardStep = <V = void>(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  action: HazardAction,
  work?: StepWork<HazardRecord, HazardState, HazardFacts, V>,
  input?: HazardInput,
) => runStep(deps, ctx, hazardAdapter, id, action, work, input ? { input } : {});

/** The caller's buttons and refused steps on a hazard (none for staff above the town). */
export async function hazardAbilities(
  q: Q,
  actor: Actor,
  row: EnforcementHazardsTable,
  day: string,
) {
  const facts = await hazardFacts(q, row, day);
  const parties = playableParties(
    HAZARD_WORKFLOW.parties,
    partiesOf(actor),
    actor,
    await townPathOf(q, row.townId),
  );
  const may = (a: HazardAction) =>
    can(actor, HAZARD_WORKFLOW.transitions[a].permission ?? HAZARD_WORKFLOW.permission);
  return {
    open: [...openSteps(HAZARD_WORKFLOW, facts, parties, may)],
    blocked: blockedSteps(HAZARD_WORKFLOW, facts, parties, may),
  };
}

/** 流转记录 from the audit trail, and the steps ahead of the state. */
export const hazardPath = (q: Q, id: string, state: HazardState) =>
  auditedPath(q, hazardAdapter, id, state);
