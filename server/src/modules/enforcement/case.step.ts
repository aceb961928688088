import { can, type Actor } from '../../core/authz/actor.js';
import {
  addDays,
  computeDeadline,
  workingDaysAfter,
  type WorkCalendar,
} from '../../core/calendar/index.js';
import type { Q } from '../../core/db/database.js';
import {
  townRecordWorkflow,
  type StepContext,
  type StepResult,
  type TownRecord,
} from '../../core/workflow/index.js';
import { clockStatus, loadCalendar } from '../calendar/calendar.public.js';
import { DECISION_DAYS } from './case-periods.js';
import { caseContext, type CaseContext } from './case-context.js';
import { refusalOf, type EntrustmentTerms } from './entrustment-check.js';
import type { TownSettings } from './enforcement-settings.js';
import { CASE_WORKFLOW, type CaseAction, type CaseFacts, type CaseState } from './case.workflow.js';
import type { EnforcementCasesTable } from './enforcement.tables.js';
import type { CollectionGround } from './enforcement.vocabulary.js';
import { courtWindowOf, lateSurcharge, paymentDueOf } from './late-payment.js';
import { handOverDueOf } from './simple-procedure.js';

export const CASE_OWNER = 'enforcement_case';

type Party = 'team' | 'head';

/** What a step's input adds to the facts (the 简易程序 guards). */
interface CaseInput {
  spotFine?: number;
  certificateShown?: boolean;
  collectionGround?: CollectionGround;
  /** The 先行登记保存 a 处理决定 names (行政处罚法 第五十六条). */
  preservationId?: string;
}

/** 行政处罚法 第六十条: ninety days from 立案, plus extensions approved and recorded. */
export const decisionDueOf = (r: Pick<EnforcementCasesTable, 'filedOn' | 'extensionDays'>) =>
  r.filedOn ? addDays(r.filedOn, DECISION_DAYS + r.extensionDays) : null;

/**
 * A period's last day: its clock's (counted by 民法典 第二百零一条、第二百零三条 and lengthened by approved
 * extensions) where the case has one, else the plain count (a case imported from the ledger).
 */
async function dueOn(
  q: Q,
  clockId: string | null,
  counted: string | null,
  known?: ReadonlyMap<string, { dueDate: string }>,
) {
  const clock = known && clockId ? (known.get(clockId) ?? null) : await clockStatus(q, clockId);
  return clock?.dueDate ?? counted;
}

type Preserved = { id: string; decidedOn: string | null };

/** What a read of the case already holds, so its facts do not read it again. */
interface Known {
  cal: WorkCalendar;
  settings: TownSettings;
  /** The case's entrustment, read with it (undefined: it names none). */
  entrustment: EntrustmentTerms | undefined;
  /** Officers named whose 执法证 is valid on the day, read with their names. */
  certified: number;
  preservations: Preserved[];
  /** The case's clocks by id (their badges), all of those the case row names. */
  clocks: ReadonlyMap<string, { dueDate: string }>;
}

/** The context from what a page has read (its preservations listed, here counted). */
function contextOf(k: Known, named: string | undefined): CaseContext {
  const target = named === undefined ? undefined : k.preservations.find((p) => p.id === named);
  return {
    settings: k.settings,
    entrustment: k.entrustment,
    certified: k.certified,
    preserved: k.preservations.length,
    undecided: k.preservations.filter((p) => p.decidedOn === null).length,
    preservationTarget:
      named === undefined ? null : !target ? 'missing' : target.decidedOn ? 'decided' : 'undecided',
  };
}

async function caseFacts(
  q: Q,
  r: EnforcementCasesTable,
  day: string,
  input: CaseInput = {},
  known?: Known,
): Promise<CaseFacts> {
  const named = input.preservationId;
  const c = known ? contextOf(known, named) : await caseContext(q, r, day, named);
  const settings = c.settings;
  const limit = r.partyKind === 'citizen' ? settings.citizen : settings.organisation;
  const cal = known?.cal ?? (await loadCalendar(q));
  const workdays =
    r.noticedOn && r.noticedOn <= day ? workingDaysAfter(cal, r.noticedOn, day) : null;
  return {
    state: r.status,
    today: day,
    entrustment: refusalOf(r, c.entrustment, r.filedOn ?? day),
    certifiedOfficers: c.certified,
    workdaysSinceNotice: workdays,
    hearingAvailable: (r.proposedFine ?? 0) >= limit,
    legalReviewRequired: r.major === 1 || r.heardOn !== null,
    legalReviewed: r.legalReviewedOn !== null,
    discussionRequired: r.major === 1,
    discussed: r.discussedOn !== null,
    decisionDue: await dueOn(q, r.decisionClockId, decisionDueOf(r), known?.clocks),
    procedure: r.procedure,
    spotFine: input.spotFine ?? null,
    spotLimit: r.partyKind === 'citizen' ? settings.simpleCitizen : settings.simpleOrganisation,
    certificateShown: input.certificateShown ?? null,
    fine: r.fine,
    collectionGround: input.collectionGround ?? null,
    collectedOnSpot: r.collectedOn !== null,
    handedOver: r.handedOverOn !== null,
    reported: r.reportedOn !== null,
    paymentDue: r.servedOn
      ? await dueOn(q, r.paymentClockId, paymentDueOf(r.servedOn), known?.clocks)
      : null,
    workdaysSinceUrge: r.urgedOn && r.urgedOn <= day ? workingDaysAfter(cal, r.urgedOn, day) : null,
    courtWindow: r.servedOn ? courtWindowOf(r.servedOn) : null,
    publishable: r.publishable === null ? null : r.publishable === 1,
    publishedOn: r.publishedOn,
    publicationWithdrawn: r.publicationWithdrawnOn !== null,
    preserved: c.preserved,
    undecided: c.undecided,
    preservationTarget: c.preservationTarget,
  };
}

/**
 * The 简易程序 deadlines in working days (行政处罚法 第八十五条): the 备案 within the town's period (art 52
 * ¶3; its clock's day where the case has one, i.e. decided on the spot since the clock existed) and the cash handed to the agency within two days of its collection (art 71).
 */
async function spotDeadlines(q: Q, r: EnforcementCasesTable, known: Known) {
  const { cal } = known;
  if (r.procedure !== 'simple' && !r.collectedOn) return { reportDue: null, handOverDue: null };
  const reportDays = known.settings.simpleReportDays;
  return {
    reportDue:
      r.procedure === 'simple' && r.decidedOn
        ? await dueOn(
            q,
            r.reportClockId,
            computeDeadline(cal, r.decidedOn, reportDays, 'working').due,
            known.clocks,
          )
        : null,
    handOverDue: r.collectedOn ? handOverDueOf(cal, r.collectedOn) : null,
  };
}

const partiesOf = (actor: Actor) =>
  new Set<Party>([
    ...(can(actor, 'enforcement.case.handle') ? (['team'] as const) : []),
    ...(can(actor, 'enforcement.case.approve') ? (['head'] as const) : []),
  ]);

const cases = townRecordWorkflow<
  EnforcementCasesTable,
  CaseState,
  CaseAction,
  CaseFacts,
  Party,
  CaseInput
>({
  table: 'enforcementCases',
  workflow: CASE_WORKFLOW,
  auditPrefix: 'enforcement.case',
  targetType: CASE_OWNER,
  notFoundMessage: '该案件不存在或不在您的管辖范围内',
  facts: caseFacts,
  parties: partiesOf,
  auditMeta: (r) => ({ caseNo: r.caseNo }),
});

type CaseRecord = TownRecord<EnforcementCasesTable>;

/** The steps a case has taken and those ahead (its 流转记录 is the audit trail). */
export const casePath = cases.path;

export type CaseWork<V = void> = (
  s: StepContext<CaseRecord, CaseState, CaseFacts>,
) => Promise<StepResult<V> | void>;

export const caseStep = cases.step;

const UNPAID = new Set<CaseState>(['served', 'urged', 'court_applied']);

/**
 * The caller's buttons and refused steps on a case (none for staff above the town), from the calendar,
 * the town's settings, the entrustment, the preservations and the clocks the case page has read already.
 */
export async function caseAbilities(
  q: Q,
  actor: Actor,
  row: EnforcementCasesTable,
  day: string,
  known: Known,
) {
  const facts = await caseFacts(q, row, day, {}, known);
  return {
    ...(await cases.abilities(q, actor, row, day, facts)),
    decisionDue: facts.decisionDue,
    ...(await spotDeadlines(q, row, known)),
    paymentDue: facts.paymentDue,
    courtWindow: facts.courtWindow,
    /** 加处罚款 owed today while the fine is unpaid (行政处罚法 第七十二条). */
    surchargeToday:
      UNPAID.has(row.status) && row.fine && facts.paymentDue
        ? lateSurcharge(row.fine, facts.paymentDue, day)
        : null,
  };
}
