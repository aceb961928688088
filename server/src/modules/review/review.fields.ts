import { isoDate } from '@fazhi/shared';
import { z } from 'zod';
import { contractFields } from './rules/fields.js';
import { VILLAGE_BODIES, type VillageBody } from './review.votes.js';

/**
 * The structured facts of an item's text version, entered by the submitter next to the text. The
 * pre-review engine and the materials/vote checks read them; the ledger shows some of them.
 */

const count = (what: string) =>
  z
    .number({ error: `${what}应为整数` })
    .int(`${what}应为整数`)
    .min(0, `${what}不能为负数`)
    .max(1_000_000);

export const voteSchema = z
  .object({
    body: z
      .enum(Object.keys(VILLAGE_BODIES) as [VillageBody, ...VillageBody[]])
      .describe('表决机构：村民会议、村民代表会议、成员大会、成员代表大会'),
    entitled: count('应到人数')
      .min(1, '应到人数至少为 1')
      .describe('应到人数（18 周岁以上村民、村民代表或成员）'),
    present: count('实到人数').describe('实到人数'),
    votesFor: count('同意人数').describe('同意人数'),
    households: count('总户数').optional().describe('村民会议：本村总户数'),
    householdsPresent: count('到会户代表数').optional().describe('村民会议：到会的户代表数'),
    date: isoDate.optional().describe('会议日期'),
  })
  .strict()
  .refine((v) => v.present <= v.entitled, {
    message: '实到人数不能多于应到人数',
    path: ['present'],
  })
  .refine((v) => v.votesFor <= v.present, {
    message: '同意人数不能多于实到人数',
    path: ['votesFor'],
  })
  .refine(
    (v) =>
      v.householdsPresent === undefined ||
      v.households === undefined ||
      v.householdsPresent <= v.households,
    { message: '到会户数不能多于总户数', path: ['householdsPresent'] },
  );

/** Contract facts the pre-review engine reads as they are (same names and meaning as its contract fields). */
const c = contractFields.shape;
const engineContractFacts = {
  contractType: c.contractType,
  autoRenewalYears: c.autoRenewalYears,
  landContractEndDate: c.landContractEndDate,
  estimatedLossYuan: c.estimatedLossYuan,
  isAdministrativeAgreement: c.isAdministrativeAgreement,
  valuationDone: c.valuationDone,
  valuationYuan: c.valuationYuan,
  openTrading: c.openTrading,
  publicNoticeDays: c.publicNoticeDays,
  townshipApproved: c.townshipApproved,
  landUse: c.landUse,
  written: c.written,
  procurementCategory: c.procurementCategory,
  projectTotalYuan: c.projectTotalYuan,
  tendered: c.tendered,
  prepaidYears: c.prepaidYears,
};
export const ENGINE_CONTRACT_KEYS = Object.keys(
  engineContractFacts,
) as (keyof typeof engineContractFacts)[];

export const itemFieldsSchema = z
  .object({
    counterparty: z.string().trim().max(100).optional().describe('合同相对方名称'),
    amountFen: z
      .number()
      .int('金额应为整数（分）')
      .min(0)
      .max(10_000_000_000_000)
      .optional()
      .describe('合同金额，单位：分'),
    startDate: isoDate.optional().describe('合同起始日'),
    endDate: isoDate.optional().describe('合同终止日'),
    termYears: z
      .number()
      .positive('合同期限应大于 0')
      .max(200)
      .optional()
      .describe('合同期限（年）'),
    liquidatedDamagesPercent: z
      .number()
      .min(0)
      .max(1000)
      .optional()
      .describe('违约金占合同金额的百分比'),
    depositPercent: z.number().min(0).max(100).optional().describe('定金占合同金额的百分比'),
    collectiveAsset: z.boolean().optional().describe('是否处置、出租、发包村集体资产资源'),
    assetTransfer: z
      .boolean()
      .optional()
      .describe('是否转让集体资产或以入股、合资、合作方式经营（须评估）'),
    toNonMember: z.boolean().optional().describe('是否发包给本集体经济组织以外的单位或个人'),
    isTemplate: z.boolean().optional().describe('是否使用示范文本（可适用简易程序）'),
    plannedDecisionDate: isoDate.optional().describe('重大行政决策：拟提交集体讨论的日期'),
    vote: voteSchema.optional().describe('村民（代表）会议或成员（代表）大会的表决情况'),
    ...engineContractFacts,
  })
  .strict()
  .refine((f) => !f.startDate || !f.endDate || f.endDate >= f.startDate, {
    message: '终止日期不能早于起始日期',
    path: ['endDate'],
  });

export type ItemFields = z.infer<typeof itemFieldsSchema>;

/** Reads a stored fields column; a damaged value reads as empty rather than failing the page. */
export function parseFields(json: string | null | undefined): ItemFields {
  if (!json) return {};
  try {
    const parsed = itemFieldsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Matters that need ⅔ of those entitled to agree, with the article that says so. */
export function twoThirdsRule(f: ItemFields): { basis: string } | null {
  if (f.toNonMember) return { basis: '《农村土地承包法》第五十二条' };
  if (f.collectiveAsset) return { basis: '《浙江省农村集体资产管理条例》第十七条' };
  return null;
}
