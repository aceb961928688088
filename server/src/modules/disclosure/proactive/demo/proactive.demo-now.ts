import type { Deps } from '../../../../core/deps.js';
import { addDays, isWorkingDay } from '../../../../core/calendar/index.js';
import { today } from '../../../../core/deps.js';
import { loadCalendar } from '../../../calendar/calendar.public.js';
import { demoIsLive, onDay, workdaysBefore } from '../../../demo/demo-now.js';
import { DEMO_TOWN_CODE } from '../../../demo/demo-data.js';
import { createItem, updateDraft } from '../item.service.js';
import { approveItem, reassessItem, submitItem } from '../review.service.js';
import { actorCtx } from '../../../demo/demo-actors.js';

// tenancy: the demo seed runs as the system

const APPROVAL = '经保密审查，不涉及国家秘密、商业秘密和个人隐私，同意公开';

/** The drafts and the item in 保密审查 left at the end of 2024, completed and published in January 2025. */
const CLOSED_IN_2025: { title: string; body?: string; submitOn?: string; approveOn: string }[] = [
  { title: '2024年度耕地地力保护补贴发放情况', approveOn: '2025-01-06' },
  {
    title: '桥头镇2024年第三季度重大建设项目实施情况',
    body: '截至2024年9月底，全镇在建重大建设项目6个，累计完成投资2.3亿元，各项目资金按进度拨付。',
    submitOn: '2025-01-06',
    approveOn: '2025-01-08',
  },
  {
    title: '2024年第四季度农村宅基地审批结果公示（10—11月）',
    body: '2024年10—11月全镇审批通过宅基地申请12户，申请户、地点和面积见附表。',
    submitOn: '2025-01-07',
    approveOn: '2025-01-09',
  },
  {
    title: '桥头镇2025年财政预算（草案）说明',
    body: '2025年全镇一般公共预算收入安排情况、支出结构和重点项目说明。',
    submitOn: '2025-01-13',
    approveOn: '2025-01-15',
  },
];

/**
 * Loaded after January 2025: the 2024 leftovers published, each withheld item re-assessed on its dates
 * up to today (政府信息公开条例 art 18), and current items in 保密审查 whose 20-working-day publication
 * period (art 26) runs out in a few days and in a few weeks.
 */
export async function seedProactiveNow(deps: Deps): Promise<void> {
  const day = today(deps);
  if (!demoIsLive(day)) return;
  const q = deps.db.kysely;
  const town = await q
    .selectFrom('orgs')
    .select('id')
    .where('code', '=', DEMO_TOWN_CODE)
    .executeTakeFirst();
  if (!town) return;
  const cal = await loadCalendar(q);
  const [clerk, reviewer] = await Promise.all([
    actorCtx(deps, 'clerk'),
    actorCtx(deps, 'reviewer'),
  ]);
  const idOf = async (title: string) =>
    (
      await q
        .selectFrom('disclosureItems')
        .select('id')
        .where('townId', '=', town.id)
        .where('title', '=', title)
        .executeTakeFirst()
    )?.id;

  for (const c of CLOSED_IN_2025) {
    const id = await idOf(c.title);
    if (!id) continue;
    if (c.submitOn) {
      await updateDraft(onDay(deps, c.submitOn, '09:00'), clerk, id, { body: c.body });
      await submitItem(onDay(deps, c.submitOn, '15:00'), clerk, id);
    }
    await approveItem(onDay(deps, c.approveOn, '10:30'), reviewer, id, APPROVAL);
  }

  // Art 18: each withheld item is re-assessed when due; none has yet become publishable.
  for (;;) {
    const due = await q
      .selectFrom('disclosureItems')
      .select(['id', 'reassessDue'])
      .where('townId', '=', town.id)
      .where('status', '=', 'withheld')
      .where('reassessDue', '<=', day)
      .orderBy('reassessDue')
      .executeTakeFirst();
    if (!due?.reassessDue) break;
    let on = due.reassessDue;
    while (!isWorkingDay(cal, on)) on = addDays(on, -1);
    await reassessItem(
      onDay(deps, on, '10:00'),
      clerk,
      due.id,
      false,
      '经评估，不予公开的情形仍然存在，继续不予公开',
    );
  }

  const year = day.slice(0, 4);
  const current = [
    {
      created: 17,
      category: 'livelihood',
      title: `${year}年桥头镇困难群众冬季慰问金发放情况`,
      summary: '慰问对象户数、标准和发放方式',
      body: `${year}年冬季慰问共覆盖困难群众家庭，慰问金已通过“一卡通”发放到户。`,
    },
    {
      created: 2,
      category: 'agri_policy',
      title: `${year}年桥头镇农业生产发展资金项目公示`,
      summary: '项目名称、实施主体和补助金额',
      body: `${year}年农业生产发展资金项目经评审拟补助6个项目，现予公示。`,
    },
  ];
  for (const c of current) {
    const createdOn = workdaysBefore(cal, day, c.created);
    const id = await createItem(onDay(deps, createdOn, '09:00'), clerk, {
      kind: 'information',
      category: c.category as never,
      title: c.title,
      summary: c.summary,
      body: c.body,
      docNumber: null,
      groupClass: null,
      publishMode: 'proactive',
      createdOn,
      normativeKind: null,
      issuedOn: null,
      explainsId: null,
    });
    await submitItem(onDay(deps, createdOn, '15:00'), clerk, id);
  }
}
