import {
  type PlanEntry,
  zhou,
  xu,
  shen,
  hu,
  lu,
  ye,
  mao,
  tang,
  wujin,
  fengyuan,
  institute,
  lawfirm,
} from './demo-applicants.js';

/** 2024 applications answered 无法提供, 不予处理 or 其他处理, closed without an answer, or still open at the end of the year. */
export const PLAN_2024_OTHER: PlanEntry[] = [
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
