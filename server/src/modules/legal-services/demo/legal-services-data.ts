import { addDays } from '../../../core/calendar/index.js';

/**
 * 桥头镇's 2024 station history as the register kept it (the 2024 report: 法律咨询670余次, 化解矛盾120余件,
 * 法律援助5件, 司法协助30余次). Names and details are illustrative.
 */
export const CONSULTATION_TOPICS = [
  '劳动合同解除与经济补偿',
  '民间借贷纠纷的诉讼时效',
  '离婚财产分割与子女抚养',
  '交通事故赔偿项目和标准',
  '房屋租赁合同押金退还',
  '继承遗产份额确认',
  '宅基地使用权与建房审批',
  '工伤认定程序',
  '拖欠工资如何维权',
  '邻里通行权争议',
];
export const MEDIATION_TOPICS = [
  '邻里相邻关系纠纷',
  '婚姻家庭纠纷',
  '损害赔偿纠纷',
  '劳务报酬纠纷',
];
export const SERVICE_TOPICS = ['代写起诉状', '公证事项咨询与引导', '法律文书审阅'];
export const INTAKE_TOPICS = ['法律援助申请受理', '行政复议申请材料指引', '人民调解申请登记'];
export const VILLAGES = [
  '小桥头村',
  '上林湖村',
  '五丰村',
  '五姓村',
  '毛三斢村',
  '丰潭村',
  '烟墩村',
  '潭河沿村',
];
const SURNAMES = '张王李赵陈刘杨黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = [
  '建国',
  '秀英',
  '海军',
  '丽娟',
  '志强',
  '美华',
  '国平',
  '小芳',
  '伟明',
  '玉兰',
  '立新',
];
export const personName = (i: number) =>
  `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}`;

/** Working days (Monday–Friday) of a month of 2024, as dates. */
export function weekdaysOf(month: number): string[] {
  const out: string[] = [];
  let d = `2024-${String(month).padStart(2, '0')}-01`;
  while (Number(d.slice(5, 7)) === month) {
    const wd = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (wd !== 0 && wd !== 6) out.push(d);
    d = addDays(d, 1);
  }
  return out;
}

/** Spreads `total` over the twelve months as evenly as whole numbers allow. */
export const perMonth = (total: number, month: number) =>
  Math.floor((total * month) / 12) - Math.floor((total * (month - 1)) / 12);

/** Walk-in and phone consultations of 2024 (with the ten online questions answered: 670). */
export const WALK_IN_CONSULTATIONS = 660;
export const ONLINE_QUESTIONS = 10;
/** Mediations at the station: 120 resolved (化解), 8 referred on to the 矛调中心 or the court. */
export const MEDIATIONS_RESOLVED = 120;
export const MEDIATIONS_REFERRED = 8;
export const SERVICES = 84;
export const INTAKES = 48;

export const ASSISTANCE: { subtype: string; requester: string; n: number }[] = [
  { subtype: '协助送达', requester: '慈溪市人民法院', n: 14 },
  { subtype: '协助调查', requester: '慈溪市人民法院', n: 6 },
  { subtype: '协助执行', requester: '慈溪市人民法院', n: 4 },
  { subtype: '社区矫正调查评估', requester: '慈溪市司法局社区矫正管理局', n: 5 },
  { subtype: '协助查找当事人', requester: '慈溪市人民检察院', n: 1 },
];

export const ADVISERS = [
  { name: '周律师', firm: '浙江上林律师事务所' },
  { name: '沈明', firm: '浙江上林律师事务所' },
  { name: '韩晓', firm: '浙江慈吉律师事务所' },
  { name: '陆文', firm: '浙江慈吉律师事务所' },
  { name: '褚红', firm: '慈溪市桥头法律服务所' },
];
