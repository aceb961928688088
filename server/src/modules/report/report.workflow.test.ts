import { describe, expect, it } from 'vitest';
import { checkStep } from '../../core/workflow/index.js';
import {
  LAW_REPORT_WORKFLOW,
  type LawReportAction,
  type LawReportFacts,
  type LawReportState,
} from './report.workflow.js';

const facts = (state: LawReportState, problems = 0): LawReportFacts => ({
  state,
  problems,
  firstProblem: problems ? '“发案量0件”中的数字0' : null,
});
const result = (a: LawReportAction, f: LawReportFacts) => {
  const c = checkStep(LAW_REPORT_WORKFLOW, a, f);
  return c.ok ? c.to : c.refusal.code;
};

describe('法治政府建设年度报告 workflow (pure)', () => {
  it.each<[LawReportState, LawReportAction, number, string]>([
    ['draft', 'submit', 0, 'submitted'],
    ['draft', 'submit', 2, 'REPORT_CHECK_FAILED'],
    ['submitted', 'return', 0, 'draft'],
    ['submitted', 'approve', 0, 'approved'],
    ['submitted', 'approve', 1, 'REPORT_CHECK_FAILED'],
    ['approved', 'publish', 0, 'published'],
    ['published', 'report', 0, 'reported'],
    ['draft', 'approve', 0, 'INVALID_STATE'],
    ['draft', 'publish', 0, 'INVALID_STATE'],
    ['submitted', 'publish', 0, 'INVALID_STATE'],
    ['approved', 'report', 0, 'INVALID_STATE'],
    ['reported', 'submit', 0, 'INVALID_STATE'],
  ])('%s + %s (%i problems) → %s', (state, action, problems, expected) => {
    expect(result(action, facts(state, problems))).toBe(expected);
  });

  it('leaves the approval to the head and the writing to the office', () => {
    expect(LAW_REPORT_WORKFLOW.transitions.approve.permission).toBe('report.approve');
    expect(LAW_REPORT_WORKFLOW.transitions.return.permission).toBe('report.approve');
    expect(LAW_REPORT_WORKFLOW.transitions.submit.permission).toBeUndefined();
    expect(LAW_REPORT_WORKFLOW.permission).toBe('report.edit');
  });
});
