import { can, type Actor } from '../../../core/authz/actor.js';
import { computeDeadline } from '../../../core/calendar/index.js';
import type { Q } from '../../../core/db/database.js';
import { townRecordWorkflow } from '../../../core/workflow/index.js';
import { loadCalendar } from '../../calendar/calendar.public.js';
import {
  HAZARD_WORKFLOW,
  type HazardAction,
  type HazardFacts,
  type HazardState,
} from './hazard.workflow.js';
import type { EnforcementHazardsTable } from './inspections.tables.js';

export const HAZARD_OWNER = 'enforcement_hazard';

type Party = 'team' | 'head';

/** What a step is given: a deadline as a date, or as a count of working days from today. */
export interface HazardInput {
  deadline?: string | undefined;
  workingDays?: number | undefined;
  passed?: boolean | undefined;
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

const hazards = townRecordWorkflow<
  EnforcementHazardsTable,
  HazardState,
  HazardAction,
  HazardFacts,
  Party,
  HazardInput
>({
  table: 'enforcementHazards',
  workflow: HAZARD_WORKFLOW,
  auditPrefix: 'enforcement.hazard',
  targetType: HAZARD_OWNER,
  notFoundMessage: '该隐患不存在或不在您的管辖范围内',
  facts: hazardFacts,
  parties: partiesOf,
  auditMeta: (r) => ({ subject: r.subjectName }),
});

export const hazardStep = hazards.step;
export const hazardAbilities = hazards.abilities;
export const hazardPath = hazards.path;
