import type { DayUnit, ExplanationStep } from '@fazhi/shared';
import { BASIS_MOVE, BASIS_START } from './basis.js';
import { chineseDate, weekdayName } from './dates.js';
import type { DayRecord, PeriodWalk } from './period.js';
import { classifyDay, provisionalReason, type WorkCalendar } from './work-calendar.js';

const unitWord = (unit: DayUnit) => (unit === 'working' ? '个工作日' : '日');

const days = (run: DayRecord[]) => (run.length > 1 ? `（共${run.length}天）` : '');
/** Admins may enter a make-up day as just "国庆节"; it reads "国庆节调休上班" either way. */
const makeupName = (name: string) =>
  name.includes('调休') || name.includes('上班') ? name : `${name}调休上班`;

/** Runs of consecutive records that read the same, so a long period stays a short list. */
function runKey(r: DayRecord, unit: DayUnit): string {
  switch (r.kind) {
    case 'counted':
      return unit === 'working' && r.makeup ? `makeup:${r.makeup}` : 'counted';
    case 'holiday':
      return `holiday:${r.name}`;
    case 'paused':
      return `paused:${r.reasonLabel}`;
    default:
      return r.kind;
  }
}

function describeRun(run: DayRecord[], unit: DayUnit): ExplanationStep {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const span = run.length > 1 ? { date: first.date, to: last.date } : { date: first.date };
  const ordinal = () => {
    const a = (first as { n: number }).n;
    const b = (last as { n: number }).n;
    return a === b ? `第${a}${unitWord(unit)}` : `第${a}–${b}${unitWord(unit)}`;
  };
  switch (first.kind) {
    case 'counted':
      if (unit === 'working' && first.makeup)
        return {
          ...span,
          kind: 'makeup_workday',
          note: `${makeupName(first.makeup)}，计入${ordinal()}`,
        };
      return {
        ...span,
        kind: 'counted',
        note:
          unit === 'calendar' ? `计入${ordinal()}（节假日、休息日照常计算）` : `计入${ordinal()}`,
      };
    case 'weekend':
      return { ...span, kind: 'weekend', note: `周末休息日，不计入${days(run)}` };
    case 'holiday':
      return { ...span, kind: 'holiday', note: `${first.name}放假，不计入${days(run)}` };
    case 'paused': {
      const working = run.filter((r) => r.kind === 'paused' && r.working).length;
      const addBack = unit === 'working' ? `其中${working}个工作日` : `共${run.length}日`;
      return {
        ...span,
        kind: 'paused',
        note: `因${first.reasonLabel}暂停计算，不计入（${addBack}在恢复后补足）`,
      };
    }
    default:
      throw new Error(`unexpected record ${first.kind}`);
  }
}

interface ExplainOptions {
  unit: DayUnit;
  startDate: string;
  baseDays: number;
  extensionDays: number;
}

/** The step-by-step account of how the due date was reached. */
export function explainWalk(
  cal: WorkCalendar,
  walk: PeriodWalk,
  opts: ExplainOptions,
): ExplanationStep[] {
  const steps: ExplanationStep[] = [
    {
      date: opts.startDate,
      kind: 'start',
      note: `起算日（当日不计入），自次日开始计算（依据${BASIS_START}）`,
    },
  ];
  let run: DayRecord[] = [];
  const flush = () => {
    if (run.length) steps.push(describeRun(run, opts.unit));
    run = [];
  };
  for (const r of walk.records) {
    if (r.kind === 'uncovered_year' || r.kind === 'base_reached') {
      flush();
      steps.push(
        r.kind === 'uncovered_year'
          ? { date: r.date, kind: 'provisional', note: `${provisionalReason(r.year)}（暂定）` }
          : {
              date: r.date,
              kind: 'extension',
              note: `原期限${opts.baseDays}${unitWord(opts.unit)}至此届满；经批准延长${opts.extensionDays}${unitWord(opts.unit)}，继续计算`,
            },
      );
      continue;
    }
    if (run.length && runKey(run[0]!, opts.unit) !== runKey(r, opts.unit)) flush();
    run.push(r);
  }
  flush();
  if (walk.due !== walk.lastDay) {
    const cls = classifyDay(cal, walk.lastDay);
    const what = cls.kind === 'holiday' ? `${cls.name}放假` : '休息日';
    steps.push({
      date: walk.lastDay,
      to: walk.due,
      kind: 'moved',
      note: `期间最后一日${chineseDate(walk.lastDay)}（${weekdayName(walk.lastDay)}）为${what}，依据${BASIS_MOVE}顺延至其后第一个工作日${chineseDate(walk.due)}`,
    });
  }
  return steps;
}

/** Tallies for the one-line summary. */
export function tally(walk: PeriodWalk) {
  const holidays = new Map<string, number>();
  const pauses = new Map<string, { days: number; working: number }>();
  let weekends = 0;
  let makeups = 0;
  for (const r of walk.records) {
    if (r.kind === 'weekend') weekends += 1;
    if (r.kind === 'holiday') holidays.set(r.name, (holidays.get(r.name) ?? 0) + 1);
    if (r.kind === 'counted' && r.makeup) makeups += 1;
    if (r.kind === 'paused') {
      const p = pauses.get(r.reasonLabel) ?? { days: 0, working: 0 };
      p.days += 1;
      p.working += r.working ? 1 : 0;
      pauses.set(r.reasonLabel, p);
    }
  }
  return { weekends, makeups, holidays, pauses };
}
