import { rule, type Workflow } from '../../../core/workflow/index.js';
import { REPORT_BASIS } from './report.service.js';

/**
 * The annual report's publication as the kernel's transition table: a draft is published once checks
 * V1–V5 pass; publishing again (a correction) makes a new version of the published report.
 */
export const REPORT_STATES = { draft: '草稿', published: '已发布' } as const;
export type ReportState = keyof typeof REPORT_STATES;

export interface ReportFacts {
  state: ReportState;
  /** Codes of the checks V1–V5 that fail, with the first failure's text. */
  failedChecks: string[];
  firstFailure: string | null;
}

export const REPORT_WORKFLOW: Workflow<ReportState, 'publish', ReportFacts, 'leader'> = {
  key: 'disclosure-annual-report',
  title: '政府信息公开工作年度报告',
  states: REPORT_STATES,
  initial: ['draft'],
  permission: 'disclosure.report.publish',
  parties: { leader: { label: '乡镇负责人', townOffice: true } },
  transitions: {
    publish: {
      label: '发布年度报告',
      verb: 'published',
      from: ['draft', 'published'],
      to: 'published',
      by: 'leader',
      basis: REPORT_BASIS,
      guard: (f) =>
        f.failedChecks.length
          ? rule(
              'REPORT_CHECKS_FAILED',
              `年度报告未通过校验（${f.failedChecks.join('、')}），不能发布：${f.firstFailure}`,
              REPORT_BASIS,
            )
          : null,
    },
  },
};
