import { rule, type Workflow } from '../../core/workflow/index.js';
import { MIN_COMMENT_DAYS } from './comment-period.js';
import type { ProcedureFacts } from './procedures.facts.js';
import {
  DECISION_ART as ART,
  MATERIALS,
  type Material,
  type RiskLevel,
} from './decisions.vocabulary.js';

/**
 * A major administrative decision from a catalogue entry to its evaluation (条例 第十一条至第三十七条):
 * 建议 → 启动 → 拟草案 → 公众参与 → 专家论证 → 风险评估 → [公平竞争审查] → 合法性审查 → 向党委请示报告 →
 * 集体讨论决定 → 公布 → 执行 → 决策后评估 → 调整 / 停止执行. Archiving runs throughout (第三十三条): every
 * step's record is kept with the decision and downloaded as one file.
 */
export const DECISION_STATES = {
  proposed: '已列入目录（待启动）',
  launched: '已启动',
  drafting: '拟订草案',
  participation: '公开征求意见',
  expert_review: '专家论证',
  risk_assessment: '风险评估',
  fair_competition: '公平竞争审查',
  legality_review: '合法性审查',
  party_report: '已向党委请示报告',
  decided: '已集体讨论决定',
  published: '已公布',
  implementing: '执行中',
  evaluating: '决策后评估',
  adjusted: '已调整',
  stopped: '已停止执行',
} as const;
export type DecisionState = keyof typeof DECISION_STATES;

export type DecisionAction =
  | 'launch'
  | 'draft'
  | 'open_comment'
  | 'withhold_participation'
  | 'close_comment'
  | 'expert_review'
  | 'assess_risk'
  | 'fair_competition'
  | 'link_legality'
  | 'report_party'
  | 'decide'
  | 'publish'
  | 'implement'
  | 'evaluate'
  | 'adjust'
  | 'stop';

export interface DecisionFacts extends ProcedureFacts {
  state: DecisionState;
  /** The entry affects market entities: fair-competition review before legality review. */
  affectsMarket: boolean;
  /** Public participation held (comment period closed), or withheld with its reason. */
  participationDone: boolean;
  /** Comment period asked for (days between opening and closing) and the reason for a shorter one. */
  commentDays: number | null;
  shortPeriodReason: string | null;
  /** The comment period has ended (today after its last day). */
  commentPeriodOver: boolean;
  /** Shown comments still without an answer. */
  unansweredComments: number;
  /** Risk assessment required for this matter, and its result. */
  riskRequired: boolean;
  riskLevel: RiskLevel | null;
  fairCompetitionNoncompliant: boolean;
  /** The linked legality-review item has its opinion. */
  legalityOpinion: boolean;
  /** A legality-review item is linked. */
  legalityLinked: boolean;
  /** Inputs of the collective decision (null outside that step). */
  materials: readonly Material[] | null;
  headSpokeLast: boolean | null;
  departsFromMajority: boolean | null;
  departureReason: string | null;
  /** The reason of a change or stop (第三十七条). */
  changeReason: string | null;
}

const commentPeriod = (f: DecisionFacts) =>
  f.commentDays !== null && f.commentDays < MIN_COMMENT_DAYS && !f.shortPeriodReason
    ? rule(
        'SHORT_PERIOD_REASON_REQUIRED',
        `公开征求意见的期限一般不少于${MIN_COMMENT_DAYS}日，缩短期限的应当说明理由`,
        ART.commentPeriod,
      )
    : null;

const commentsClosed = (f: DecisionFacts) => {
  if (!f.commentPeriodOver)
    return rule('COMMENT_PERIOD_OPEN', '征求意见期限尚未届满，不能结束公众参与', ART.commentPeriod);
  if (f.unansweredComments > 0)
    return rule(
      'COMMENTS_UNANSWERED',
      `还有 ${f.unansweredComments} 条意见未审核或未答复采纳情况，提交讨论须报送意见研究采纳情况`,
      ART.materials,
    );
  return null;
};

/** 听证 required by the catalogue entry: its record (笔录) entered before the decision (第十六条、第十七条). */
const hearingHeld = (f: DecisionFacts) =>
  f.hearingRequired && !f.hearingRecorded
    ? rule(
        'HEARING_REQUIRED',
        '目录要求召开听证会：听证会举行并录入经参加人确认签字的听证会记录后，方可作出决定',
        `${ART.hearing}；${ART.hearingRecord}`,
      )
    : null;

/** 专家论证 required by the entry: experts chosen and every one's signed written opinion (第十九条、第二十条). */
const expertReviewDone = (f: DecisionFacts) => {
  if (!f.expertRequired) return null;
  if (f.expertsChosen === 0)
    return rule(
      'EXPERT_REVIEW_REQUIRED',
      '目录要求专家论证：请从专家库选择与决策事项无利害关系的专家',
      `${ART.experts}；${ART.expertSelection}`,
    );
  if (f.expertOpinionsSigned < f.expertsChosen)
    return rule(
      'EXPERT_REVIEW_REQUIRED',
      `还有 ${f.expertsChosen - f.expertOpinionsSigned} 位专家的书面论证意见未署名提交`,
      ART.experts,
    );
  return null;
};

/** 风险评估报告 (第二十二条、第二十三条): risk points, measures and plan recorded before assessing and deciding. */
const riskReported = (f: DecisionFacts) =>
  f.riskRequired && !f.riskReported
    ? rule(
        'RISK_REPORT_REQUIRED',
        '需要风险评估的决策事项未形成风险评估报告（风险点、防范措施和处置预案）',
        `${ART.risk}；${ART.riskReport}`,
      )
    : null;

const riskControllable = (f: DecisionFacts) =>
  f.riskRequired && f.riskLevel === 'uncontrollable'
    ? rule(
        'RISK_UNCONTROLLABLE',
        '风险评估认为风险不可控的，应当调整决策草案、采取防范措施后再作决策',
        ART.riskControl,
      )
    : null;

const fairCompetitionPassed = (f: DecisionFacts) =>
  f.fairCompetitionNoncompliant
    ? rule(
        'FAIR_COMPETITION_FAILED',
        '经公平竞争审查违反审查标准且不适用例外规定的，不得出台，请修改草案后重新审查',
        ART.fairCompetition,
      )
    : null;

const legalityOpinion = (f: DecisionFacts) =>
  f.legalityOpinion
    ? null
    : rule(
        'LEGALITY_OPINION_REQUIRED',
        f.legalityLinked
          ? '合法性审查尚未出具审查意见，决策草案不得提交讨论'
          : '尚未送合法性审查：请先在合法性审查中送审并关联审查事项',
        ART.legality,
      );

const REQUIRED_MATERIALS = (f: DecisionFacts): Material[] => [
  'draft',
  'legality',
  ...(f.participationDone && f.commentDays !== null ? (['comments'] as const) : []),
  ...(f.expertRequired ? (['experts'] as const) : []),
  ...(f.riskRequired ? (['risk'] as const) : []),
  ...(f.affectsMarket ? (['fair_competition'] as const) : []),
];

/**
 * 集体讨论决定: legality opinion, participation, the hearing, experts and risk report the entry requires,
 * the materials (第二十九条), the meeting (第三十条).
 */
const meetingRules = (f: DecisionFacts) => {
  const legal = legalityOpinion(f);
  if (legal) return legal;
  if (!f.participationDone)
    return rule(
      'PARTICIPATION_REQUIRED',
      '未履行公众参与程序（依法不予公开的须记录理由），不得作出决定',
      ART.participation,
    );
  const procedure = hearingHeld(f) ?? expertReviewDone(f) ?? riskReported(f) ?? riskControllable(f);
  if (procedure) return procedure;
  if (f.materials) {
    const missing = REQUIRED_MATERIALS(f).filter((m) => !f.materials!.includes(m));
    if (missing.length)
      return rule(
        'MATERIALS_INCOMPLETE',
        `提交讨论的材料不全：缺少${missing.map((m) => MATERIALS[m]).join('、')}`,
        ART.materials,
      );
  }
  if (f.headSpokeLast === false)
    return rule('HEAD_SPEAKS_LAST', '讨论决策草案时行政首长应当最后发表意见', ART.meeting);
  if (f.departsFromMajority && !f.departureReason)
    return rule(
      'DEPARTURE_REASON_REQUIRED',
      '行政首长拟作出的决定与多数人意见不一致的，应当在会上说明理由并记录',
      ART.meeting,
    );
  return null;
};

const changeReason = (f: DecisionFacts) =>
  f.changeReason === null || f.changeReason.trim()
    ? null
    : rule('CHANGE_REASON_REQUIRED', '变更或停止执行决策须履行法定程序并说明理由', ART.change);

type Party = 'office' | 'leader';

export const DECISION_WORKFLOW: Workflow<DecisionState, DecisionAction, DecisionFacts, Party> = {
  key: 'major-decision',
  title: '重大行政决策（目录事项 → 公众参与 → 合法性审查 → 集体讨论决定 → 公布执行）',
  states: DECISION_STATES,
  initial: ['proposed'],
  permission: 'decisions.handle',
  parties: {
    office: { label: '决策承办科室', townOffice: true },
    leader: { label: '镇政府（行政首长、党政班子）', townOffice: true },
  },
  transitions: {
    launch: {
      label: '启动决策程序',
      verb: 'launched',
      from: ['proposed'],
      to: 'launched',
      by: 'leader',
      permission: 'decisions.decide',
      basis: ART.launch,
    },
    draft: {
      label: '登记决策草案',
      verb: 'drafted',
      from: ['launched'],
      to: 'drafting',
      by: 'office',
      basis: ART.drafting,
    },
    open_comment: {
      label: '公开征求意见',
      verb: 'comment_opened',
      from: ['drafting'],
      to: 'participation',
      by: 'office',
      basis: ART.commentPeriod,
      guard: commentPeriod,
    },
    withhold_participation: {
      label: '依法不公开征求意见',
      verb: 'participation_withheld',
      from: ['drafting'],
      to: 'expert_review',
      by: 'office',
      basis: ART.participation,
    },
    close_comment: {
      label: '结束征求意见',
      verb: 'comment_closed',
      from: ['participation'],
      to: 'expert_review',
      by: 'office',
      basis: ART.materials,
      guard: commentsClosed,
    },
    expert_review: {
      label: '记录专家论证',
      verb: 'experts_recorded',
      from: ['expert_review'],
      to: 'risk_assessment',
      by: 'office',
      basis: `${ART.experts}；${ART.expertSelection}`,
      guard: expertReviewDone,
    },
    assess_risk: {
      label: '记录风险评估',
      verb: 'risk_assessed',
      from: ['risk_assessment'],
      to: (f) => (f.affectsMarket ? 'fair_competition' : 'legality_review'),
      targets: ['fair_competition', 'legality_review'],
      by: 'office',
      basis: `${ART.risk}；${ART.riskReport}；${ART.riskControl}`,
      guard: (f) => riskReported(f) ?? riskControllable(f),
    },
    fair_competition: {
      label: '记录公平竞争审查结论',
      verb: 'fair_competition_reviewed',
      from: ['fair_competition'],
      to: 'legality_review',
      by: 'office',
      basis: ART.fairCompetition,
      guard: fairCompetitionPassed,
    },
    link_legality: {
      label: '关联合法性审查事项',
      verb: 'legality_linked',
      from: ['legality_review'],
      by: 'office',
      basis: `${ART.legality}；${ART.legalityTime}`,
    },
    report_party: {
      label: '向党委请示报告',
      verb: 'party_reported',
      from: ['legality_review'],
      to: 'party_report',
      by: 'office',
      basis: ART.party,
      guard: legalityOpinion,
    },
    decide: {
      label: '记录集体讨论决定',
      verb: 'decided',
      from: ['party_report'],
      to: 'decided',
      by: 'leader',
      permission: 'decisions.decide',
      basis: `${ART.materials}；${ART.meeting}`,
      guard: meetingRules,
    },
    publish: {
      label: '公布决策',
      verb: 'published',
      from: ['decided'],
      to: 'published',
      by: 'office',
      basis: ART.publication,
    },
    implement: {
      label: '明确执行单位并执行',
      verb: 'implementing',
      from: ['published'],
      to: 'implementing',
      by: 'office',
      basis: ART.execution,
    },
    evaluate: {
      label: '开展决策后评估',
      verb: 'evaluated',
      from: ['implementing'],
      to: 'evaluating',
      by: 'leader',
      permission: 'decisions.decide',
      basis: ART.evaluation,
    },
    adjust: {
      label: '调整决策',
      verb: 'adjusted',
      from: ['implementing', 'evaluating'],
      to: 'adjusted',
      by: 'leader',
      permission: 'decisions.decide',
      basis: ART.change,
      guard: changeReason,
    },
    stop: {
      label: '停止执行',
      verb: 'stopped',
      from: ['implementing', 'evaluating'],
      to: 'stopped',
      by: 'leader',
      permission: 'decisions.decide',
      basis: ART.change,
      guard: changeReason,
    },
  },
};
