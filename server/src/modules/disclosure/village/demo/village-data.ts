import { cadreOf } from '../../../demo/village-cadres.js';

/**
 * The nine village-level units of 桥头镇 for the 三务公开 demo: who drafts (村干部/报账员), who chairs
 * the 村务监督委员会, which villages publish finances monthly, and where the 2024 record falls short.
 * Names are fictional. 上林湖村 uses the foundation's `cadre` account; its supervisor is `supervisor`.
 */
interface DemoVillage {
  code: string;
  short: string;
  cadre: { username: string; name: string };
  supervisor: { username: string; name: string };
  /** 集体财务往来较多: finances monthly (村民委员会组织法 第三十条第二款). */
  monthlyFinance?: boolean;
  /** Periods left unpublished, as `category:period`. */
  missing?: string[];
  /** Periods published late, with the day. */
  late?: Record<string, string>;
}

export const DEMO_VILLAGES: DemoVillage[] = [
  {
    code: '330282109001',
    short: '小桥头居委会',
    cadre: cadreOf('330282109001'),
    supervisor: { username: 'v001-supervisor', name: '胡国强' },
  },
  {
    code: '330282109201',
    short: '小桥头村',
    cadre: cadreOf('330282109201'),
    supervisor: { username: 'v201-supervisor', name: '沈美芬' },
    monthlyFinance: true,
  },
  {
    code: '330282109202',
    short: '上林湖村',
    cadre: cadreOf('330282109202'),
    supervisor: { username: 'supervisor', name: '孙建平' },
    monthlyFinance: true,
  },
  {
    code: '330282109203',
    short: '五丰村',
    cadre: cadreOf('330282109203'),
    supervisor: { username: 'v203-supervisor', name: '罗雪琴' },
  },
  {
    code: '330282109204',
    short: '五姓村',
    cadre: cadreOf('330282109204'),
    supervisor: { username: 'v204-supervisor', name: '施秀英' },
  },
  {
    code: '330282109205',
    short: '毛三斢村',
    cadre: cadreOf('330282109205'),
    supervisor: { username: 'v205-supervisor', name: '叶春华' },
    missing: ['finance:2024-Q3', 'party:2024-Q3'],
  },
  {
    code: '330282109206',
    short: '丰潭村',
    cadre: cadreOf('330282109206'),
    supervisor: { username: 'v206-supervisor', name: '黄爱娟' },
  },
  {
    code: '330282109207',
    short: '烟墩村',
    cadre: cadreOf('330282109207'),
    supervisor: { username: 'v207-supervisor', name: '马丽萍' },
    late: { 'village:2024-Q2': '2024-07-22' },
  },
  {
    code: '330282109208',
    short: '潭河沿村',
    cadre: cadreOf('330282109208'),
    supervisor: { username: 'v208-supervisor', name: '邹月芳' },
  },
];

/** Major matters (随时公布): published within days, except 潭河沿村's, still a draft past its day. */
export const DEMO_MAJORS = [
  {
    code: '330282109202',
    occurredOn: '2024-06-12',
    publishOn: '2024-06-14',
    title: '上林湖村村集体经营性用地出租方案（村民代表会议决议）',
    body: '经2024年6月12日村民代表会议表决通过：村集体经营性用地12.5亩公开招租，租期5年，起租价每亩每年1.2万元。',
  },
  {
    code: '330282109203',
    occurredOn: '2024-05-09',
    publishOn: '2024-05-13',
    title: '五丰村征地补偿费使用分配方案',
    body: '经2024年5月9日村民代表会议讨论决定：第一批次征地补偿费中村集体留存部分用于村道修缮和老年食堂运营。',
  },
  {
    code: '330282109208',
    occurredOn: '2024-11-05',
    publishOn: null,
    title: '潭河沿村旧村改造安置房分配方案（村民代表会议决议）',
    body: '待监委会审查',
  },
];

/** The villager's complaint the town is investigating (第三十一条). */
export const DEMO_COMPLAINT = {
  code: '330282109205',
  complainantName: '叶阿姨',
  phone: '13906741288',
  category: 'finance' as const,
  kind: 'not_published' as const,
  matter: '毛三斢村2024年第三季度财务收支至今没有在“群治分”上公布，村里厂房出租收入不清楚',
  receivedOn: '2024-11-04',
  investigateOn: '2024-11-05',
};

const FIGURES = [86.4, 71.2, 92.7, 64.3, 105.8, 58.9, 77.5, 69.1, 112.6, 81.3];
const amount = (i: number) => FIGURES[i % FIGURES.length]!;

/** Title and body of a routine publication, for its village, category and period. */
export function routineText(
  village: string,
  category: 'party' | 'village' | 'finance',
  period: string,
  i: number,
) {
  const label = period.includes('Q')
    ? `${period.slice(0, 4)}年第${'一二三四'[Number(period.slice(6)) - 1]}季度`
    : `${period.slice(0, 4)}年${Number(period.slice(5))}月`;
  if (category === 'finance') {
    const income = amount(i);
    const spend = Math.round(income * 0.82 * 10) / 10;
    return {
      subject: 'finances',
      title: `${village}${label}财务收支情况公开`,
      body: `本期收入合计 ${income} 万元（其中资产租赁收入 ${Math.round(income * 0.6 * 10) / 10} 万元），支出合计 ${spend} 万元。明细见附表，欢迎村民查询监督。`,
    };
  }
  if (category === 'party')
    return {
      subject: 'party_affairs',
      title: `${village}党组织${label}党务公开`,
      body: `本期召开支部党员大会、主题党日活动，发展预备党员情况，党费收缴和使用情况。`,
    };
  return {
    subject: 'meeting_decisions',
    title: `${village}${label}村务公开`,
    body: `本期村民代表会议讨论决定事项及实施情况、协助政府开展工作情况、村民普遍关心的其他事项。`,
  };
}
