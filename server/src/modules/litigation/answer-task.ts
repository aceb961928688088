import type { MutationScope } from '../../core/mutation.js';
import { createTask } from '../../core/tasks/tasks.js';
import { LITIGATION_OWNER } from './case.step.js';
import type { LitigationCasesTable } from './litigation.tables.js';

type Row = Pick<LitigationCasesTable, 'id' | 'orgId' | 'title' | 'createdBy'>;

/** What 我的待办 calls each answer period (answer-period.ts names them by key). */
const ANSWER_LABELS: Record<string, string> = {
  'litigation.reply': '复议答复期限',
  'litigation.defence': '答辩期限',
  'litigation.appeal_defence': '上诉答辩期限',
};

/**
 * The answer (复议 答复 / 诉讼 答辩, and the 答辩 to the other party's appeal) in 我的待办 on its clock, for
 * the person who registered the case (else the town's 法审员); it closes when the answer stops the clock.
 * The 上诉期限 has no task: a town that accepts the judgment records no step that would close it.
 */
export const answerTask = (m: MutationScope, r: Row, clock: { id: string; purpose: string }) =>
  createTask(m, {
    orgId: r.orgId,
    module: 'litigation',
    kind: 'litigation.answer',
    subjectType: LITIGATION_OWNER,
    subjectId: r.id,
    title: `${ANSWER_LABELS[clock.purpose] ?? clock.purpose}：${r.title}`,
    ...(r.createdBy
      ? { assigneeUserId: r.createdBy }
      : { assigneeRole: 'legal_reviewer' as const }),
    clockId: clock.id,
    link: `/litigation/cases/${r.id}`,
  });
