import type { MutationScope } from '../../core/mutation.js';
import { createTask } from '../../core/tasks/tasks.js';
import { LITIGATION_OWNER } from './case.step.js';
import type { LitigationCasesTable } from './litigation.tables.js';

/**
 * The answer (复议 答复 / 诉讼 答辩, and the 答辩 to the other party's appeal) in 我的待办 on its clock, for
 * the person who registered the case (else the town's 法审员); it closes when the answer stops the clock.
 */
export const answerTask = (
  m: MutationScope,
  r: Pick<LitigationCasesTable, 'id' | 'orgId' | 'title' | 'createdBy'>,
  clock: { id: string; purpose: string },
) =>
  createTask(m, {
    orgId: r.orgId,
    module: 'litigation',
    kind: 'litigation.answer',
    subjectType: LITIGATION_OWNER,
    subjectId: r.id,
    title: `${clock.purpose}：${r.title}`,
    ...(r.createdBy
      ? { assigneeUserId: r.createdBy }
      : { assigneeRole: 'legal_reviewer' as const }),
    clockId: clock.id,
    link: `/litigation/cases/${r.id}`,
  });
