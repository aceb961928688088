import type { z } from 'zod';
import type { entryBody } from '../decisions.schema.js';
import type { Adoption } from '../decisions.vocabulary.js';

type Entry = z.infer<typeof entryBody>;

/** 桥头镇's 2024 catalogue entry: the one major decision of the year. */
export const SEWAGE_ENTRY: Entry = {
  title: '桥头镇农村生活污水治理提升工程（2024—2026年）实施方案',
  decisionBody: '桥头镇人民政府',
  leadOffice: '农业农村办公室',
  partners: '各村（社区）、慈溪市生态环境局桥头所',
  legalBasis: '《中华人民共和国水污染防治法》《浙江省农村生活污水处理设施管理条例》',
  procedures: ['public_participation', 'expert_review', 'risk_assessment'],
  plannedBy: '2024-06-30',
  affectsMarket: false,
};

/** Added in October (目录动态调整), for work to be decided the next year. */
export const LATER_ENTRY: Entry = {
  title: '桥头镇城镇老旧小区改造实施计划',
  decisionBody: '桥头镇人民政府',
  leadOffice: '建设管理办公室',
  legalBasis: '《国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见》',
  procedures: ['public_participation', 'risk_assessment'],
  plannedBy: '2025-06-30',
  affectsMarket: false,
  reason: '根据县政府老旧小区改造工作部署新增，列入目录并于次年上半年完成决策',
};

export const DEMO_ARTICLES = [
  {
    heading: '一、总体目标',
    text: '到2026年底，全镇农村生活污水治理设施标准化运维覆盖率达到100%，出水达标率达到95%以上。',
  },
  {
    heading: '二、实施范围',
    text: '全镇8个行政村和1个社区，新建及改造终端站点23个、管网18.6公里。',
  },
  {
    heading: '三、资金安排',
    text: '工程总投资约2860万元，由市级以上补助资金和镇级财政资金共同承担，不向村民摊派。',
  },
  {
    heading: '四、实施步骤',
    text: '2024年完成项目设计和招标；2025年完成主体工程建设；2026年完成验收并移交运维。',
  },
  {
    heading: '五、保障措施',
    text: '成立工作专班，依法开展公开招标，实行工程质量终身责任制；征求村民意见，涉及征用土地的依法补偿。',
  },
];

export const DEMO_COMMENTS: {
  on: string;
  article: number | null;
  body: string;
  name?: string;
  adoption: Adoption;
  answer: string;
}[] = [
  {
    on: '2024-03-28',
    article: 2,
    body: '五丰村东片的几户离主管网较远，建议一并纳入改造范围。',
    name: '陈先生',
    adoption: 'adopted',
    answer: '经现场踏勘，已将五丰村东片纳入新建管网范围。',
  },
  {
    on: '2024-04-08',
    article: 4,
    body: '施工期间请避开农忙时节，并提前告知各户临时停水安排。',
    adoption: 'partly',
    answer:
      '施工计划将避开夏收夏种；停水安排由施工单位提前三日逐户告知。主体工程工期受资金到位影响，无法全部避开农忙。',
  },
  {
    on: '2024-04-15',
    article: 3,
    body: '建议由受益农户按户缴纳部分建设费用，减轻财政压力。',
    name: '王女士',
    adoption: 'not_adopted',
    answer: '农村生活污水治理属公共服务，方案明确不向村民摊派，本条意见不予采纳。',
  },
];

export const DEMO_OPINIONS = [
  { member: '王副镇长', opinion: '同意，建议明确各村运维责任人。' },
  { member: '党委委员（农业农村）', opinion: '同意，按审查意见补充征地补偿程序。' },
  { member: '党委委员（纪检）', opinion: '同意，招标全过程纳入监督。' },
  { member: '陈镇长', opinion: '综合大家意见，同意方案，补充补偿程序后印发。' },
];
