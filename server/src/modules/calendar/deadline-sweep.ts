import { today, type Deps } from '../../core/deps.js';
import { mutation } from '../../core/mutation.js';
import { loadCalendar } from './calendar-loader.js';
import { redateOpenClocks } from './clock-rederive.js';
import { missingYears, raiseCoverageTasks } from './coverage.js';

const SWEEP_CTX = { actor: null, ip: null, userAgent: null, requestId: 'deadline-sweep' };

/**
 * The nightly sweep: re-derives every open clock's due date and provisional flag (paused clocks
 * move a day each day; a calendar change moves others), and asks the root's system admin to enter
 * a holiday notice that is missing (next year's from 1 November). Each run leaves one audit event
 * listing what it changed.
 */
export async function deadlineSweep(deps: Deps, slot: Date): Promise<string> {
  const day = today(deps);
  return mutation(deps, SWEEP_CTX, async (m) => {
    const redated = await redateOpenClocks(m.trx, await loadCalendar(m.trx), day, m.now);
    const missing = await missingYears(m.trx, day);
    const tasksCreated = await raiseCoverageTasks(m, missing);
    await m.audit({
      action: 'calendar.sweep.completed',
      orgId: null,
      meta: {
        slot: slot.toISOString(),
        day,
        redated: {
          count: redated.length,
          clocks: redated.map((r) => ({ id: r.id, before: r.before, after: r.after })),
        },
        missingYears: missing,
        tasksCreated,
      },
    });
    const years = missing.length
      ? `；未录入放假安排：${missing.join('、')}年，新建待办 ${tasksCreated} 条`
      : '';
    return `${day}：重新计算期限 ${redated.length} 个${years}`;
  });
}
