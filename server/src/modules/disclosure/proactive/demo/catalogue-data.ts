import type { DemoEntry } from './catalogue-entry.js';
import { PUBLISHED } from './catalogue-published.js';
import { NOT_PUBLISHED } from './catalogue-unpublished.js';

/**
 * 桥头镇's 2024 catalogue for the demo (fictional content in the shape of real township portals): the
 * 申报文件 with their 政策解读 the 2024 report mentions, 规范性文件 for 表二, entries withheld under arts
 * 14–16, drafts in progress and one past its art 26 period. Dates are working days.
 */
export const DEMO_CATALOGUE: DemoEntry[] = [...PUBLISHED, ...NOT_PUBLISHED];

/** The 指南 (art 12) as the town publishes it. */
export const DEMO_GUIDE = {
  classification:
    '本机关主动公开的政府信息按《政府信息公开条例》第二十条所列15类和第二十一条所列乡镇8类分类，另设政策解读。',
  arrangement:
    '按公开类别编排；同一类别内按生成日期由近及远排列；每条信息编有唯一索引号（机构代码/年度-流水号）。',
  accessMethods:
    '（一）主动公开：通过本平台政府信息公开栏目、镇便民服务中心信息公开查阅点、村（社区）公开栏获取；（二）依申请公开：可通过本平台在线申请，或以信函、传真、当面提交等书面形式向党建综合办公室提出申请。',
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
  penaltySource:
    '综合行政执法队执法台账：安全生产、消防领域行政处罚决定书43份；执法模块上线后改为自动统计',
  coercionDecisions: 0,
  coercionSource: '综合行政执法队执法台账：本年未实施行政强制',
  feesFen: 0,
  feesSource: '镇财政所：本镇无自行设立的行政事业性收费项目',
};
