import { rule, type Workflow } from '../../../core/workflow/index.js';
import { INSPECTION_ART as ART } from './inspection.vocabulary.js';

/**
 * 隐患整改 (安全生产法 第六十五条): a hazard found on an inspection is ordered corrected by a deadline,
 * rectified and re-inspected (复查) before it is closed; or it is escalated to a penalty case, or put
 * under 挂牌督办 (the town's supervised list, with its own deadline) until it is 销号. The 挂牌督办 and
 * 销号 procedure is local practice ([U]); the guard on 销号 is the article's: a major hazard is cleared
 * only after review.
 */
export const HAZARD_STATES = {
  found: '已发现',
  ordered: '已责令限期整改',
  rectifying: '整改中',
  closed: '复查合格，已销号',
  supervised: '挂牌督办中',
  cleared: '挂牌督办已销号',
  escalated: '已移送立案',
} as const;
export type HazardState = keyof typeof HAZARD_STATES;

export type HazardAction = 'order' | 'start' | 'recheck' | 'escalate' | 'supervise' | 'clear';

export interface HazardFacts {
  state: HazardState;
  today: string;
  /** The 整改期限 asked for by an `order` or `supervise` step (its input). */
  newDeadline: string | null;
  /** Whether the 复查 being recorded found the hazard removed (its input). */
  recheckPassed: boolean | null;
  /** The last 复查 found it removed. */
  rechecked: boolean;
}

const deadlineAhead = (f: HazardFacts) =>
  f.newDeadline !== null && f.newDeadline < f.today
    ? rule('DEADLINE_IN_PAST', '整改期限不能早于今天', ART.rectify)
    : null;

const recheckedFirst = (f: HazardFacts) =>
  f.rechecked ? null : rule('RECHECK_REQUIRED', '隐患须经复查确认已排除后方可销号', ART.order);

type Party = 'team' | 'head';

export const HAZARD_WORKFLOW: Workflow<HazardState, HazardAction, HazardFacts, Party> = {
  key: 'enforcement-hazard',
  title: '事故隐患整改（含挂牌督办）',
  states: HAZARD_STATES,
  initial: ['found'],
  permission: 'enforcement.inspection.record',
  parties: {
    team: { label: '综合行政执法队', townOffice: true },
    head: { label: '乡镇负责人', townOffice: true },
  },
  transitions: {
    order: {
      label: '责令限期整改',
      verb: 'ordered',
      from: ['found', 'rectifying'],
      to: 'ordered',
      by: 'team',
      basis: ART.rectify,
      guard: deadlineAhead,
    },
    start: {
      label: '开始整改',
      verb: 'rectification_started',
      from: ['ordered'],
      to: 'rectifying',
      by: 'team',
      basis: ART.rectify,
    },
    recheck: {
      label: '复查',
      verb: 'rechecked',
      from: ['rectifying', 'supervised'],
      to: (f) => (f.state === 'rectifying' && f.recheckPassed ? 'closed' : f.state),
      targets: ['closed', 'rectifying', 'supervised'],
      by: 'team',
      basis: ART.order,
    },
    escalate: {
      label: '移送立案',
      verb: 'escalated',
      from: ['found', 'ordered', 'rectifying'],
      to: 'escalated',
      by: 'team',
      basis: ART.rectify,
    },
    supervise: {
      label: '挂牌督办',
      verb: 'supervised',
      from: ['found', 'ordered', 'rectifying'],
      to: 'supervised',
      by: 'head',
      permission: 'enforcement.hazard.supervise',
      basis: ART.order,
      guard: deadlineAhead,
    },
    clear: {
      label: '督办销号',
      verb: 'cleared',
      from: ['supervised'],
      to: 'cleared',
      by: 'head',
      permission: 'enforcement.hazard.supervise',
      basis: ART.order,
      guard: recheckedFirst,
    },
  },
};

/** Open hazards whose deadline has passed (逾期未整改). */
export const isOverdue = (state: HazardState, deadline: string | null, today: string) =>
  deadline !== null && deadline < today && ['ordered', 'rectifying', 'supervised'].includes(state);
