import { z } from 'zod';

const count = (what: string) =>
  z.number().int('须为整数').min(0, '不能为负数').max(10_000_000).optional().describe(what);
const yuan = (what: string) =>
  z.number().min(0, '不能为负数').max(1e13).optional().describe(`${what}（元）`);
const day = (what: string) => z.iso.date('日期格式应为 YYYY-MM-DD').optional().describe(what);
const percent = (what: string) =>
  z.number().min(0, '不能为负数').max(10_000).optional().describe(`${what}（%）`);

/** 村规民约: who adopted it and how (组织法 arts 21–22, 27; 宁波市法治乡村建设促进条例 art 14). */
export const villageRulesFields = z
  .object({
    adoptedBy: z
      .enum([
        'villagers_assembly',
        'representatives_assembly',
        'village_committee',
        'two_committees',
      ])
      .optional()
      .describe(
        '表决机构：villagers_assembly 村民会议 / representatives_assembly 村民代表会议 / village_committee 村民委员会 / two_committees 村两委会议',
      ),
    adults: count('本村十八周岁以上村民人数'),
    households: count('本村户数'),
    attendees: count('到会的十八周岁以上村民人数'),
    attendeeHouseholds: count('到会的户代表数'),
    votesFor: count('赞成人数'),
    noticeDays: count('会议提前通知村民的天数'),
    adoptedOn: day('表决通过日期'),
    filedOn: day('报乡镇人民政府备案日期'),
  })
  .strict()
  .refine((f) => f.attendees === undefined || f.adults === undefined || f.attendees <= f.adults, {
    message: '到会人数不能多于本村十八周岁以上村民人数',
    path: ['attendees'],
  })
  .refine(
    (f) =>
      f.attendeeHouseholds === undefined ||
      f.households === undefined ||
      f.attendeeHouseholds <= f.households,
    { message: '到会户数不能多于本村户数', path: ['attendeeHouseholds'] },
  )
  .refine(
    (f) => f.votesFor === undefined || f.attendees === undefined || f.votesFor <= f.attendees,
    { message: '赞成人数不能多于到会人数', path: ['votesFor'] },
  )
  .refine((f) => !f.adoptedOn || !f.filedOn || f.filedOn >= f.adoptedOn, {
    message: '备案日期不能早于表决通过日期',
    path: ['filedOn'],
  });

/** 合同: what the text may not say (amounts, votes, valuation, tendering). */
export const contractFields = z
  .object({
    contractType: z
      .enum([
        'lease',
        'land_transfer',
        'land_contracting',
        'asset_transfer',
        'construction',
        'procurement',
        'service',
        'other',
      ])
      .optional()
      .describe(
        '合同类型：lease 租赁 / land_transfer 土地经营权流转 / land_contracting 农村土地发包 / asset_transfer 资产转让 / construction 工程建设 / procurement 采购 / service 服务 / other 其他',
      ),
    termYears: z.number().positive('须大于 0').max(200).optional().describe('合同期限（年）'),
    startDate: day('起始日期'),
    endDate: day('届满日期'),
    landContractEndDate: day('出让方土地承包期届满日期（流转合同）'),
    autoRenewalYears: z.number().min(0).max(200).optional().describe('约定自动续期的年数'),
    amountYuan: yuan('合同金额'),
    liquidatedDamagesPercent: percent('违约金占合同金额的比例'),
    liquidatedDamagesYuan: yuan('违约金数额'),
    estimatedLossYuan: yuan('违约可能造成的损失估算'),
    depositPercent: percent('定金占合同金额的比例'),
    depositYuan: yuan('定金数额'),
    isAdministrativeAgreement: z
      .boolean()
      .optional()
      .describe('是否行政协议（征收补偿、特许经营等）'),
    isCollectiveAsset: z.boolean().optional().describe('是否处分或出租农村集体资产'),
    membersEntitled: count('应到成员（代表）人数'),
    votesFor: count('表决同意人数'),
    valuationDone: z.boolean().optional().describe('是否已委托评估'),
    valuationYuan: yuan('评估价（与合同金额同一口径）'),
    openTrading: z.boolean().optional().describe('是否进入农村产权交易市场公开交易'),
    publicNoticeDays: count('方案或评估结果公示天数'),
    counterpartyIsMember: z.boolean().optional().describe('承包方是否本集体经济组织成员'),
    townshipApproved: z.boolean().optional().describe('是否已报乡（镇）人民政府批准'),
    landUse: z
      .enum(['agricultural', 'non_agricultural'])
      .optional()
      .describe('流转土地用途：agricultural 农业 / non_agricultural 非农'),
    written: z.boolean().optional().describe('是否采用书面形式'),
    procurementCategory: z
      .enum(['construction', 'key_equipment', 'survey_design_supervision', 'goods_services'])
      .optional()
      .describe(
        '工程项目采购类别：construction 施工 / key_equipment 重要设备材料 / survey_design_supervision 勘察设计监理 / goods_services 其他货物服务',
      ),
    projectTotalYuan: yuan('同一项目各合同合计金额'),
    tendered: z.boolean().optional().describe('是否已依法招标'),
    prepaidYears: z.number().min(0).max(200).optional().describe('一次性预收租金的年数'),
  })
  .strict()
  .refine((f) => !f.startDate || !f.endDate || f.endDate >= f.startDate, {
    message: '届满日期不能早于起始日期',
    path: ['endDate'],
  })
  .refine(
    (f) =>
      f.votesFor === undefined ||
      f.membersEntitled === undefined ||
      f.votesFor <= f.membersEntitled,
    { message: '同意人数不能多于应到人数', path: ['votesFor'] },
  );

/** 公平竞争审查: an art 12 exception claimed by the drafter, and whether its three conditions hold. */
export const fairCompetitionFields = z
  .object({
    exception: z
      .enum(['security', 'innovation', 'public_interest', 'other_statutory'])
      .optional()
      .describe(
        '主张适用的例外情形（条例第十二条）：security 国家安全和发展利益 / innovation 科技进步与自主创新 / public_interest 节能环保救灾等公共利益 / other_statutory 法律行政法规规定的其他情形',
      ),
    noLessRestrictiveAlternative: z
      .boolean()
      .optional()
      .describe('是否没有对公平竞争影响更小的替代方案'),
    hasTermOrEndCondition: z.boolean().optional().describe('是否确定了合理的实施期限或者终止条件'),
    explainedInConclusion: z.boolean().optional().describe('是否在审查结论中详细说明'),
  })
  .strict();

export type VillageRulesFields = z.infer<typeof villageRulesFields>;
export type ContractFields = z.infer<typeof contractFields>;
export type FairCompetitionFields = z.infer<typeof fairCompetitionFields>;

export const FIELD_SCHEMAS = {
  village_rules: villageRulesFields,
  contract: contractFields,
  fair_competition: fairCompetitionFields,
} as const;
