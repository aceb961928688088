import type { Deps } from '../../../core/deps.js';
import type { RequestContext } from '../../../core/authz/actor.js';
import { on } from '../../demo/demo-actors.js';
import { createPlan, drawPlan, publishPlan } from '../plans/plan.service.js';
import { recordTraining } from '../training/training.service.js';

// tenancy: the demo seed runs as the system

const POOL = [
  '慈溪市桥头某五金厂',
  '慈溪市某电器有限公司',
  '桥头镇某塑料制品厂',
  '某模具加工店',
  '慈溪市某纺织有限公司',
  '慈溪市某机械有限公司',
  '桥头镇某物流仓库',
  '慈溪市某化工有限公司',
  '桥头镇某家具厂',
  '桥头镇某印刷厂',
];

/**
 * 2024's 双随机、一公开 (浙江省综合行政执法条例 第二十一条): the second-quarter safety-production plan drawn
 * and published, and the fourth quarter's fire-safety plan still a draft at the year's end.
 */
export async function seedPlans(deps: Deps, officer: RequestContext): Promise<void> {
  const base = {
    year: 2024,
    objects: POOL,
    drawCount: 4,
    officersPerInspection: 2,
  };
  const { id } = await createPlan(on(deps, '2024-03-25'), officer, {
    ...base,
    name: '2024年第二季度安全生产双随机抽查计划',
    period: '第二季度',
    matter: '生产经营单位安全生产主体责任落实情况检查',
    legalBasis: '《安全生产法》第六十五条',
  });
  await drawPlan(on(deps, '2024-03-28'), officer, id);
  await publishPlan(on(deps, '2024-03-29'), officer, id);
  await createPlan(on(deps, '2024-12-16'), officer, {
    ...base,
    year: 2025,
    name: '2025年第一季度消防安全双随机抽查计划',
    period: '第一季度',
    matter: '生产经营单位消防安全检查',
    legalBasis: '《消防法》第五十三条',
  });
}

/** 2024's sessions: the provincial rotation, the legal course and the autumn trade course (学时). */
const SESSIONS: [heldOn: string, hours: number, topic: string][] = [
  ['2024-04-15', 24, '浙江省综合行政执法人员年度轮训'],
  ['2024-07-08', 24, '《行政处罚法》《行政强制法》专题培训'],
  ['2024-10-21', 16, '安全生产和消防执法业务培训'],
];

/**
 * The officers' 2024 学时 (浙江省综合行政执法条例 第三十一条): two of the team complete the provincial
 * rotation, the legal and the trade courses (64 学时); the last missed the autumn course (48 学时, flagged).
 */
export async function seedTraining(
  deps: Deps,
  officer: RequestContext,
  officerIds: readonly string[],
): Promise<void> {
  for (const [i, userId] of officerIds.entries())
    for (const [heldOn, hours, topic] of i < officerIds.length - 1
      ? SESSIONS
      : SESSIONS.slice(0, 2))
      await recordTraining(on(deps, heldOn, '17:30'), officer, { userId, heldOn, hours, topic });
}
