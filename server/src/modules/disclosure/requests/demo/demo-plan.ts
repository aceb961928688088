import { type PlanEntry, zhou, xu, wujin } from './demo-applicants.js';
import { PLAN_2024_GIVEN } from './plan-2024-given.js';
import { PLAN_2024_OTHER } from './plan-2024-other.js';

/**
 * 桥头镇's applications of 2024 (and the three carried over from December 2023), as a plan the demo
 * seed plays through the real services on the days given. Every outcome row of 表三 occurs; four
 * applications are still open at the end of 2024 (结转下年度). Names and numbers are fictitious.
 */
export const CARRIED_FROM_2023: PlanEntry[] = [
  {
    who: zhou,
    channel: 'in_person',
    received: '2023-12-20',
    description: '2023年桥头镇农村生活污水治理工程项目招标公告及中标结果',
    steps: [{ at: '2024-01-10', do: 'reply', outcome: 'disclosed' }],
  },
  {
    who: wujin,
    channel: 'registered_post',
    received: '2023-12-25',
    description: '本公司厂区周边河道2023年水质监测报告',
    steps: [
      {
        at: '2024-01-12',
        do: 'reply',
        outcome: 'unavailable_not_held',
        reasons: '河道水质监测由生态环境部门组织实施，监测报告由其制作和保存',
        competentBody: { name: '宁波市生态环境局慈溪分局', contact: '0574-63922000' },
      },
    ],
  },
  {
    who: xu,
    channel: 'online',
    received: '2023-12-27',
    description: '2023年桥头镇最低生活保障对象审批程序及标准',
    steps: [
      {
        at: '2024-01-15',
        do: 'reply',
        outcome: 'disclosed',
        details: '桥头镇人民政府门户网站“社会救助”栏目',
      },
    ],
  },
];

export const PLAN_2024: PlanEntry[] = [...PLAN_2024_GIVEN, ...PLAN_2024_OTHER];
