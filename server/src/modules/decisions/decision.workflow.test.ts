import { describe, expect, it } from 'vitest';
import { checkStep } from '../../core/workflow/index.js';
import {
  DECISION_WORKFLOW as W,
  type DecisionAction,
  type DecisionFacts,
  type DecisionState,
} from './decision.workflow.js';

const base: DecisionFacts = {
  state: 'proposed',
  affectsMarket: false,
  participationDone: true,
  commentDays: 30,
  shortPeriodReason: null,
  commentPeriodOver: true,
  unansweredComments: 0,
  riskRequired: true,
  riskLevel: 'controllable',
  fairCompetitionNoncompliant: false,
  legalityOpinion: true,
  legalityLinked: true,
  materials: null,
  headSpokeLast: null,
  departsFromMajority: null,
  departureReason: null,
  changeReason: null,
  hearingRequired: false,
  hearingRecorded: false,
  expertRequired: false,
  expertsChosen: 0,
  expertOpinionsSigned: 0,
  riskReported: true,
  riskReportLevel: 'controllable',
};
const run = (action: DecisionAction, state: DecisionState, f: Partial<DecisionFacts> = {}) => {
  const c = checkStep(W, action, { ...base, state, ...f });
  return c.ok ? c.to : c.refusal.code;
};

describe('major decision workflow (条例 第十一条至第三十七条)', () => {
  it.each<[DecisionAction, DecisionState, Partial<DecisionFacts>, string]>([
    ['launch', 'proposed', {}, 'launched'],
    ['launch', 'drafting', {}, 'INVALID_STATE'],
    ['draft', 'launched', {}, 'drafting'],
    ['open_comment', 'drafting', { commentDays: 30 }, 'participation'],
    ['open_comment', 'drafting', { commentDays: 20 }, 'SHORT_PERIOD_REASON_REQUIRED'],
    [
      'open_comment',
      'drafting',
      { commentDays: 20, shortPeriodReason: '汛期前须实施' },
      'participation',
    ],
    ['withhold_participation', 'drafting', {}, 'expert_review'],
    ['close_comment', 'participation', { commentPeriodOver: false }, 'COMMENT_PERIOD_OPEN'],
    ['close_comment', 'participation', { unansweredComments: 2 }, 'COMMENTS_UNANSWERED'],
    ['close_comment', 'participation', {}, 'expert_review'],
    ['expert_review', 'expert_review', {}, 'risk_assessment'],
    ['expert_review', 'expert_review', { expertRequired: true }, 'EXPERT_REVIEW_REQUIRED'],
    [
      'expert_review',
      'expert_review',
      { expertRequired: true, expertsChosen: 3, expertOpinionsSigned: 2 },
      'EXPERT_REVIEW_REQUIRED',
    ],
    [
      'expert_review',
      'expert_review',
      { expertRequired: true, expertsChosen: 3, expertOpinionsSigned: 3 },
      'risk_assessment',
    ],
    ['assess_risk', 'risk_assessment', { riskReported: false }, 'RISK_REPORT_REQUIRED'],
    [
      'assess_risk',
      'risk_assessment',
      { riskRequired: false, riskReported: false, riskLevel: null },
      'legality_review',
    ],
    ['assess_risk', 'risk_assessment', {}, 'legality_review'],
    ['assess_risk', 'risk_assessment', { affectsMarket: true }, 'fair_competition'],
    ['assess_risk', 'risk_assessment', { riskLevel: 'uncontrollable' }, 'RISK_UNCONTROLLABLE'],
    [
      'fair_competition',
      'fair_competition',
      { fairCompetitionNoncompliant: true },
      'FAIR_COMPETITION_FAILED',
    ],
    ['fair_competition', 'fair_competition', {}, 'legality_review'],
    ['link_legality', 'legality_review', {}, 'legality_review'],
    ['report_party', 'legality_review', { legalityOpinion: false }, 'LEGALITY_OPINION_REQUIRED'],
    ['report_party', 'legality_review', {}, 'party_report'],
    ['decide', 'legality_review', {}, 'INVALID_STATE'],
    ['decide', 'party_report', { legalityOpinion: false }, 'LEGALITY_OPINION_REQUIRED'],
    ['decide', 'party_report', { participationDone: false }, 'PARTICIPATION_REQUIRED'],
    ['decide', 'party_report', { riskReported: false }, 'RISK_REPORT_REQUIRED'],
    [
      'decide',
      'party_report',
      { riskRequired: false, riskReported: false, riskLevel: null },
      'decided',
    ],
    ['decide', 'party_report', { hearingRequired: true }, 'HEARING_REQUIRED'],
    [
      'decide',
      'party_report',
      { hearingRequired: true, hearingRecorded: true, expertRequired: true },
      'EXPERT_REVIEW_REQUIRED',
    ],
    [
      'decide',
      'party_report',
      {
        expertRequired: true,
        expertsChosen: 2,
        expertOpinionsSigned: 2,
        materials: ['draft', 'legality', 'comments', 'risk'],
      },
      'MATERIALS_INCOMPLETE',
    ],
    [
      'decide',
      'party_report',
      { materials: ['draft', 'legality', 'comments'] },
      'MATERIALS_INCOMPLETE',
    ],
    ['decide', 'party_report', { headSpokeLast: false }, 'HEAD_SPEAKS_LAST'],
    [
      'decide',
      'party_report',
      { headSpokeLast: true, departsFromMajority: true },
      'DEPARTURE_REASON_REQUIRED',
    ],
    [
      'decide',
      'party_report',
      {
        materials: ['draft', 'legality', 'comments', 'risk'],
        headSpokeLast: true,
        departsFromMajority: true,
        departureReason: '多数意见未考虑汛期',
      },
      'decided',
    ],
    ['publish', 'decided', {}, 'published'],
    ['publish', 'party_report', {}, 'INVALID_STATE'],
    ['implement', 'published', {}, 'implementing'],
    ['evaluate', 'implementing', {}, 'evaluating'],
    ['adjust', 'evaluating', { changeReason: ' ' }, 'CHANGE_REASON_REQUIRED'],
    ['adjust', 'evaluating', { changeReason: '评估认为应扩大覆盖范围' }, 'adjusted'],
    ['stop', 'implementing', { changeReason: '上级政策调整' }, 'stopped'],
    ['stop', 'published', { changeReason: '上级政策调整' }, 'INVALID_STATE'],
  ])('%s from %s %o → %s', (action, state, f, expected) => {
    expect(run(action, state, f)).toBe(expected);
  });

  it('names an article on every guarded step', () => {
    for (const t of Object.values(W.transitions)) expect(t.basis).toMatch(/第.+条/);
  });
});
