import type { Deps } from '../../../../core/deps.js';
import { today } from '../../../../core/deps.js';
import { addDays, isWorkingDay } from '../../../../core/calendar/index.js';
import { loadCalendar } from '../../../calendar/calendar.public.js';
import { demoIsLive, onDay } from '../../../demo/demo-now.js';
import { actorCtx, inOneTransaction } from '../../../demo/demo-actors.js';
import { closeComplaint, confirmPublished, orderPublication } from '../complaint.service.js';
import { periodBounds, periodDue, periodsOfYear } from '../frequency.js';
import {
  approveVillageItem,
  createVillageItem,
  submitVillageItem,
} from '../village-item.service.js';
import { VILLAGE_DEFAULTS } from '../village-settings.js';
import { DEMO_COMPLAINT, DEMO_VILLAGES, routineText } from './village-data.js';
import { VILLAGE_HISTORY_AS_OF } from './village.demo.js';

// tenancy: the demo seed runs as the system

/**
 * Loaded after January 2025: the complaint under investigation on 20 November 2024 ends as it would
 * have — the town orders 毛三斢村 to publish its third-quarter finances (村民委员会组织法 art 31), the
 * village does within the period, and the complainant is told.
 */
export const seedVillageAffairsNow = (deps: Deps): Promise<void> =>
  demoIsLive(today(deps)) ? inOneTransaction(deps, seed) : Promise.resolve();

async function seed(deps: Deps): Promise<void> {
  await closeComplaintOf2024(deps);
  await publishRoutineSince2024(deps);
}

async function closeComplaintOf2024(deps: Deps): Promise<void> {
  const q = deps.db.kysely;
  const c = DEMO_COMPLAINT;
  const village = await q
    .selectFrom('orgs')
    .select('id')
    .where('code', '=', c.code)
    .executeTakeFirst();
  const complaint =
    village &&
    (await q
      .selectFrom('villageAffairsComplaints')
      .select(['id', 'status'])
      .where('orgId', '=', village.id)
      .executeTakeFirst());
  if (!village || !complaint || complaint.status !== 'investigating') return;
  const v = DEMO_VILLAGES.find((x) => x.code === c.code)!;
  const [clerk, cadre, supervisor] = await Promise.all([
    actorCtx(deps, 'clerk'),
    actorCtx(deps, v.cadre.username),
    actorCtx(deps, v.supervisor.username),
  ]);

  await orderPublication(onDay(deps, '2024-11-22'), clerk, complaint.id, {
    findings: '经核实，该村2024年第三季度财务收支未按期在“群治分”平台公布。',
    orderText: '责令毛三斢村公布2024年第三季度财务收支情况',
  });
  const text = routineText(v.short, 'finance', '2024-Q3', 7);
  const itemId = await createVillageItem(onDay(deps, '2024-11-27', '09:00'), cadre, {
    orgId: village.id,
    category: 'finance',
    matterKind: 'regular',
    subject: text.subject as never,
    period: '2024-Q3',
    title: text.title,
    body: text.body,
  });
  await submitVillageItem(onDay(deps, '2024-11-27', '09:30'), cadre, itemId);
  await approveVillageItem(
    onDay(deps, '2024-11-27', '15:00'),
    supervisor,
    itemId,
    '经村务监督委员会审查，内容真实完整，同意公布',
  );
  const after = await q
    .selectFrom('villageAffairsComplaints')
    .select('status')
    .where('id', '=', complaint.id)
    .executeTakeFirstOrThrow();
  if (after.status === 'ordered')
    await confirmPublished(onDay(deps, '2024-11-28'), clerk, complaint.id, { itemId });
  await closeComplaint(onDay(deps, '2024-11-29'), clerk, complaint.id, {
    resultNote: '经核实，该村已于2024年11月27日公布第三季度财务收支情况，感谢您的监督。',
  });
}

/**
 * Every routine period (党务、村务、财务) due after the 2024 history and by today is published on its
 * usual day, so the board of the current year has its record; 烟墩村 has not yet published the
 * latest 村务 period, the one red mark a town usually has.
 */
async function publishRoutineSince2024(deps: Deps): Promise<void> {
  const q = deps.db.kysely;
  const day = today(deps);
  const cal = await loadCalendar(q);
  const workday = (d: string) => {
    let w = d;
    while (!isWorkingDay(cal, w)) w = addDays(w, 1);
    return w;
  };
  const dueDay = VILLAGE_DEFAULTS.dueDay.value;
  const steps: { at: string; run: () => Promise<unknown> }[] = [];
  for (const v of DEMO_VILLAGES) {
    const village = await q
      .selectFrom('orgs')
      .select('id')
      .where('code', '=', v.code)
      .executeTakeFirst();
    if (!village) continue;
    const [cadre, supervisor] = await Promise.all([
      actorCtx(deps, v.cadre.username),
      actorCtx(deps, v.supervisor.username),
    ]);
    let i = 0;
    for (const category of ['party', 'village', 'finance'] as const) {
      const periods = [];
      for (let year = 2024; year <= Number(day.slice(0, 4)); year++)
        periods.push(
          ...periodsOfYear(
            year,
            category === 'finance' && v.monthlyFinance ? 'monthly' : 'quarterly',
          ),
        );
      const due = periods.filter(
        (p) => periodDue(p, dueDay) > VILLAGE_HISTORY_AS_OF && periodDue(p, dueDay) <= day,
      );
      if (v.short === '烟墩村' && category === 'village') due.pop();
      for (const period of due) {
        const on = workday(addDays(periodBounds(period).end, 3 + (i++ % 3)));
        const text = routineText(v.short, category, period, i);
        steps.push({
          at: `${on} ${v.code} ${category}`,
          run: async () => {
            const id = await createVillageItem(onDay(deps, on, '09:00'), cadre, {
              orgId: village.id,
              category,
              matterKind: 'regular',
              subject: text.subject as never,
              period,
              title: text.title,
              body: text.body,
            });
            await submitVillageItem(onDay(deps, on, '09:30'), cadre, id);
            await approveVillageItem(
              onDay(deps, on, '15:00'),
              supervisor,
              id,
              '经村务监督委员会审查，内容真实完整，同意公布',
            );
          },
        });
      }
    }
  }
  steps.sort((a, b) => a.at.localeCompare(b.at));
  for (const s of steps) await s.run();
}
