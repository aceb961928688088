import { can, type Actor } from '../../../core/authz/actor.js';
import { townRecordWorkflow, type TownRecord } from '../../../core/workflow/index.js';
import type { LegalAidApplicationsTable } from '../legal-services.tables.js';
import { advanceAllowed } from './advance-provision.js';
import { AID_WORKFLOW, type AidAction, type AidFacts, type AidState } from './aid.workflow.js';

export const AID_OWNER = 'legal_aid_application';

export type AidRecord = TownRecord<LegalAidApplicationsTable>;
type Party = 'station';

/** What a step is given beyond the record: the objection's outcome. */
interface StepInput {
  objectionUpheld?: boolean | undefined;
}

const aidFacts = (r: LegalAidApplicationsTable, today: string, input?: StepInput): AidFacts => ({
  state: r.status,
  matter: r.matter,
  method: r.meansMethod,
  pledgeSigned: r.pledgeSigned === 1,
  exemption: r.exemption,
  advanceAllowed: advanceAllowed(today, r.deadlineOn, r.urgentPreservation === 1),
  materialsOverdue: r.materialsDueOn !== null && today > r.materialsDueOn,
  objectionUpheld: input?.objectionUpheld ?? null,
});

const partiesOf = (actor: Actor) =>
  new Set<Party>(can(actor, 'legal_services.aid.handle') ? ['station'] : []);

const applications = townRecordWorkflow<
  LegalAidApplicationsTable,
  AidState,
  AidAction,
  AidFacts,
  Party,
  StepInput
>({
  table: 'legalAidApplications',
  workflow: AID_WORKFLOW,
  auditPrefix: 'legal_services.aid',
  targetType: AID_OWNER,
  notFoundMessage: '该法律援助申请不存在或不在您的管辖范围内',
  facts: (_q, r, day, input) => aidFacts(r, day, input),
  parties: partiesOf,
  auditMeta: (r) => ({ appNo: r.appNo, matter: r.matter }),
});

export const aidStep = applications.step;

/** The caller's buttons and refused steps on an application (none for staff above the town). */
export const aidAbilities = applications.abilities;

/** 流转记录 from the audit trail, and the steps ahead of the state. */
export const aidPath = applications.path;
