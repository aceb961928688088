import { addDays } from '../../../../core/calendar/index.js';
import type { RequestContext } from '../../../../core/authz/actor.js';
import { today, type Deps } from '../../../../core/deps.js';
import { actorCtx, inOneTransaction, on } from '../../../demo/demo-actors.js';
import {
  clearHazard,
  createHazard,
  orderHazard,
  recheckHazard,
  startRectification,
  superviseHazard,
} from '../hazard.service.js';
import { createInspection } from '../inspection.service.js';
import { CHECKLISTS } from '../inspection.vocabulary.js';

// tenancy: the demo seed runs as the system

/**
 * 桥头镇's ten school canteens (the report's 10所中小学校食堂, F16): the first five inspected in the
 * spring term of 2024, the other five in the autumn term.
 */
const CANTEENS = [
  '慈溪市桥头镇中心小学食堂',
  '慈溪市桥头初级中学食堂',
  '慈溪市桥头镇五姓小学食堂',
  '慈溪市桥头镇中心幼儿园食堂',
  '慈溪市桥头镇上林湖幼儿园食堂',
  '慈溪市桥头镇烟墩小学食堂',
  '慈溪市桥头镇丰潭小学食堂',
  '慈溪市桥头镇潭河沿幼儿园食堂',
  '慈溪市桥头镇五丰幼儿园食堂',
  '慈溪市桥头镇毛三斢幼儿园食堂',
];
const SPRING = ['2024-03-12', '2024-03-14', '2024-03-19', '2024-03-21', '2024-03-26'];
const AUTUMN = ['2024-09-10', '2024-09-12', '2024-09-19', '2024-09-24', '2024-09-26'];

const canteenChecklist = (failed: string | null) =>
  Object.keys(CHECKLISTS.canteen).map((item) =>
    item === failed
      ? { item, passed: false, note: '当日午餐未留样，留样记录缺失' }
      : { item, passed: true },
  );

async function canteenInspection(
  deps: Deps,
  officer: RequestContext,
  subjectName: string,
  day: string,
  failed: string | null,
) {
  return createInspection(on(deps, day), officer, {
    kind: 'canteen',
    inspectedOn: day,
    subjectName,
    contactPerson: '王校长',
    checklist: canteenChecklist(failed),
    departments: ['慈溪市市场监督管理局桥头所', '桥头镇教育办'],
    inspectors: '陈执法、周执法',
    findings: failed ? '发现食品留样不规范，已当场责令改正并登记隐患。' : '未发现问题。',
  });
}

/**
 * 2024: ten school canteens inspected once each (综合查一次 with the market-supervision office and the town's
 * education office), one canteen hazard rectified and closed, and a fire hazard put under 挂牌督办
 * in the summer and 销号 in the autumn, all through the real services on their days.
 */
export const seedInspectionsDemo = (deps: Deps): Promise<void> => inOneTransaction(deps, seed);

async function seed(deps: Deps): Promise<void> {
  const q = deps.db.kysely;
  if (await q.selectFrom('enforcementInspections').select('id').executeTakeFirst()) return;
  const officer = await actorCtx(deps, 'officer');
  const head = await actorCtx(deps, 'head');
  for (const [i, name] of CANTEENS.slice(0, SPRING.length).entries()) {
    const spring = await canteenInspection(
      deps,
      officer,
      name,
      SPRING[i]!,
      i === 2 ? 'samples' : null,
    );
    await canteenInspection(deps, officer, CANTEENS[i + SPRING.length]!, AUTUMN[i]!, null);
    if (i !== 2) continue;
    const { id } = await createHazard(on(deps, SPRING[i]!), officer, {
      inspectionId: spring.id,
      subjectName: name,
      description: '食品留样不规范：当日午餐未留样。',
      level: 'general',
    });
    await orderHazard(on(deps, SPRING[i]!), officer, id, { workingDays: 5 });
    await startRectification(on(deps, '2024-03-20'), officer, id);
    await recheckHazard(on(deps, '2024-03-27'), officer, id, {
      passed: true,
      note: '已配置留样冰箱并落实留样记录',
    });
  }

  const fire = await createInspection(on(deps, '2024-06-18'), officer, {
    kind: 'fire',
    inspectedOn: '2024-06-18',
    subjectName: '桥头镇某纺织有限公司',
    contactPerson: '李经理',
    checklist: Object.keys(CHECKLISTS.fire).map((item) =>
      item === 'exits'
        ? { item, passed: false, note: '生产车间与仓库之间的安全出口被成品堆放堵塞' }
        : { item, passed: true },
    ),
    departments: ['慈溪市消防救援大队'],
    inspectors: '陈执法、周执法',
  });
  const { id } = await createHazard(on(deps, '2024-06-18'), officer, {
    inspectionId: fire.id,
    subjectName: '桥头镇某纺织有限公司',
    description: '车间安全出口堵塞，“三合一”场所住人。',
    level: 'major',
  });
  await orderHazard(on(deps, '2024-06-18'), officer, id, { deadline: '2024-07-05' });
  await superviseHazard(on(deps, '2024-07-08'), head, id, {
    body: '桥头镇人民政府',
    deadline: '2024-09-30',
  });
  await recheckHazard(on(deps, '2024-09-20'), officer, id, {
    passed: true,
    note: '住人区域已拆除，安全出口畅通',
  });
  await clearHazard(on(deps, '2024-09-25'), head, id, '经复查隐患已排除，同意销号');
}

/**
 * Today's open hazards: one under 挂牌督办 with its deadline ahead, and one ordered corrected within
 * five working days (due this week).
 */
export async function seedInspectionsNow(deps: Deps): Promise<void> {
  const q = deps.db.kysely;
  const day = today(deps);
  if (
    await q
      .selectFrom('enforcementHazards')
      .select('id')
      .where('foundOn', '>', '2024-12-31')
      .executeTakeFirst()
  )
    return;
  const officer = await actorCtx(deps, 'officer');
  const head = await actorCtx(deps, 'head');
  const back = (d: number) => on(deps, addDays(day, -d));

  const major = await createHazard(back(20), officer, {
    subjectName: '慈溪市某化工有限公司',
    description: '甲类仓库可燃气体报警装置失效，未设置防爆电气。',
    level: 'major',
  });
  await orderHazard(back(20), officer, major.id, { workingDays: 10 });
  await superviseHazard(back(10), head, major.id, {
    body: '桥头镇人民政府',
    deadline: addDays(day, 30),
  });

  const exits = await createHazard(back(2), officer, {
    subjectName: '桥头镇某物流仓库',
    description: '电动自行车在仓库内违规停放充电。',
    level: 'general',
  });
  await orderHazard(back(2), officer, exits.id, { deadline: addDays(day, 3) });
  await startRectification(back(1), officer, exits.id);
}
