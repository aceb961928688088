import { rule, type Workflow } from '../../../core/workflow/index.js';

/** Where the rules of a 双随机、一公开 plan come from. */
export const PLAN_ART = {
  /** 随机抽取检查对象、随机选派检查人员, 抽查情况及查处结果及时向社会公开. */
  random: '《浙江省综合行政执法条例》第二十一条',
  /** 执法人员不得少于两人, 具有行政执法资格. */
  officers: '《行政处罚法》第四十二条',
  certificate: '《浙江省综合行政执法条例》第二十八条',
} as const;

/** 双随机、一公开 抽查计划: drafted, drawn (objects and officers, seeded), published. */
export const PLAN_STATES = {
  draft: '草拟',
  drawn: '已抽取',
  published: '已公开',
} as const;
export type PlanState = keyof typeof PLAN_STATES;

export type PlanAction = 'draw' | 'publish';

export interface PlanFacts {
  state: PlanState;
  /** Officers of the town holding a 执法证 valid today. */
  eligibleOfficers: number;
  /** Officers the plan sends to each inspection. */
  officersPerInspection: number;
}

// 行政处罚法 第四十二条: every inspection team is at least two officers with an enforcement qualification.
const enoughOfficers = (f: PlanFacts) =>
  f.eligibleOfficers < f.officersPerInspection
    ? rule(
        'NOT_ENOUGH_OFFICERS',
        `本镇持有效执法证的执法人员（${f.eligibleOfficers}人）少于每次检查所需人数（${f.officersPerInspection}人）`,
        PLAN_ART.officers,
      )
    : null;

type Party = 'team';

export const PLAN_WORKFLOW: Workflow<PlanState, PlanAction, PlanFacts, Party> = {
  key: 'enforcement-plan',
  title: '双随机、一公开抽查计划',
  states: PLAN_STATES,
  initial: ['draft'],
  permission: 'enforcement.inspection.record',
  parties: { team: { label: '综合行政执法队', townOffice: true } },
  transitions: {
    draw: {
      label: '随机抽取',
      verb: 'drawn',
      from: ['draft'],
      to: 'drawn',
      by: 'team',
      basis: PLAN_ART.random,
      guard: enoughOfficers,
    },
    publish: {
      label: '向社会公开',
      verb: 'published',
      from: ['drawn'],
      to: 'published',
      by: 'team',
      basis: PLAN_ART.random,
    },
  },
  // 浙江省综合行政执法条例 第二十一条: what is published is the draw; a plan not yet drawn has nothing to show.
  wrongState: (action, f) =>
    action === 'publish' && f.state === 'draft'
      ? rule('NOT_DRAWN', '抽查计划尚未随机抽取，不能公开', PLAN_ART.random)
      : null,
};
