import { can, type Actor } from '../../core/authz/actor.js';
import { townRecordWorkflow } from '../../core/workflow/index.js';
import {
  LITIGATION_WORKFLOW,
  type LitigationAction,
  type LitigationFacts,
  type LitigationState,
} from './case.workflow.js';
import type { LitigationCasesTable } from './litigation.tables.js';
import type { AppealedBy } from './litigation.vocabulary.js';

export const LITIGATION_OWNER = 'litigation_case';

type Party = 'office';

/** What a step is given beyond the record: the outcome, or the appearance at the hearing. */
interface StepInput {
  outcome?: string | undefined;
  appeal?: { by: AppealedBy; on: string };
  leaderAppeared?: boolean | undefined;
  standIns?: string | undefined;
  absenceExplanation?: string | undefined;
}

const caseFacts = (r: LitigationCasesTable, input?: StepInput): LitigationFacts => ({
  state: r.status,
  kind: r.kind,
  // The latest 会商's stage (litigationConsultations holds each one): after an appeal, one held since.
  consulted: r.status === 'appealed' ? r.consultStage === 'appealed' : r.consultedOn !== null,
  consultedSinceDecision: r.consultStage === 'concluded',
  appealable:
    r.kind === 'litigation' &&
    (r.decisionForm === 'judgment' || r.decisionForm === 'ruling') &&
    r.appealedOn === null,
  appealedBy: r.appealedBy,
  appealDue: r.appealDue,
  appeal: input?.appeal ?? null,
  outcome: input?.outcome ?? null,
  leaderAppeared: input?.leaderAppeared ?? null,
  standIns: input?.standIns?.trim() || null,
  absenceExplanation: input?.absenceExplanation?.trim() || null,
});

const partiesOf = (actor: Actor) =>
  new Set<Party>(
    can(actor, 'litigation.case.handle') || can(actor, 'litigation.consult.record')
      ? ['office']
      : [],
  );

const cases = townRecordWorkflow<
  LitigationCasesTable,
  LitigationState,
  LitigationAction,
  LitigationFacts,
  Party,
  StepInput
>({
  table: 'litigationCases',
  workflow: LITIGATION_WORKFLOW,
  auditPrefix: 'litigation.case',
  targetType: LITIGATION_OWNER,
  notFoundMessage: '该案件不存在或不在您的管辖范围内',
  facts: (_q, r, _day, input) => caseFacts(r, input),
  parties: partiesOf,
  auditMeta: (r) => ({ caseNo: r.caseNo, kind: r.kind }),
});

export const caseStep = cases.step;
export const caseAbilities = cases.abilities;
export const casePath = cases.path;
