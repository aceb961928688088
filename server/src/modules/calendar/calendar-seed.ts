import { createRequire } from 'node:module';
import type { Deps } from '../../core/deps.js';
import { newId } from '../../core/ids.js';
import { mutation } from '../../core/mutation.js';

/** Years whose State Council holiday notices ship with the `chinese-days` package and are seeded. */
const SEEDED_YEARS = [2024, 2025, 2026] as const;

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/** `"National Day,国庆节,3"` → `国庆节`. */
const chineseName = (v: string) => v.split(',')[1] ?? v;

export function chineseDaysYear(
  year: number,
): { date: string; kind: 'holiday' | 'workday'; name: string }[] {
  const data = createRequire(import.meta.url)(
    'chinese-days/dist/chinese-days.json',
  ) as ChineseDaysData;
  const pick = (src: Record<string, string>, kind: 'holiday' | 'workday') =>
    Object.entries(src)
      .filter(([d]) => d.startsWith(`${year}-`))
      .map(([date, v]) => ({
        date,
        kind,
        name: kind === 'holiday' ? chineseName(v) : `${chineseName(v)}调休上班`,
      }));
  return [...pick(data.holidays, 'holiday'), ...pick(data.workdays, 'workday')].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
}

/** On an empty calendar, records 2024–2026 as notices from `chinese-days` (version 1 of each year). */
export async function seedCalendarIfEmpty(deps: Pick<Deps, 'db' | 'time'>): Promise<void> {
  const any = await deps.db.kysely
    .selectFrom('calendarNotices')
    .select('id')
    .limit(1)
    .executeTakeFirst();
  if (any) return;
  const ctx = { actor: null, ip: null, userAgent: null, requestId: 'calendar-seed' };
  await mutation(deps, ctx, async (m) => {
    for (const year of SEEDED_YEARS) {
      const noticeId = newId();
      await m.trx
        .insertInto('calendarNotices')
        .values({
          id: noticeId,
          year,
          version: 1,
          title: `${year}年部分节假日安排（chinese-days 数据）`,
          docNumber: null,
          publishedOn: null,
          source: 'chinese-days',
          enteredBy: null,
          enteredAt: m.now.toISOString(),
          note: '随系统预置，来源：chinese-days 1.5.7（国务院办公厅通知）',
        })
        .execute();
      const days = chineseDaysYear(year);
      await m.trx
        .insertInto('calendarDays')
        .values(days.map((d) => ({ id: newId(), noticeId, ...d })))
        .execute();
    }
    await m.audit({
      action: 'calendar.notice.seeded',
      orgId: null,
      meta: { years: [...SEEDED_YEARS] },
    });
  });
}
