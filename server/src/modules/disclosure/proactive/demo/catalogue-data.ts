import type { WithholdGround } from '../categories.js';

/**
 * 桥头镇's 2024 catalogue for the demo (fictional content in the shape of real township portals): the
 * 申报文件 with their 政策解读 the 2024 report mentions, 规范性文件 for 表二, entries withheld under arts
 * 14–16, drafts in progress and one past its art 26 period. Dates are working days.
 */
interface DemoEntry {
  key: string;
  category: string;
  title: string;
  summary: string;
  body: string;
  createdOn: string;
  /** Day of the 保密审查 decision (publication or withholding); none for drafts. */
  decidedOn?: string;
  state: 'published' | 'withheld' | 'in_review' | 'draft';
  docNumber?: string;
  normativeKind?: 'normative_document';
  issuedOn?: string;
  abolishedOn?: string;
  explains?: string;
  withhold?: { ground: WithholdGround; reason: string };
  groupClass?: string;
}

const p = (key: string, category: string, title: string, createdOn: string, decidedOn: string, summary: string, extra: Partial<DemoEntry> = {}): DemoEntry => ({
  key, category, title, createdOn, decidedOn, summary, state: 'published', body: `${title}\n\n${summary}。\n\n桥头镇人民政府`, ...extra,
});

export const DEMO_CATALOGUE: DemoEntry[] = [
  p('rules2021', 'regulations', '桥头镇农村宅基地审批管理实施细则', '2021-09-10', '2021-09-16', '规范农村宅基地申请、审核、审批和批后监管程序', { normativeKind: 'normative_document', issuedOn: '2021-09-10', docNumber: '桥政发〔2021〕27号', abolishedOn: '2024-06-20', groupClass: '政策文件' }),
  p('contracts2022', 'regulations', '桥头镇人民政府合同管理办法', '2022-04-01', '2022-04-08', '明确镇政府合同的起草、合法性审查、签订、履行和归档要求', { normativeKind: 'normative_document', issuedOn: '2022-04-01', docNumber: '桥政发〔2022〕9号', groupClass: '政策文件' }),
  p('org', 'organization', '桥头镇人民政府机构职能', '2024-01-10', '2024-01-12', '镇政府职能、内设机构、办公地址、办公时间和联系方式', { groupClass: '机构职能' }),
  p('leaders', 'organization', '桥头镇领导班子成员及分工', '2024-03-05', '2024-03-07', '镇党委、政府领导班子成员姓名及工作分工', { groupClass: '机构职能' }),
  p('assets', 'regulations', '桥头镇农村集体资产管理办法（试行）', '2024-03-15', '2024-03-20', '规范村级集体资产的登记、发包租赁、处置和收益分配，明确村务监督委员会监督职责', { normativeKind: 'normative_document', issuedOn: '2024-03-15', docNumber: '桥政发〔2024〕8号', groupClass: '政策文件' }),
  p('assetsExpl', 'regulations', '《桥头镇农村集体资产管理办法（试行）》政策解读', '2024-03-18', '2024-03-20', '解读办法出台背景、适用范围、资产发包租赁程序和村民监督途径', { explains: 'assets', groupClass: '政策解读' }),
  p('statsBulletin', 'statistics', '2023年桥头镇国民经济和社会发展统计公报', '2024-04-12', '2024-04-18', '2023年全镇地区生产总值、工业、农业、居民收入等主要指标'),
  p('budget', 'budget', '桥头镇2024年财政预算公开', '2024-02-23', '2024-02-28', '2024年一般公共预算收支、政府性基金预算及“三公”经费预算', { groupClass: '财政资金' }),
  p('finalAccounts', 'budget', '桥头镇2023年财政决算公开', '2024-08-12', '2024-08-16', '2023年一般公共预算收支决算及“三公”经费决算说明', { groupClass: '财政资金' }),
  p('fees', 'fees', '桥头镇行政事业性收费项目清单（2024年）', '2024-01-15', '2024-01-18', '本镇无自行设立的行政事业性收费项目，代收项目依据和标准'),
  p('procurement', 'procurement', '桥头镇2024年政府集中采购目录及限额标准执行情况', '2024-03-26', '2024-03-29', '政府集中采购目录、分散采购限额标准及上半年执行情况'),
  p('roadProject', 'major_projects', '桥头镇滨海工业区道路提升工程批准及实施情况', '2024-05-14', '2024-05-17', '项目立项批复、招标结果、施工进度和资金使用情况'),
  p('spatialPlan', 'plans', '桥头镇国土空间总体规划（2021—2035年）批前公示', '2024-05-20', '2024-05-22', '规划范围、目标定位、国土空间格局和公众意见征集方式'),
  p('workReport', 'plans', '2024年桥头镇人民政府工作报告', '2024-02-05', '2024-02-07', '2023年工作回顾和2024年主要目标任务'),
  p('serviceList', 'licensing', '桥头镇便民服务中心政务服务事项清单', '2024-01-22', '2024-01-25', '可在镇便民服务中心办理的政务服务事项、办理依据、条件、程序和时限'),
  p('enforceList', 'penalties', '桥头镇综合行政执法事项目录', '2024-02-26', '2024-02-29', '赋权乡镇实施的行政处罚事项、依据、条件和程序'),
  p('penaltyDecision', 'penalties', '慈溪市某五金制品有限公司安全生产违法行为行政处罚决定公开', '2024-07-09', '2024-07-15', '未按规定对从业人员进行安全生产教育培训，依法给予罚款处罚'),
  p('floodPlan', 'emergency', '桥头镇防汛防台应急预案（2024年修订）', '2024-04-22', '2024-04-26', '防汛防台组织体系、预警响应、人员转移和保障措施'),
  p('typhoon', 'emergency', '台风“贝碧嘉”防御应急响应及应对情况', '2024-09-19', '2024-09-23', '应急响应启动与解除、人员转移、受灾和恢复情况'),
  p('safetyInspection', 'supervision', '2024年上半年桥头镇安全生产检查情况通报', '2024-07-16', '2024-07-22', '检查企业数量、发现隐患、整改和处罚情况'),
  p('canteens', 'supervision', '辖区中小学校食堂食品安全联合督查情况', '2024-10-15', '2024-10-18', '对辖区内10所中小学校食堂开展联合督查的情况和整改要求'),
  p('recruit', 'civil_service', '2024年桥头镇公开招聘编外工作人员公告', '2024-03-11', '2024-03-13', '招聘岗位、名额、报名条件和考试安排'),
  p('recruitResult', 'civil_service', '2024年桥头镇公开招聘编外工作人员拟录用人员公示', '2024-05-27', '2024-05-29', '拟录用人员名单及公示期'),
  p('agriProjects', 'agri_policy', '关于开展2024年度桥头镇农业产业化项目申报工作的通知', '2024-03-04', '2024-03-06', '申报对象、申报条件、补助标准、申报材料和截止时间', { groupClass: '申报通知' }),
  p('agriProjectsExpl', 'agri_policy', '一图读懂：2024年度农业产业化项目申报', '2024-03-05', '2024-03-07', '用图表说明谁能申报、补多少、怎么报、何时报', { explains: 'agriProjects', groupClass: '政策解读' }),
  p('farmland', 'agri_policy', '2024年度耕地地力保护补贴申报公告', '2024-04-08', '2024-04-10', '补贴对象、补贴标准、申报时间和申报地点', { groupClass: '申报通知' }),
  p('farmlandExpl', 'agri_policy', '2024年度耕地地力保护补贴政策问答', '2024-04-09', '2024-04-11', '以问答形式解读补贴面积核定、发放方式和监督举报途径', { explains: 'farmland', groupClass: '政策解读' }),
  p('eduAid', 'livelihood', '2024年桥头镇困难家庭学生教育补助申报通知', '2024-08-26', '2024-08-28', '补助对象、认定条件、补助标准和申报流程', { groupClass: '申报通知' }),
  p('eduAidExpl', 'livelihood', '困难家庭学生教育补助申报政策解读', '2024-08-27', '2024-08-29', '解读家庭经济困难认定标准和所需材料', { explains: 'eduAid', groupClass: '政策解读' }),
  p('medicalInsurance', 'livelihood', '2025年度城乡居民基本医疗保险参保缴费通知', '2024-10-21', '2024-10-23', '参保对象、缴费标准、缴费时间和缴费渠道'),
  p('irrigation', 'irrigation', '2024年桥头镇农田水利设施维修养护项目实施情况', '2024-06-24', '2024-06-27', '维修养护项目清单、资金安排和完成情况'),
  p('landTransfer', 'land_transfer', '2024年上半年农村土地承包经营权流转情况公告', '2024-07-08', '2024-07-11', '各村土地流转面积、流转方式和流转价格'),
  p('homesteadQ2', 'homestead', '2024年第二季度农村宅基地审批结果公示', '2024-07-02', '2024-07-05', '第二季度审批通过的宅基地申请户、地点和面积'),
  p('homesteadQ3', 'homestead', '2024年第三季度农村宅基地审批结果公示', '2024-10-09', '2024-10-11', '第三季度审批通过的宅基地申请户、地点和面积'),
  p('expropriation1', 'land_expropriation', '桥头镇2024年第一批次城镇建设用地征收土地公告', '2024-04-15', '2024-04-17', '征收范围、面积、土地现状、补偿标准和安置途径'),
  p('compensation', 'land_expropriation', '桥头镇2024年第一批次征地补偿安置方案公告', '2024-05-06', '2024-05-08', '补偿费用标准、安置对象、安置方式和社会保障费用'),
  p('houses', 'house_expropriation', '潭河沿村旧村改造房屋征收补偿方案', '2024-06-03', '2024-06-06', '征收范围、补偿方式、补偿标准、搬迁期限和奖励办法'),
  p('onePlan', 'fundraising_labor', '2024年村级公益事业建设一事一议筹资筹劳方案审核情况', '2024-05-13', '2024-05-16', '各村一事一议项目、筹资筹劳标准和审核意见'),
  p('dibao', 'social_assistance', '2024年第三季度城乡居民最低生活保障对象公示', '2024-10-08', '2024-10-10', '各村低保户数、人数和保障金额（不含身份证号等个人信息）'),
  p('tempAid', 'social_assistance', '桥头镇临时救助申请指南（2024年版）', '2024-02-19', '2024-02-21', '救助对象、申请条件、救助标准和办理流程'),
  p('ruleOfLaw', 'other_mandatory', '桥头镇2023年法治政府建设年度报告', '2024-01-29', '2024-01-31', '2023年法治政府建设主要举措、成效、问题和下一步安排'),
  p('disclosureReport', 'other_mandatory', '桥头镇2023年政府信息公开工作年度报告', '2024-01-22', '2024-01-26', '2023年主动公开、依申请公开、行政复议诉讼情况和存在问题'),
  p('smallPower', 'regulations', '桥头镇村级小微权力清单运行规范', '2024-06-20', '2024-06-25', '村级重大事项决策、项目招投标、资产资源处置等小微权力的运行流程', { normativeKind: 'normative_document', issuedOn: '2024-06-20', docNumber: '桥政发〔2024〕21号', groupClass: '政策文件' }),
  // Published late: reviewed after the art 26 period (the report's "进一步落实落细" has room to grow).
  p('villageRulesReview', 'other_mandatory', '2024年桥头镇村规民约审查情况', '2024-08-19', '2024-09-20', '8个村（社区）村规民约合法性审查情况'),
  { key: 'compensationAsk', category: 'land_expropriation', title: '关于调整征地补偿标准的请示', summary: '就第二批次征地补偿标准调整向市政府请示', body: '（过程性信息，不予公开）', createdOn: '2024-08-05', decidedOn: '2024-08-07', state: 'withheld', withhold: { ground: 'process_info', reason: '属于请示报告，尚未形成最终决定' } },
  { key: 'cadreAppraisal', category: 'organization', title: '2024年度镇机关干部考核意见', summary: '机关干部年度考核等次和意见', body: '（内部事务信息）', createdOn: '2024-09-02', decidedOn: '2024-09-04', state: 'withheld', withhold: { ground: 'internal_affairs', reason: '属于人事管理方面的内部事务信息' } },
  { key: 'caseFile', category: 'penalties', title: '某化工企业安全生产行政处罚案卷', summary: '立案、调查取证、告知、决定全过程材料', body: '（行政执法案卷信息）', createdOn: '2024-07-10', decidedOn: '2024-07-12', state: 'withheld', withhold: { ground: 'enforcement_files', reason: '属于行政执法案卷信息，处罚决定已另行公开' } },
  { key: 'homesteadQ4', category: 'homestead', title: '2024年第四季度农村宅基地审批结果公示（10—11月）', summary: '10—11月审批通过的宅基地申请户、地点和面积', body: '汇总中', createdOn: '2024-11-13', state: 'draft' },
  { key: 'budget2025', category: 'budget', title: '桥头镇2025年财政预算（草案）说明', summary: '2025年预算编制情况说明', body: '起草中', createdOn: '2024-11-18', state: 'draft' },
  { key: 'subsidyPaid', category: 'agri_policy', title: '2024年度耕地地力保护补贴发放情况', summary: '各村补贴发放户数、面积和金额', body: '已汇总', createdOn: '2024-11-08', state: 'in_review' },
  { key: 'projectsQ3', category: 'major_projects', title: '桥头镇2024年第三季度重大建设项目实施情况', summary: '各重大项目第三季度进度和资金使用情况', body: '待补充资金使用数据', createdOn: '2024-10-15', state: 'draft' },
];

/** The 指南 (art 12) as the town publishes it. */
export const DEMO_GUIDE = {
  classification: '本机关主动公开的政府信息按《政府信息公开条例》第二十条所列15类和第二十一条所列乡镇8类分类，另设政策解读。',
  arrangement: '按公开类别编排；同一类别内按生成日期由近及远排列；每条信息编有唯一索引号（机构代码/年度-流水号）。',
  accessMethods: '（一）主动公开：通过本平台政府信息公开栏目、镇便民服务中心信息公开查阅点、村（社区）公开栏获取；（二）依申请公开：可通过本平台在线申请，或以信函、传真、当面提交等书面形式向党建综合办公室提出申请。',
  officeName: '慈溪市桥头镇人民政府党建综合办公室（政府信息公开工作机构）',
  address: '浙江省慈溪市桥头镇人民政府（桥头镇便民服务中心一楼信息公开查阅点）',
  officeHours: '工作日上午 8:30—12:00，下午 13:30—17:00（法定节假日除外）',
  phone: '0574-63000000',
  fax: '0574-63000001',
  website: 'https://www.cixi.gov.cn（慈溪市人民政府门户网站·桥头镇）',
  email: 'qtzxxgk@example.gov.cn',
};

/** 表二 figures the platform does not record case by case yet, entered with their sources. */
export const DEMO_STATS_2024 = {
  licensingDecisions: 126,
  licensingSource: '镇便民服务中心审批台账（农村宅基地审批89件、其他许可37件），2024年1—11月',
  penaltyDecisions: 43,
  penaltySource: '综合行政执法队执法台账：安全生产、消防领域行政处罚决定书43份；执法模块上线后改为自动统计',
  coercionDecisions: 0,
  coercionSource: '综合行政执法队执法台账：本年未实施行政强制',
  feesFen: 0,
  feesSource: '镇财政所：本镇无自行设立的行政事业性收费项目',
};
