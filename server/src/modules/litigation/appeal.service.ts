import type { RequestContext } from '../../core/authz/actor.js';
import type { Deps } from '../../core/deps.js';
import { badRequest } from '../../core/errors.js';
import { startClock, stopClock } from '../calendar/calendar.public.js';
import { appealDefencePeriod } from './answer-period.js';
import { answerTask } from './answer-task.js';
import { notAfter } from './case.service.js';
import { LITIGATION_OWNER, caseStep } from './case.step.js';
import { APPEALED_BY, type AppealedBy } from './litigation.vocabulary.js';

// tenancy: each step loads its case through scoped() (case.step.ts)

/**
 * 上诉 against a first-instance judgment or ruling (《行政诉讼法》第八十五条): the appeal clock stops. The town
 * appeals in time and after a 会商 (the guard); when the other party appeals, the town's answer clock runs
 * again, 15 days from receiving the 上诉状副本 (answer-period.ts), and the answer needs a new 会商.
 */
export const appealCase = (
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { by: AppealedBy; on: string; court?: string | undefined },
) =>
  caseStep(
    deps,
    ctx,
    id,
    'appeal',
    async (s) => {
      const r = s.record;
      notAfter(s.today, input.on, 'on', input.by === 'town' ? '上诉日期' : '收到上诉状副本日期');
      if (r.concludedOn && input.on < r.concludedOn)
        throw badRequest('上诉日期不能早于一审文书送达日期', { field: 'on' });
      if (r.appealClockId) await stopClock(s.m, ctx, r.appealClockId, { on: input.on });
      const defence =
        input.by === 'other'
          ? await startClock(s.m, {
              orgId: r.orgId,
              subjectType: LITIGATION_OWNER,
              subjectId: r.id,
              ...appealDefencePeriod(),
              startDate: input.on,
            })
          : null;
      if (defence) await answerTask(s.m, r, defence);
      return {
        patch: {
          appealedOn: input.on,
          appealedBy: input.by,
          ...(defence
            ? {
                answerClockId: defence.id,
                answerDue: defence.dueDate,
                answeredOn: null,
                answerLate: 0,
                answerFileId: null,
              }
            : {}),
        },
        meta: { by: input.by, ...(defence ? { answerDue: defence.dueDate } : {}) },
        note: `${APPEALED_BY[input.by]}${input.court ? `，二审法院：${input.court}` : ''}${defence ? `；答辩期限至 ${defence.dueDate}` : ''}`,
      };
    },
    { appeal: { by: input.by, on: input.on } },
  );
