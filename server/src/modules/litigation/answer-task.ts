import type { MutationScope } from '../../core/mutation.js';
import { createTask } from '../../core/tasks/tasks.js';
import { LITIGATION_OWNER } from './case.step.js';
import type { LitigationCasesTable } from './litigation.tables.js';

type Row = Pick<LitigationCasesTable, 'id' | 'orgId' | 'title' | 'createdBy'>;

/** What 我的待办 calls each of the case's periods (answer-period.ts names them by key). */
const PERIOD_LABELS: Record<string, string> = {
  'litigation.reply': '复议答复期限',
  'litigation.defence': '答辩期限',
  'litigation.appeal_defence': '上诉答辩期限',
  'litigation.appeal': '上诉期限',
};

/**
 * A period of the case in 我的待办 on its clock, for the person who registered the case (else the
 * town's 法审员); it closes when the step that satisfies the period stops the clock.
 */
const periodTask = (
  m: MutationScope,
  r: Row,
  clock: { id: string; purpose: string },
  kind: 'answer' | 'appeal',
) =>
  createTask(m, {
    orgId: r.orgId,
    module: 'litigation',
    kind: `litigation.${kind}`,
    subjectType: LITIGATION_OWNER,
    subjectId: r.id,
    title: `${PERIOD_LABELS[clock.purpose] ?? clock.purpose}：${r.title}`,
    ...(r.createdBy
      ? { assigneeUserId: r.createdBy }
      : { assigneeRole: 'legal_reviewer' as const }),
    clockId: clock.id,
    link: `/litigation/cases/${r.id}`,
  });

/** The answer (复议 答复 / 诉讼 答辩, and the 答辩 to the other party's appeal); filing it stops the clock. */
export const answerTask = (m: MutationScope, r: Row, clock: { id: string; purpose: string }) =>
  periodTask(m, r, clock, 'answer');

/** 上诉期限 (行政诉讼法 第八十五条) of a first-instance judgment or ruling; the 上诉 step stops its clock. */
export const appealTask = (m: MutationScope, r: Row, clock: { id: string; purpose: string }) =>
  periodTask(m, r, clock, 'appeal');
