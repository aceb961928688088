import { rule, type Refusal, type Workflow } from '../../core/workflow/index.js';
import { ART } from './enforcement.vocabulary.js';
import { publishing, withdrawing, type PublicationFacts } from './decision-publication.js';
import {
  decidingPreserved,
  preservationPending,
  type PreservationFacts,
} from './evidence-preservation.js';
import { applyingToCourt, urging, type OverdueFacts } from './overdue-guards.js';
import {
  handOver,
  report,
  simpleClosing,
  spotCollection,
  spotDecision,
  type SimpleFacts,
} from './simple-procedure.js';

/**
 * 行政处罚 general procedure (普通程序, 行政处罚法 第五十四至六十五条) as the kernel's transition table.
 * 法制审核 (art 58) and 集体讨论 (art 57 ¶2) are steps that keep the case awaiting its decision; the
 * decision is refused until those the case requires are recorded, and after the art 60 limit.
 * 先行登记保存 (art 56) is a step of the investigation, decided on within seven working days; the
 * investigation does not end, nor the case get withdrawn, before that decision.
 * A 简易程序 case starts at 当场处罚 (arts 51–53): the decision is handed over on the spot, reported
 * (备案), paid at the bank or collected on the spot and handed to the agency (arts 68–71).
 */
export const CASE_STATES = {
  on_spot: '当场处罚',
  clue: '线索',
  investigating: '调查取证',
  investigated: '调查终结',
  notified: '已事先告知（陈述申辩）',
  hearing: '听证',
  deciding: '待决定',
  decided: '已作出处罚决定',
  served: '已送达',
  urged: '已催告',
  court_applied: '已申请法院强制执行',
  executed: '已执行',
  closed: '已结案',
  not_punished: '不予处罚',
  withdrawn: '已撤案',
} as const;
export type CaseState = keyof typeof CASE_STATES;

export type CaseAction =
  | 'to_general'
  | 'decide_on_spot'
  | 'report'
  | 'collect_on_spot'
  | 'hand_over'
  | 'file'
  | 'preserve_evidence'
  | 'decide_preserved'
  | 'end_investigation'
  | 'notify'
  | 'request_hearing'
  | 'close_defence'
  | 'finish_hearing'
  | 'legal_review'
  | 'discuss'
  | 'extend'
  | 'decide'
  | 'serve'
  | 'urge'
  | 'apply_court'
  | 'execute'
  | 'close'
  | 'not_punish'
  | 'withdraw'
  | 'publish'
  | 'withdraw_publication';

export interface CaseFacts extends SimpleFacts, OverdueFacts, PublicationFacts, PreservationFacts {
  state: CaseState;
  today: string;
  /** The entrustment's refusal for a 委托 case outside its scope or period (null when within, or not 委托). */
  entrustment: Refusal | null;
  /** Officers named on the case holding a certificate valid today. */
  certifiedOfficers: number;
  /** Working days from the 事先告知 to today (the day of a hearing request). */
  workdaysSinceNotice: number | null;
  /** The fine proposed in the 事先告知 reaches the town's art 63 threshold for this party. */
  hearingAvailable: boolean;
  legalReviewRequired: boolean;
  legalReviewed: boolean;
  discussionRequired: boolean;
  discussed: boolean;
  /** Last day of the art 60 limit (立案 + 90 days + approved extensions). */
  decisionDue: string | null;
}

const officers = (f: CaseFacts) =>
  f.certifiedOfficers >= 2
    ? null
    : rule('OFFICERS_UNCERTIFIED', '调查取证须有两名以上持有效行政执法证的执法人员', ART.officers);

const filing = (f: CaseFacts) => f.entrustment ?? officers(f);

function hearingRequest(f: CaseFacts) {
  if (!f.hearingAvailable)
    return rule(
      'HEARING_NOT_AVAILABLE',
      '拟作出的罚款未达到较大数额标准，当事人无听证权利',
      ART.hearing,
    );
  if (f.workdaysSinceNotice !== null && f.workdaysSinceNotice > 5)
    return rule(
      'HEARING_REQUEST_LATE',
      '当事人应在告知后五个工作日内提出听证要求',
      ART.hearingRequest,
    );
  return null;
}

function decision(f: CaseFacts) {
  if (f.legalReviewRequired && !f.legalReviewed)
    return rule('LEGAL_REVIEW_REQUIRED', '本案须经法制审核后方可作出决定', ART.legalReview);
  if (f.discussionRequired && !f.discussed)
    return rule('COLLECTIVE_DISCUSSION_REQUIRED', '本案须经负责人集体讨论决定', ART.collective);
  if (f.decisionDue && f.today > f.decisionDue)
    return rule(
      'DECISION_OVERDUE',
      `已超过立案之日起九十日的办案期限（${f.decisionDue}），须先报批延长`,
      ART.deadline,
    );
  return null;
}

type Party = 'team' | 'head';

/** States in which a decision stands and may be published (行政处罚法 第四十八条). */
const DECIDED: readonly CaseState[] = [
  'decided',
  'served',
  'urged',
  'court_applied',
  'executed',
  'closed',
];

export const CASE_WORKFLOW: Workflow<CaseState, CaseAction, CaseFacts, Party> = {
  key: 'enforcement-case',
  title: '行政处罚案件（普通程序、简易程序）',
  states: CASE_STATES,
  initial: ['clue', 'on_spot'],
  permission: 'enforcement.case.handle',
  parties: {
    team: { label: '综合行政执法队', townOffice: true },
    head: { label: '行政机关负责人', townOffice: true },
  },
  transitions: {
    to_general: {
      label: '转为普通程序',
      verb: 'turned_general',
      from: ['on_spot'],
      to: 'clue',
      by: 'team',
      basis: ART.filing,
    },
    decide_on_spot: {
      label: '当场作出处罚决定',
      verb: 'decided_on_spot',
      from: ['on_spot'],
      to: 'served',
      by: 'team',
      basis: ART.spotDecision,
      guard: (f) => officers(f) ?? spotDecision(f),
    },
    report: {
      label: '报行政机关备案',
      verb: 'reported',
      from: ['served', 'urged', 'court_applied', 'executed'],
      by: 'team',
      basis: ART.spotReport,
      guard: report,
    },
    collect_on_spot: {
      label: '当场收缴罚款',
      verb: 'collected_on_spot',
      from: ['served'],
      to: 'executed',
      by: 'team',
      basis: ART.spotCollection,
      guard: spotCollection,
    },
    hand_over: {
      label: '罚款交至行政机关',
      verb: 'handed_over',
      from: ['executed'],
      by: 'team',
      basis: ART.handOver,
      guard: handOver,
    },
    file: {
      label: '立案（审批）',
      verb: 'filed',
      from: ['clue'],
      to: 'investigating',
      by: 'head',
      permission: 'enforcement.case.approve',
      basis: ART.filing,
      guard: filing,
    },
    preserve_evidence: {
      label: '先行登记保存证据（负责人批准）',
      verb: 'evidence_preserved',
      from: ['investigating'],
      by: 'head',
      permission: 'enforcement.case.approve',
      basis: ART.preservation,
    },
    decide_preserved: {
      label: '对登记保存的证据作出处理决定',
      verb: 'preservation_decided',
      from: ['investigating'],
      by: 'head',
      permission: 'enforcement.case.approve',
      basis: ART.preservation,
      guard: decidingPreserved,
    },
    end_investigation: {
      label: '调查终结',
      verb: 'investigation_ended',
      from: ['investigating'],
      to: 'investigated',
      by: 'team',
      basis: ART.conclude,
      // 行政处罚法 第五十六条: preserved evidence is decided on before the investigation ends.
      guard: (f) => officers(f) ?? preservationPending(f),
    },
    notify: {
      label: '事先告知',
      verb: 'notified',
      from: ['investigated'],
      to: 'notified',
      by: 'team',
      basis: ART.notice,
    },
    request_hearing: {
      label: '当事人要求听证',
      verb: 'hearing_requested',
      from: ['notified'],
      to: 'hearing',
      by: 'team',
      basis: ART.hearing,
      guard: hearingRequest,
    },
    close_defence: {
      label: '陈述申辩复核完毕',
      verb: 'defence_closed',
      from: ['notified'],
      to: 'deciding',
      by: 'team',
      basis: ART.notice,
    },
    finish_hearing: {
      label: '听证结束',
      verb: 'hearing_held',
      from: ['hearing'],
      to: 'deciding',
      by: 'team',
      basis: ART.afterHearing,
    },
    legal_review: {
      label: '法制审核',
      verb: 'legally_reviewed',
      from: ['deciding'],
      by: 'head',
      permission: 'enforcement.case.approve',
      basis: ART.legalReview,
    },
    discuss: {
      label: '负责人集体讨论',
      verb: 'discussed',
      from: ['deciding'],
      by: 'head',
      permission: 'enforcement.case.approve',
      basis: ART.collective,
    },
    extend: {
      label: '批准延长办案期限',
      verb: 'extended',
      from: ['investigating', 'investigated', 'notified', 'hearing', 'deciding'],
      by: 'head',
      permission: 'enforcement.case.approve',
      basis: ART.deadline,
    },
    decide: {
      label: '作出处罚决定',
      verb: 'decided',
      from: ['deciding'],
      to: 'decided',
      by: 'head',
      permission: 'enforcement.case.approve',
      basis: ART.decision,
      guard: decision,
    },
    serve: {
      label: '送达决定书',
      verb: 'served',
      from: ['decided'],
      to: 'served',
      by: 'team',
      basis: ART.service,
    },
    urge: {
      label: '催告',
      verb: 'urged',
      from: ['served'],
      to: 'urged',
      by: 'team',
      basis: ART.urge,
      guard: urging,
    },
    apply_court: {
      label: '申请法院强制执行',
      verb: 'court_applied',
      from: ['urged'],
      to: 'court_applied',
      by: 'head',
      permission: 'enforcement.case.approve',
      basis: ART.court,
      guard: applyingToCourt,
    },
    execute: {
      label: '履行完毕',
      verb: 'executed',
      from: ['served', 'urged', 'court_applied'],
      to: 'executed',
      by: 'team',
      basis: ART.payment,
    },
    close: {
      label: '结案',
      verb: 'closed',
      from: ['executed'],
      to: 'closed',
      by: 'head',
      permission: 'enforcement.case.approve',
      basis: ART.records,
      guard: simpleClosing,
    },
    not_punish: {
      label: '不予处罚',
      verb: 'not_punished',
      from: ['investigated', 'deciding'],
      to: 'not_punished',
      by: 'head',
      permission: 'enforcement.case.approve',
      basis: ART.notPunished,
    },
    withdraw: {
      label: '撤案',
      verb: 'withdrawn',
      from: ['on_spot', 'clue', 'investigating', 'investigated'],
      to: 'withdrawn',
      by: 'head',
      permission: 'enforcement.case.approve',
      basis: ART.conclude,
      guard: preservationPending,
    },
    publish: {
      label: '公开处罚决定',
      verb: 'published',
      from: DECIDED,
      by: 'head',
      permission: 'enforcement.case.approve',
      basis: ART.publication,
      guard: publishing,
    },
    withdraw_publication: {
      label: '撤回公开的处罚决定信息',
      verb: 'publication_withdrawn',
      from: DECIDED,
      by: 'head',
      permission: 'enforcement.case.approve',
      basis: ART.publicationWithdrawal,
      guard: withdrawing,
    },
  },
};
