import { rule, type Workflow } from '../../core/workflow/index.js';

/**
 * The annual 法治政府建设 report's life: staff write it, the town head signs it off (审定), it is published
 * on the portal and then submitted to the county (报送上级). A report whose text has typed numbers or
 * unresolved placeholders cannot go to the head.
 */
export const LAW_REPORT_STATES = {
  draft: '草稿',
  submitted: '待审定',
  approved: '已审定',
  published: '已公开',
  reported: '已报送',
} as const;
export type LawReportState = keyof typeof LAW_REPORT_STATES;
export type LawReportAction = 'submit' | 'return' | 'approve' | 'publish' | 'report';
type Party = 'clerk' | 'head';

export interface LawReportFacts {
  state: LawReportState;
  /** How many problems the check finds (typed numbers, placeholders without a figure). */
  problems: number;
  firstProblem: string | null;
}

const checked = (f: LawReportFacts) =>
  f.problems > 0
    ? rule(
        'REPORT_CHECK_FAILED',
        `报告正文有${f.problems}处数字未绑定指标或指标暂无数据（如：${f.firstProblem}），请改为指标占位符后再提交`,
        null,
      )
    : null;

export const LAW_REPORT_WORKFLOW: Workflow<LawReportState, LawReportAction, LawReportFacts, Party> =
  {
    key: 'law-report',
    title: '法治政府建设年度报告',
    states: LAW_REPORT_STATES,
    initial: ['draft'],
    permission: 'report.edit',
    parties: {
      clerk: { label: '党建综合办经办人', townOffice: true },
      head: { label: '镇主要负责人', townOffice: true },
    },
    transitions: {
      submit: {
        label: '提交审定',
        verb: 'submitted',
        from: ['draft'],
        to: 'submitted',
        by: 'clerk',
        basis: null,
        guard: checked,
      },
      return: {
        label: '退回修改',
        verb: 'returned',
        from: ['submitted'],
        to: 'draft',
        by: 'head',
        permission: 'report.approve',
        basis: null,
      },
      approve: {
        label: '审定通过',
        verb: 'approved',
        from: ['submitted'],
        to: 'approved',
        by: 'head',
        permission: 'report.approve',
        basis: null,
        guard: checked,
      },
      publish: {
        label: '门户公开',
        verb: 'published',
        from: ['approved'],
        to: 'published',
        by: 'clerk',
        basis: null,
      },
      report: {
        label: '报送上级',
        verb: 'reported',
        from: ['published'],
        to: 'reported',
        by: 'clerk',
        basis: null,
      },
    },
  };
