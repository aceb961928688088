import type { Outcome } from '../outcomes.js';
import type {
  ApplicantKind,
  Channel,
  ConsultationKind,
  ConsultationOpinion,
} from '../vocabulary.js';

/**
 * 桥头镇's applications of 2024 (and the three carried over from December 2023), as a plan the demo
 * seed plays through the real services on the days given. Every outcome row of 表三 occurs; four
 * applications are still open at the end of 2024 (结转下年度). Names and numbers are fictitious.
 */
export type Step =
  | { at: string; do: 'accept' }
  | { at: string; do: 'correction'; items: string }
  | { at: string; do: 'corrected'; text: string }
  | { at: string; do: 'close_correction' }
  | { at: string; do: 'consult'; kind: ConsultationKind; party: string; matter: string }
  | { at: string; do: 'answer'; opinion: ConsultationOpinion; note?: string }
  | { at: string; do: 'extend'; days: number; reason: string }
  | { at: string; do: 'explain'; reason: string }
  | { at: string; do: 'fee'; pages: number; reason: string }
  | { at: string; do: 'paid' }
  | { at: string; do: 'close_fee' }
  | { at: string; do: 'redact'; names: string[] }
  | {
      at: string;
      do: 'reply';
      outcome: Outcome;
      reasons?: string;
      details?: string;
      competentBody?: { name: string; contact: string };
    };

export interface Applicant {
  kind: ApplicantKind;
  name: string;
  /** Persons: the 17 digits before the check character; organisations: the 17 characters of the credit code. */
  id17: string;
  phone: string;
  contact?: string;
}

export interface PlanEntry {
  who: Applicant;
  channel: Channel;
  received: string;
  description: string;
  steps: Step[];
}

const P = (name: string, id17: string, phone: string): Applicant => ({
  kind: 'natural_person',
  name,
  id17,
  phone,
});
const O = (
  kind: ApplicantKind,
  name: string,
  id17: string,
  phone: string,
  contact: string,
): Applicant => ({ kind, name, id17, phone, contact });

const zhou = P('周建国', '33028219650411003', '13806741021');
const xu = P('徐美芳', '33028219780923004', '13906742132');
const shen = P('沈立军', '33028219820105005', '13738413243');
const hu = P('胡晓燕', '33028219900716006', '15867414354');
const lu = P('陆国强', '33028219581230007', '13586745465');
const ye = P('叶红', '33028219880302008', '18957436576');
const mao = P('毛伟东', '33028219750619009', '13867487687');
const tang = P('汤丽娟', '33028219930828010', '15968498798');
const wujin = O(
  'commercial',
  '慈溪市桥头镇宏达五金制品有限公司',
  '91330282MA2AJ8WQ7',
  '057463321001',
  '吴经理',
);
const fengyuan = O(
  'commercial',
  '宁波丰源农业开发有限公司',
  '91330282MA2CK3P15',
  '057463321002',
  '钱总',
);
const institute = O(
  'research',
  '宁波大学农村发展研究所',
  '12330200MB0D45671',
  '057487600001',
  '孙老师',
);
const charity = O(
  'public_interest',
  '慈溪市慈善总会桥头分会',
  '53330282MJ8988876',
  '057463321003',
  '郑秘书长',
);
const lawfirm = O(
  'legal_service',
  '浙江明法律师事务所',
  '31330000MD0123456',
  '057487601234',
  '林律师',
);
const lawfirm2 = O(
  'legal_service',
  '慈溪市桥头法律服务所',
  '32330282MD0654321',
  '057463321004',
  '方主任',
);
const group = O(
  'other',
  '桥头镇五丰村第三村民小组',
  '54330282MF0123457',
  '13857400123',
  '组长陈根宝',
);

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

export const PLAN_2024: PlanEntry[] = [
  {
    who: shen,
    channel: 'in_person',
    received: '2024-01-08',
    description: '本人所在上林湖村2023年宅基地审批名单及审批依据',
    steps: [{ at: '2024-01-19', do: 'reply', outcome: 'disclosed' }],
  },
  {
    who: hu,
    channel: 'online',
    received: '2024-01-15',
    description: '桥头镇2024年政府信息公开指南',
    steps: [
      {
        at: '2024-01-24',
        do: 'reply',
        outcome: 'disclosed',
        details: '桥头镇人民政府门户网站“政府信息公开指南”栏目',
      },
    ],
  },
  {
    who: fengyuan,
    channel: 'online',
    received: '2024-02-19',
    description: '桥头镇2024年农田水利工程建设计划',
    steps: [{ at: '2024-03-01', do: 'reply', outcome: 'disclosed' }],
  },
  {
    who: lu,
    channel: 'registered_post',
    received: '2024-03-04',
    description: '五丰村2023年度村级财务收支情况公示材料',
    steps: [{ at: '2024-03-15', do: 'reply', outcome: 'disclosed' }],
  },
  {
    who: lawfirm,
    channel: 'in_person',
    received: '2024-03-11',
    description: '桥头镇2023年行政处罚决定书（有一定社会影响的）目录',
    steps: [{ at: '2024-03-22', do: 'reply', outcome: 'disclosed' }],
  },
  {
    who: ye,
    channel: 'ordinary_letter',
    received: '2024-03-18',
    description: '烟墩村道路硬化工程项目批准文件及实施情况',
    steps: [{ at: '2024-03-29', do: 'reply', outcome: 'disclosed' }],
  },
  {
    who: institute,
    channel: 'online',
    received: '2024-04-08',
    description: '桥头镇2023年农村土地承包经营权流转统计数据',
    steps: [{ at: '2024-04-19', do: 'reply', outcome: 'disclosed' }],
  },
  {
    who: mao,
    channel: 'fax',
    received: '2024-04-15',
    description: '丰潭村2024年筹资筹劳方案及村民代表会议决议',
    steps: [{ at: '2024-04-26', do: 'reply', outcome: 'disclosed' }],
  },
  {
    who: charity,
    channel: 'in_person',
    received: '2024-05-13',
    description: '桥头镇2023年临时救助资金发放情况汇总',
    steps: [{ at: '2024-05-24', do: 'reply', outcome: 'disclosed' }],
  },
  {
    who: tang,
    channel: 'online',
    received: '2024-05-20',
    description: '桥头镇2024年公益性岗位招聘公告及录用结果',
    steps: [{ at: '2024-05-31', do: 'reply', outcome: 'disclosed' }],
  },
  {
    who: zhou,
    channel: 'in_person',
    received: '2024-06-03',
    description: '2014年至2023年桥头镇全部镇长办公会议纪要',
    steps: [
      { at: '2024-06-04', do: 'accept' },
      {
        at: '2024-06-05',
        do: 'fee',
        pages: 120,
        reason: '申请提供十年间全部会议纪要，数量明显超过合理范围',
      },
      { at: '2024-06-12', do: 'paid' },
      { at: '2024-06-21', do: 'reply', outcome: 'disclosed' },
    ],
  },
  {
    who: fengyuan,
    channel: 'online',
    received: '2024-06-17',
    description: '桥头镇与慈溪市农业农村局联合制定的2024年高标准农田建设实施方案',
    steps: [
      {
        at: '2024-06-18',
        do: 'consult',
        kind: 'interagency',
        party: '慈溪市农业农村局',
        matter: '申请公开的实施方案系贵局与本机关共同制作',
      },
      { at: '2024-07-02', do: 'answer', opinion: 'agree' },
      { at: '2024-07-09', do: 'reply', outcome: 'disclosed' },
    ],
  },
  {
    who: xu,
    channel: 'in_person',
    received: '2024-07-01',
    description: '关于村里修路的文件',
    steps: [
      {
        at: '2024-07-03',
        do: 'correction',
        items: '请写明所需文件涉及的村名、道路名称或工程名称，以及大致的形成时间',
      },
      {
        at: '2024-07-08',
        do: 'corrected',
        text: '小桥头村2024年村内主干道拓宽工程的立项批复和施工合同',
      },
      { at: '2024-07-19', do: 'reply', outcome: 'disclosed' },
    ],
  },
  {
    who: shen,
    channel: 'registered_post',
    received: '2024-07-15',
    description: '桥头镇2019年至2024年历年土地征收补偿费发放明细',
    steps: [
      {
        at: '2024-08-05',
        do: 'extend',
        days: 10,
        reason: '所需信息跨越多个年度，需从镇档案室和各村调取原始档案',
      },
      { at: '2024-08-20', do: 'reply', outcome: 'disclosed' },
    ],
  },
  {
    who: hu,
    channel: 'in_person',
    received: '2024-08-05',
    description: '上林湖村2024年土地征收补偿安置花名册',
    steps: [
      { at: '2024-08-14', do: 'redact', names: ['李阿四', '王小二'] },
      {
        at: '2024-08-16',
        do: 'reply',
        outcome: 'partially_disclosed',
        reasons: '花名册中被征收户的姓名、身份证号码和联系电话属于个人隐私',
      },
    ],
  },
  {
    who: wujin,
    channel: 'online',
    received: '2024-08-12',
    description: '桥头镇2024年工业用地出让竞买人名单及成交结果',
    steps: [
      { at: '2024-08-21', do: 'redact', names: ['张宏伟'] },
      {
        at: '2024-08-23',
        do: 'reply',
        outcome: 'partially_disclosed',
        reasons: '未成交竞买人的联系人及联系电话属于个人隐私',
      },
    ],
  },
  {
    who: lu,
    channel: 'ordinary_letter',
    received: '2024-09-02',
    description: '五丰村2024年低保对象名单及保障标准',
    steps: [
      { at: '2024-09-11', do: 'redact', names: ['赵大妹'] },
      {
        at: '2024-09-13',
        do: 'reply',
        outcome: 'partially_disclosed',
        reasons: '低保对象的身份证号码和联系电话属于个人隐私，姓名和保障金额依法公示',
      },
    ],
  },
  {
    who: lawfirm2,
    channel: 'in_person',
    received: '2024-09-09',
    description: '烟墩村2024年房屋征收评估报告及补偿决定',
    steps: [
      { at: '2024-09-18', do: 'redact', names: ['孙阿三'] },
      {
        at: '2024-09-20',
        do: 'reply',
        outcome: 'partially_disclosed',
        reasons: '评估报告中被征收人的身份信息属于个人隐私',
      },
    ],
  },
  {
    who: mao,
    channel: 'in_person',
    received: '2024-09-23',
    description: '桥头镇人民武装部2024年民兵整组方案',
    steps: [
      {
        at: '2024-10-11',
        do: 'reply',
        outcome: 'withheld_state_secret',
        reasons: '该方案已依法确定为秘密级国家秘密',
      },
    ],
  },
  {
    who: wujin,
    channel: 'registered_post',
    received: '2024-10-08',
    description: '桥头镇2024年经济普查中本镇各企业的原始申报数据',
    steps: [
      {
        at: '2024-10-18',
        do: 'reply',
        outcome: 'withheld_law_prohibited',
        reasons: '属于统计调查中获得的能够识别单个统计调查对象的资料',
        details: '《中华人民共和国统计法》第三十九条',
      },
    ],
  },
  {
    who: ye,
    channel: 'online',
    received: '2024-10-14',
    description: '桥头镇2024年信访维稳重点人员稳控方案',
    steps: [
      {
        at: '2024-10-25',
        do: 'reply',
        outcome: 'withheld_security_stability',
        reasons: '公开后可能危及社会稳定',
      },
    ],
  },
  {
    who: tang,
    channel: 'in_person',
    received: '2024-10-21',
    description: '桥头镇与宏达五金制品有限公司签订的厂房租赁合同',
    steps: [
      {
        at: '2024-10-23',
        do: 'consult',
        kind: 'third_party',
        party: '慈溪市桥头镇宏达五金制品有限公司',
        matter: '申请公开的租赁合同含有贵公司的租金、经营场地等商业信息',
      },
      {
        at: '2024-11-05',
        do: 'answer',
        opinion: 'object',
        note: '合同租金及附件载有本公司商业秘密，不同意公开',
      },
      {
        at: '2024-11-08',
        do: 'reply',
        outcome: 'withheld_third_party',
        reasons: '第三方书面提出不同意公开并说明了合理理由，且不公开不会对公共利益造成重大影响',
      },
    ],
  },
  {
    who: zhou,
    channel: 'online',
    received: '2024-10-28',
    description: '桥头镇机关2024年工作人员考勤及请销假记录',
    steps: [
      {
        at: '2024-11-08',
        do: 'reply',
        outcome: 'withheld_internal_affairs',
        reasons: '属于机关人事管理方面的内部事务信息',
      },
    ],
  },
  {
    who: group,
    channel: 'in_person',
    received: '2024-11-04',
    description: '镇党委会研究五丰村土地整治项目的会议讨论记录',
    steps: [
      {
        at: '2024-11-15',
        do: 'reply',
        outcome: 'withheld_process_info',
        reasons: '属于会议讨论记录等过程性信息',
      },
    ],
  },
  {
    who: shen,
    channel: 'in_person',
    received: '2024-11-04',
    description: '综合行政执法队查处某违法建筑案件的全部案卷',
    steps: [
      {
        at: '2024-11-15',
        do: 'reply',
        outcome: 'withheld_enforcement_file',
        reasons: '属于行政执法案卷信息',
      },
    ],
  },
  {
    who: hu,
    channel: 'online',
    received: '2024-11-11',
    description: '小桥头村某户房屋的不动产登记资料',
    steps: [
      {
        at: '2024-11-22',
        do: 'reply',
        outcome: 'withheld_admin_query',
        reasons: '属于不动产登记资料，查询有专门规定',
        details: '《不动产登记暂行条例》及其实施细则',
      },
    ],
  },
  {
    who: lu,
    channel: 'in_person',
    received: '2024-01-22',
    description: '1985年桥头乡集体土地所有权确权档案',
    steps: [{ at: '2024-02-02', do: 'reply', outcome: 'unavailable_not_held' }],
  },
  {
    who: fengyuan,
    channel: 'fax',
    received: '2024-03-25',
    description: '慈溪市2024年耕地地力保护补贴发放标准',
    steps: [
      {
        at: '2024-04-03',
        do: 'reply',
        outcome: 'unavailable_not_held',
        reasons: '耕地地力保护补贴标准由市农业农村部门制定',
        competentBody: { name: '慈溪市农业农村局', contact: '0574-63012345' },
      },
    ],
  },
  {
    who: institute,
    channel: 'online',
    received: '2024-04-22',
    description: '桥头镇2015年至2023年各村人均收入变化趋势分析',
    steps: [
      {
        at: '2024-05-09',
        do: 'reply',
        outcome: 'unavailable_needs_creation',
        reasons: '本机关未制作该分析，需对多年统计数据重新加工、分析',
      },
    ],
  },
  {
    who: ye,
    channel: 'in_person',
    received: '2024-05-06',
    description: '关于我家的那个事情的所有材料',
    steps: [
      {
        at: '2024-05-08',
        do: 'correction',
        items: '请写明所需信息的名称、文号或者事项名称、所涉时间等便于检索的特征性描述',
      },
      { at: '2024-05-14', do: 'corrected', text: '关于我家房子的所有文件' },
      {
        at: '2024-05-24',
        do: 'reply',
        outcome: 'unavailable_still_unclear',
        reasons: '补正后仍未能说明所需信息的名称或可供检索的特征',
      },
    ],
  },
  {
    who: mao,
    channel: 'online',
    received: '2024-02-26',
    description: '举报邻居违法搭建并要求镇政府立即拆除',
    steps: [
      {
        at: '2024-03-06',
        do: 'reply',
        outcome: 'rejected_petition',
        details: '镇综合信息指挥室或12345政务服务便民热线',
      },
    ],
  },
  {
    who: tang,
    channel: 'in_person',
    received: '2024-06-24',
    description: '投诉村干部在低保评定中优亲厚友并要求调查处理',
    steps: [
      { at: '2024-07-03', do: 'reply', outcome: 'rejected_petition', details: '镇纪委或镇信访办' },
    ],
  },
  {
    who: shen,
    channel: 'in_person',
    received: '2024-07-22',
    description: '本人所在上林湖村2023年宅基地审批名单及审批依据',
    steps: [
      {
        at: '2024-07-31',
        do: 'reply',
        outcome: 'rejected_repeat',
        details: '本机关已于2024年1月19日作出答复',
      },
    ],
  },
  {
    who: xu,
    channel: 'online',
    received: '2024-08-19',
    description: '《慈溪年鉴2023》全书',
    steps: [
      {
        at: '2024-08-28',
        do: 'reply',
        outcome: 'rejected_publication',
        details: '慈溪市图书馆、新华书店等公开发行渠道',
      },
    ],
  },
  {
    who: zhou,
    channel: 'online',
    received: '2024-09-02',
    description: '桥头镇2000年以来全部会议记录、文件和合同',
    steps: [
      {
        at: '2024-09-04',
        do: 'explain',
        reason: '申请人本年已就同类事项提出申请十余件，本次申请内容涵盖二十余年全部文件',
      },
      {
        at: '2024-09-20',
        do: 'reply',
        outcome: 'rejected_excessive',
        reasons: '申请人逾期未说明理由，且申请内容明显超出合理范围',
      },
    ],
  },
  {
    who: lawfirm,
    channel: 'in_person',
    received: '2024-10-14',
    description: '要求确认本所委托人已获取的征收补偿协议复印件与原件一致并加盖公章',
    steps: [{ at: '2024-10-23', do: 'reply', outcome: 'rejected_confirm_obtained' }],
  },
  {
    who: hu,
    channel: 'online',
    received: '2024-03-18',
    description: '镇里去年的那个通知',
    steps: [
      { at: '2024-03-20', do: 'correction', items: '请写明所需通知的名称、发文单位或大致内容' },
      { at: '2024-04-12', do: 'close_correction' },
    ],
  },
  {
    who: wujin,
    channel: 'in_person',
    received: '2024-06-11',
    description: '桥头镇2010年以来全部企业用地审批档案',
    steps: [
      { at: '2024-06-12', do: 'accept' },
      { at: '2024-06-13', do: 'fee', pages: 60, reason: '所需档案数量明显超过合理范围' },
      { at: '2024-07-12', do: 'close_fee' },
    ],
  },
  {
    who: lu,
    channel: 'in_person',
    received: '2024-11-18',
    description: '五丰村2024年村级工程项目招投标资料',
    steps: [
      {
        at: '2024-11-20',
        do: 'reply',
        outcome: 'other_other',
        reasons: '申请人于2024年11月20日书面撤回申请',
      },
    ],
  },
  // Still open on 31 December 2024: carried over into 2025.
  {
    who: mao,
    channel: 'in_person',
    received: '2024-12-16',
    description: '丰潭村2024年集体经济收益分配方案',
    steps: [],
  },
  {
    who: fengyuan,
    channel: 'online',
    received: '2024-12-23',
    description: '桥头镇2025年农业产业化项目申报指南',
    steps: [{ at: '2024-12-24', do: 'accept' }],
  },
  {
    who: ye,
    channel: 'in_person',
    received: '2024-12-18',
    description: '村里的补贴文件',
    steps: [
      { at: '2024-12-20', do: 'correction', items: '请写明所需补贴的名称、所属年度及发放单位' },
    ],
  },
  {
    who: tang,
    channel: 'registered_post',
    received: '2024-12-24',
    description: '桥头镇与某物业公司签订的安置小区物业服务合同',
    steps: [
      {
        at: '2024-12-26',
        do: 'consult',
        kind: 'third_party',
        party: '慈溪市安居物业服务有限公司',
        matter: '申请公开的合同含有贵公司的报价及人员信息',
      },
    ],
  },
];
