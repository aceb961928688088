import type { WorkCalendar } from '../../../core/calendar/index.js';
import type { ItemFields } from '../review.fields.js';
import { pick, prng, workday, workdayBefore } from './review-demo.dates.js';
import { specialContracts } from './review-demo.special.js';
import { inProgressContracts } from './review-demo.in-progress.js';
import { leaseContract, serviceContract, type LeaseTerms } from './review-demo.texts.js';
import type { DemoCast, DemoItem, DemoOpinion, Who } from './review-demo.types.js';

/**
 * 桥头镇's 2024 contract reviews on the platform: 28 行政机关合同 and 61 村级合同 with an opinion issued
 * in 2024 (the report's 89). The 82 ordinary ones are generated here; the special cases (unlawful,
 * revised and re-reviewed, awaiting feedback or decision, filed with the county, still in progress)
 * are in review-demo.special.ts.
 */

const GOV: { title: string; office: keyof DemoCast['offices']; provider: string; yuan: number }[] =
  [
    {
      title: '桥头镇2024年度法律顾问服务合同',
      office: 'djzhb',
      provider: '浙江甬江律师事务所',
      yuan: 80_000,
    },
    {
      title: '桥头镇镇区道路保洁服务合同',
      office: 'jjfzb',
      provider: '慈溪市洁美环境服务有限公司',
      yuan: 460_000,
    },
    {
      title: '桥头镇农村生活垃圾清运服务合同',
      office: 'nyncb',
      provider: '慈溪市绿源环卫有限公司',
      yuan: 720_000,
    },
    {
      title: '桥头镇机关食堂食材配送合同',
      office: 'djzhb',
      provider: '慈溪市鲜丰农产品配送有限公司',
      yuan: 180_000,
    },
    {
      title: '桥头镇安全生产第三方技术服务合同',
      office: 'zfd',
      provider: '宁波安信安全技术咨询有限公司',
      yuan: 150_000,
    },
    {
      title: '桥头镇消防安全隐患排查服务合同',
      office: 'zfd',
      provider: '宁波消安技术服务有限公司',
      yuan: 96_000,
    },
    {
      title: '桥头镇“桥尚法”普法宣传服务合同',
      office: 'djzhb',
      provider: '慈溪市文广传媒有限公司',
      yuan: 60_000,
    },
    {
      title: '桥头镇河道保洁服务合同',
      office: 'nyncb',
      provider: '慈溪市清源水务服务有限公司',
      yuan: 380_000,
    },
    {
      title: '桥头镇公共绿地养护服务合同',
      office: 'jjfzb',
      provider: '慈溪市四季园林绿化有限公司',
      yuan: 260_000,
    },
    {
      title: '桥头镇公共法律服务站运营服务合同',
      office: 'djzhb',
      provider: '浙江甬江律师事务所',
      yuan: 120_000,
    },
    {
      title: '桥头镇数字乡村平台运维服务合同',
      office: 'nyncb',
      provider: '宁波数联信息技术有限公司',
      yuan: 98_000,
    },
    {
      title: '桥头镇小微企业园物业管理委托合同',
      office: 'jjfzb',
      provider: '慈溪市安居物业服务有限公司',
      yuan: 340_000,
    },
    {
      title: '桥头镇农村公路日常养护合同',
      office: 'nyncb',
      provider: '慈溪市通达公路养护有限公司',
      yuan: 560_000,
    },
    {
      title: '桥头镇老旧小区改造设计合同',
      office: 'jjfzb',
      provider: '宁波城建设计研究院有限公司',
      yuan: 420_000,
    },
    {
      title: '桥头镇文化礼堂音响设备采购合同',
      office: 'djzhb',
      provider: '慈溪市声海电子有限公司',
      yuan: 68_000,
    },
    {
      title: '桥头镇防汛应急物资采购合同',
      office: 'nyncb',
      provider: '慈溪市安达应急装备有限公司',
      yuan: 86_000,
    },
    {
      title: '桥头镇食品安全快速检测服务合同',
      office: 'zfd',
      provider: '宁波谱尼检测技术有限公司',
      yuan: 72_000,
    },
    {
      title: '桥头镇执法记录仪采购合同',
      office: 'zfd',
      provider: '慈溪市华安电子科技有限公司',
      yuan: 45_000,
    },
    {
      title: '桥头镇档案数字化加工服务合同',
      office: 'djzhb',
      provider: '宁波档信数字科技有限公司',
      yuan: 130_000,
    },
    {
      title: '桥头镇“三清一促”专项审计服务合同',
      office: 'nyncb',
      provider: '慈溪天正会计师事务所',
      yuan: 210_000,
    },
    {
      title: '桥头镇综合文化站场地租赁合同',
      office: 'djzhb',
      provider: '慈溪市桥头镇商会',
      yuan: 50_000,
    },
    {
      title: '桥头镇城乡公交候车亭维护合同',
      office: 'jjfzb',
      provider: '慈溪市公交广告有限公司',
      yuan: 58_000,
    },
    {
      title: '桥头镇矛调中心信息化建设合同',
      office: 'djzhb',
      provider: '宁波数联信息技术有限公司',
      yuan: 196_000,
    },
    {
      title: '桥头镇企业安全生产培训服务合同',
      office: 'zfd',
      provider: '宁波安信安全技术咨询有限公司',
      yuan: 40_000,
    },
    {
      title: '桥头镇镇区污水管网改造工程施工合同',
      office: 'nyncb',
      provider: '浙江宏远市政建设有限公司',
      yuan: 3_280_000,
    },
    {
      title: '桥头镇人居环境提升工程施工合同',
      office: 'jjfzb',
      provider: '宁波建工市政园林有限公司',
      yuan: 1_860_000,
    },
  ];

const LESSEES = [
  '恒达',
  '利丰',
  '金鹰',
  '华泰',
  '宏盛',
  '永兴',
  '佳和',
  '锦源',
  '东升',
  '瑞丰',
  '新亚',
  '天成',
];
const KINDS: {
  name: (v: string, n: number) => string;
  purpose: string;
  contractType: ItemFields['contractType'];
  lessee: (x: string) => string;
  yuan: [number, number];
  years: number;
}[] = [
  {
    name: (v, n) => `${v}工业区${n}号厂房租赁合同`,
    purpose: '拖鞋生产加工',
    contractType: 'lease',
    lessee: (x) => `慈溪市桥头${x}鞋业有限公司`,
    yuan: [30_000, 120_000],
    years: 5,
  },
  {
    name: (v, n) => `${v}沿街店面房租赁合同（${n}号）`,
    purpose: '商业经营',
    contractType: 'lease',
    lessee: (x) => `慈溪市${x}商贸有限公司`,
    yuan: [12_000, 40_000],
    years: 3,
  },
  {
    name: (v) => `${v}集体土地经营权流转合同`,
    purpose: '蔬菜种植',
    contractType: 'land_transfer',
    lessee: (x) => `慈溪市${x}家庭农场`,
    yuan: [20_000, 60_000],
    years: 3,
  },
  {
    name: (v, n) => `${v}停车场场地租赁合同（${n}号地块）`,
    purpose: '车辆停放',
    contractType: 'lease',
    lessee: (x) => `慈溪市${x}停车管理有限公司`,
    yuan: [8_000, 20_000],
    years: 3,
  },
  {
    name: (v) => `${v}光伏屋顶租赁合同`,
    purpose: '分布式光伏发电',
    contractType: 'lease',
    lessee: (x) => `宁波${x}新能源有限公司`,
    yuan: [10_000, 30_000],
    years: 5,
  },
];

const CONTRACT_BASES = [
  '《中华人民共和国民法典》合同编',
  '《浙江省农村集体资产管理条例》第十七条、第三十五条',
];
const GOV_BASES = ['《中华人民共和国民法典》合同编', '《中华人民共和国政府采购法》第二条'];
const SUMMARY = {
  lawful: '经审查，该合同主体适格，内容不违反法律、法规的强制性规定，程序完备，同意签订。',
  lawful_with_suggestions:
    '经审查，该合同主体适格、程序基本完备，原则同意签订，建议按审查意见修改完善相关条款。',
} as const;

/** Regular contracts: 26 of the town's offices and 56 of its villages, spread over the year. */
const REGULAR_VILLAGE = 56;

export function demoContracts(cast: DemoCast, cal: WorkCalendar): DemoItem[] {
  const rnd = prng(2024);
  const villageWho = (v: { id: string; name: string }): Who =>
    v.id === cast.cadreVillageId ? cast.cadre : { userId: null, name: `${v.name}村委会` };
  const total = GOV.length + REGULAR_VILLAGE;
  const lifecycle = (
    i: number,
    base: Pick<DemoItem, 'type' | 'title' | 'orgId' | 'orgName' | 'versions' | 'submitter'>,
    decider: Who,
    amountYuan: number,
  ): DemoItem => {
    const opinionOn = workday(cal, '2024-01-08', Math.round((i * 212) / total));
    // A few opinions came after the 5-working-day period: the on-time rate is not a flat 100 %.
    const acceptedOn = workdayBefore(cal, opinionOn, i % 29 === 7 ? 7 : 2 + Math.floor(rnd() * 3));
    const submittedOn = workdayBefore(cal, acceptedOn, Math.floor(rnd() * 2));
    const conclusion = rnd() < 0.62 ? 'lawful_with_suggestions' : 'lawful';
    // Some pre-review hits were judged false alarms (e.g. a lease read as a land transfer): precision is not 100 %.
    const dismiss = rnd() < 0.35 ? ['C5'] : rnd() < 0.1 ? ['C12'] : [];
    const opinion: DemoOpinion = {
      on: opinionOn,
      conclusion,
      summary: SUMMARY[conclusion],
      bases: base.type === 'gov_contract' ? GOV_BASES : CONTRACT_BASES,
      dismiss,
    };
    const feedbackOn = workday(cal, opinionOn, 1 + Math.floor(rnd() * 2));
    const decidedOn = workday(cal, feedbackOn, 1 + Math.floor(rnd() * 3));
    const filedOn = amountYuan >= 1_000_000 ? workday(cal, decidedOn, 3) : null;
    const archivedOn = workday(cal, filedOn ?? decidedOn, 2 + Math.floor(rnd() * 5));
    return {
      ...base,
      submittedOn,
      acceptedOn,
      opinions: [opinion],
      feedback:
        conclusion === 'lawful'
          ? { on: feedbackOn, adoption: 'adopted' }
          : {
              on: feedbackOn,
              adoption: rnd() < 0.8 ? 'adopted' : 'partly',
              note: '已按审查意见修改争议解决和违约责任条款',
            },
      decision: { on: decidedOn, kind: 'signed', by: decider },
      ...(filedOn ? { filing: { on: filedOn, target: 'county' as const } } : {}),
      ...(archivedOn <= '2024-11-20' ? { archivedOn } : {}),
    };
  };

  const items: DemoItem[] = GOV.map((g, i) => {
    const org = cast.offices[g.office];
    const works = g.yuan >= 1_000_000;
    const [start, end] = works ? ['2024-06-01', '2025-05-31'] : ['2024-01-01', '2024-12-31'];
    const text = serviceContract({
      buyer: '慈溪市桥头镇人民政府',
      provider: g.provider,
      service: g.title.replace(/^桥头镇|合同$/g, ''),
      amountYuan: g.yuan,
      startDate: start,
      endDate: end,
    });
    const fields: ItemFields = {
      counterparty: g.provider,
      amountFen: g.yuan * 100,
      startDate: start,
      endDate: end,
      contractType: works ? 'construction' : 'service',
      ...(works ? { tendered: true, procurementCategory: 'construction' as const } : {}),
    };
    return lifecycle(
      i * 3,
      {
        type: 'gov_contract',
        title: g.title,
        orgId: org.id,
        orgName: org.name,
        versions: [{ text, fields }],
        submitter: cast.clerk,
      },
      cast.deputy,
      g.yuan,
    );
  });

  for (let i = 0; i < REGULAR_VILLAGE; i++) {
    const v = cast.villages[i % cast.villages.length]!;
    const k = KINDS[i % KINDS.length]!;
    const no = Math.floor(i / 9) + 1;
    const startDate = workday(cal, '2024-02-01', (i * 3) % 200);
    const endDate = `${Number(startDate.slice(0, 4)) + k.years}${startDate.slice(4)}`;
    const annual = Math.round((k.yuan[0] + rnd() * (k.yuan[1] - k.yuan[0])) / 100) * 100;
    const lessee = k.lessee(pick(rnd, LESSEES));
    const title = k.name(v.name, no);
    const defect = rnd();
    const terms: LeaseTerms = {
      lessor: `慈溪市桥头镇${v.name}股份经济合作社`,
      lessee,
      premises: title.replace(/(租赁合同|经营权流转合同).*$/, ''),
      purpose: k.purpose,
      years: k.years,
      startDate,
      endDate,
      annualRentYuan: annual,
      defects:
        defect < 0.3 ? ['arbitration_and_court'] : defect < 0.42 ? ['no_dispute_clause'] : [],
    };
    const totalYuan = annual * k.years;
    const fields: ItemFields = {
      counterparty: lessee,
      amountFen: totalYuan * 100,
      termYears: k.years,
      startDate,
      endDate,
      contractType: k.contractType,
      collectiveAsset: true,
      ...(totalYuan >= 100_000 ? { openTrading: true, publicNoticeDays: 15 } : {}),
      vote: {
        body: 'representatives_assembly',
        entitled: 45,
        present: 36 + (i % 8),
        votesFor: 34 + (i % 8),
      },
    };
    // Ordinary village contracts fill the dates between the offices' ones.
    const slot = Math.floor((i * total) / REGULAR_VILLAGE) + 1;
    items.push(
      lifecycle(
        slot,
        {
          type: 'village_contract',
          title,
          orgId: v.id,
          orgName: v.name,
          versions: [{ text: leaseContract(terms), fields }],
          submitter: villageWho(v),
        },
        villageWho(v),
        totalYuan,
      ),
    );
  }
  return [
    ...items,
    ...specialContracts(cast, villageWho),
    ...inProgressContracts(cast, villageWho),
  ];
}
