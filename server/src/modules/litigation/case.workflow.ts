import { rule, type Workflow } from '../../core/workflow/index.js';
import {
  LITIGATION_ART as ART,
  outcomeOf,
  type AppealedBy,
  type CaseKind,
} from './litigation.vocabulary.js';

/**
 * A 行政复议 or 行政诉讼 against the town, from the copy received to 一案一评一反馈: 收到副本 → 会商 → 答复/答辩 →
 * (庭审, 负责人出庭应诉) → 审结 → (上诉 → 二审答辩/庭审 → 终审) → 一案一评 → 整改完成. A 会商 may be held again at
 * any stage; one since the appeal is needed before a second answer, and one since the decision before the
 * town appeals. 会商 before any answer is the town's own rule (2024 report:
 * "凡是行政复议、行政诉讼案件，必须先前进行会商"); the answer periods and the appearance rules are the statutes'.
 */
export const LITIGATION_STATES = {
  received: '已收到副本（待会商）',
  consulted: '已会商',
  answered: '已答复/答辩',
  heard: '已开庭',
  concluded: '已审结（待评查）',
  appealed: '已上诉（二审）',
  evaluated: '已评查（整改中）',
  closed: '整改完成',
} as const;
export type LitigationState = keyof typeof LITIGATION_STATES;

export type LitigationAction =
  'consult' | 'reconsult' | 'answer' | 'appeal' | 'hear' | 'conclude' | 'evaluate' | 'rectify';

/** The town's own rule: every case is discussed (会商) before the town answers it. */
const CONSULTATION_RULE = `本镇案件会商制度（答复、答辩前必须会商）；${ART.reply}；${ART.defence}`;

export interface LitigationFacts {
  state: LitigationState;
  kind: CaseKind;
  /** A 会商 is on record for the answer now due (after the appeal, a 会商 held since it). */
  consulted: boolean;
  /** A 会商 held since the first-instance decision was served (needed before the town appeals). */
  consultedSinceDecision: boolean;
  /** A first-instance 判决 or 裁定 not yet appealed (行政诉讼法 第八十五条). */
  appealable: boolean;
  /** Who appealed: the town (it then answers nothing) or the other party. */
  appealedBy: AppealedBy | null;
  /** The last day to appeal, and an `appeal` step's input: who appeals and on what day. */
  appealDue: string | null;
  appeal: { by: AppealedBy; on: string } | null;
  /** The outcome a `conclude` step records (its input). */
  outcome: string | null;
  /** What a `hear` step records (its input): whether the leader went, who stood in, the explanation. */
  leaderAppeared: boolean | null;
  standIns: string | null;
  absenceExplanation: string | null;
}

const consultedFirst = (f: LitigationFacts) =>
  f.consulted
    ? null
    : rule(
        'CONSULTATION_REQUIRED',
        '答复、答辩前必须先进行案件会商并记录会商意见',
        CONSULTATION_RULE,
      );

/** 负责人出庭应诉: absent, staff must stand in (never lawyers alone) and a written explanation is needed. */
const appearanceRules = (f: LitigationFacts) => {
  if (f.kind !== 'litigation' || f.leaderAppeared !== false) return null;
  if (!f.standIns)
    return rule(
      'STAND_IN_REQUIRED',
      '负责人不能出庭的，应当委托本机关相应的工作人员出庭，不得仅委托律师出庭',
      ART.appearance,
    );
  if (!f.absenceExplanation)
    return rule(
      'ABSENCE_EXPLANATION_REQUIRED',
      '负责人不能出庭应诉的，应当提交加盖印章或主要负责人签字认可的书面情况说明',
      ART.absence,
    );
  return null;
};

/** The town answers the other party's appeal, not its own; before any answer, a 会商 since. */
function answerable(f: LitigationFacts) {
  if (f.state === 'appealed' && f.appealedBy === 'town')
    return rule('OWN_APPEAL', '本机关为上诉人，无需提交答辩状', ART.appeal);
  return consultedFirst(f);
}

/** Only a first-instance judgment or ruling is appealed, the town's own appeal in time and after a 会商. */
function appealAllowed(f: LitigationFacts) {
  if (!f.appealable)
    return rule('NOT_APPEALABLE', '只有行政诉讼第一审判决、裁定可以上诉', ART.appeal);
  if (!f.appeal || f.appeal.by !== 'town') return null;
  if (f.appealDue && f.appeal.on > f.appealDue)
    return rule('APPEAL_LATE', `上诉期限已届满（截至${f.appealDue}）`, ART.appeal);
  if (!f.consultedSinceDecision)
    return rule(
      'CONSULTATION_REQUIRED',
      '决定上诉前须再次进行案件会商并记录会商意见',
      CONSULTATION_RULE,
    );
  return null;
}

const outcomeForKind = (f: LitigationFacts) =>
  f.outcome !== null && !outcomeOf(f.kind, f.outcome)
    ? rule(
        'OUTCOME_NOT_FOR_KIND',
        f.kind === 'reconsideration'
          ? '该结果不是行政复议的法定结果'
          : '该结果不是行政诉讼的法定裁判结果',
        f.kind === 'reconsideration' ? ART.reviewOutcome : ART.courtOutcome,
      )
    : null;

type Party = 'office';

export const LITIGATION_WORKFLOW: Workflow<
  LitigationState,
  LitigationAction,
  LitigationFacts,
  Party
> = {
  key: 'litigation-case',
  title: '行政复议与行政应诉（会商、答复答辩、出庭、一案一评一反馈）',
  states: LITIGATION_STATES,
  initial: ['received'],
  permission: 'litigation.case.handle',
  parties: { office: { label: '本镇承办科室（党建综合办、法审员）', townOffice: true } },
  transitions: {
    consult: {
      label: '案件会商',
      verb: 'consulted',
      from: ['received'],
      to: 'consulted',
      by: 'office',
      permission: 'litigation.consult.record',
      basis: CONSULTATION_RULE,
    },
    reconsult: {
      label: '再次会商',
      verb: 'reconsulted',
      from: ['consulted', 'answered', 'heard', 'concluded', 'appealed'],
      by: 'office',
      permission: 'litigation.consult.record',
      basis: CONSULTATION_RULE,
    },
    answer: {
      label: '提交答复/答辩',
      verb: 'answered',
      from: ['received', 'consulted', 'appealed'],
      to: 'answered',
      by: 'office',
      basis: `${ART.reply}；${ART.defence}；${ART.appealDefence}`,
      guard: answerable,
    },
    appeal: {
      label: '上诉',
      verb: 'appealed',
      from: ['concluded'],
      to: 'appealed',
      by: 'office',
      basis: ART.appeal,
      guard: appealAllowed,
    },
    hear: {
      label: '记录庭审（出庭应诉）',
      verb: 'heard',
      from: ['answered', 'appealed'],
      to: 'heard',
      by: 'office',
      basis: ART.appearance,
      guard: appearanceRules,
    },
    conclude: {
      label: '登记结果',
      verb: 'concluded',
      from: ['answered', 'heard', 'appealed'],
      to: 'concluded',
      by: 'office',
      basis: `${ART.reviewOutcome}；${ART.courtOutcome}`,
      guard: outcomeForKind,
    },
    evaluate: {
      label: '一案一评',
      verb: 'evaluated',
      from: ['concluded'],
      to: 'evaluated',
      by: 'office',
      basis: null,
    },
    rectify: {
      label: '整改反馈',
      verb: 'rectified',
      from: ['evaluated'],
      to: 'closed',
      by: 'office',
      basis: null,
    },
  },
};
