import type { DayUnit } from '@fazhi/shared';
import { chineseDate, weekdayName } from './dates.js';
import { tally } from './explanation.js';
import type { PeriodWalk } from './period.js';
import { classifyDay, type WorkCalendar } from './work-calendar.js';

interface SummaryOptions {
  unit: DayUnit;
  startDate: string;
  baseDays: number;
  extensionDays: number;
  provisionalReasons: string[];
}

/** One line in Chinese: how many days, what was skipped, where it ends and whether that may change. */
export function summarise(cal: WorkCalendar, walk: PeriodWalk, o: SummaryOptions): string {
  const word = o.unit === 'working' ? '个工作日' : '日';
  const t = tally(walk);
  const parts: string[] = [
    `自${chineseDate(o.startDate)}次日起算，计${o.baseDays + o.extensionDays}${word}`,
  ];
  if (o.extensionDays)
    parts[0] += `（原期限${o.baseDays}${word}，经批准延长${o.extensionDays}${word}）`;
  if (o.unit === 'working') {
    const skipped = [
      ...(t.weekends ? [`周末${t.weekends}天`] : []),
      ...[...t.holidays].map(([name, n]) => `${name}放假${n}天`),
    ];
    if (skipped.length) parts.push(`跳过${skipped.join('、')}`);
    if (t.makeups) parts.push(`计入调休上班日${t.makeups}天`);
  }
  for (const [label, p] of t.pauses) {
    parts.push(
      `因${label}暂停${p.days}天（补足${o.unit === 'working' ? `${p.working}个工作日` : `${p.days}日`}）`,
    );
  }
  let end = `截止日为${chineseDate(walk.due)}（${weekdayName(walk.due)}）`;
  if (walk.due !== walk.lastDay) {
    const cls = classifyDay(cal, walk.lastDay);
    end = `期满日${chineseDate(walk.lastDay)}为${cls.kind === 'holiday' ? `${cls.name}放假` : '休息日'}，依据《中华人民共和国民法典》第二百零三条顺延，${end}`;
  }
  parts.push(end);
  const line = parts.join('，');
  return o.provisionalReasons.length
    ? `${line}；结果为暂定：${o.provisionalReasons.join('；')}。`
    : `${line}。`;
}
