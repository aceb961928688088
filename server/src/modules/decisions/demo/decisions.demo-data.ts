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

/**
 * 桥头镇's 决策咨询论证专家库 (条例 第二十一条): the first three argue the sewage plan; the fourth works for the
 * 承办单位 and the fifth declares an interest (his firm bids for the works), so both are excluded (第二十条).
 */
export const DEMO_EXPERTS = [
  { name: '周建华', field: '水污染治理', employer: '宁波市生态环境局慈溪分局' },
  { name: '林晓燕', field: '给排水工程', employer: '宁波市水利水电规划设计研究院' },
  { name: '徐国平', field: '农村人居环境', employer: '浙江大学宁波理工学院' },
  { name: '胡志强', field: '农村基础设施', employer: '桥头镇农业农村办公室' },
  { name: '沈立军', field: '环保工程施工', employer: '慈溪市绿源环保工程有限公司' },
];
export const DEMO_CONFLICT = {
  expert: 4,
  reason: '所在公司拟参与本工程管网施工投标，与决策事项有直接利害关系，申请回避。',
};
export const DEMO_EXPERT_OPINIONS = [
  '终端站点布局基本合理，建议对出水水质实行季度第三方检测。',
  '管网破损是出水不达标的主要原因，建议提高管网破损修复标准，增加管网检测要求。',
  '运维资金来源可行，建议明确各村运维责任人和考核办法。',
];
export const DEMO_RISK_REPORT = {
  points: '施工占地和道路开挖影响通行；临时停水和施工噪声引发村民不满；征用集体土地补偿争议。',
  measures: '逐户告知施工计划；错峰施工、限定夜间作业；公布投诉电话；补偿方案经村民代表会议讨论。',
  plan: '出现集体上访或阻工时由包村干部到场，村调委会就地调处，必要时镇综治中心介入。',
  conclusion: 'controllable' as const,
  grade: 'low' as const,
  assessor: '桥头镇社会治理中心',
  reportedOn: '2024-04-29',
};
