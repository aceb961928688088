import { z } from 'zod';

/** Request and response shapes of the annual-report endpoints. */

const year = z.coerce
  .number({ error: '年份应为四位数字' })
  .int('年份应为整数')
  .min(2019, '年度报告格式适用于2019年修订的条例施行后的年度')
  .max(2100, '年份无效');
export const yearParams = z.object({ year: year.describe('报告年度') });
export const orgQuery = z
  .object({
    orgId: z.string().uuid('机构编号格式有误').optional().describe('乡镇（县级用户须指定）'),
  })
  .strict();
export const tablesQuery = z
  .object({
    year: year.describe('报告年度'),
    orgId: z.string().uuid('机构编号格式有误').optional().describe('乡镇（县级用户须指定）'),
  })
  .strict();

const section = (what: string) => z.string().trim().max(20000, `${what}最多 20000 字`);
export const narrativeBody = z
  .object({
    overview: section('一、总体情况').describe('一、总体情况'),
    problems: section('五、存在的主要问题及改进情况'),
    otherMatters: section('六、其他需要报告的事项'),
    orgId: z.string().uuid().optional(),
  })
  .strict();

const count = z.number().int('请填写整数').min(0, '不能为负数').max(100000);
const group = z
  .object({
    upheld: count.describe('结果维持'),
    corrected: count.describe('结果纠正'),
    other: count.describe('其他结果'),
    pending: count.describe('尚未审结'),
  })
  .strict();
export const reviewCountsBody = z
  .object({
    counts: z
      .object({
        review: group.describe('行政复议'),
        direct: group.describe('未经复议直接起诉'),
        after: group.describe('复议后起诉'),
      })
      .strict(),
    orgId: z.string().uuid().optional(),
  })
  .strict();
export const publishBody = z.object({ orgId: z.string().uuid().optional() }).strict();

const checkOut = z.object({
  code: z.string(),
  title: z.string(),
  ok: z.boolean(),
  failures: z.array(z.string()),
});
const town = z.object({ id: z.string(), name: z.string(), code: z.string() });

const issuance = z.object({
  issued: z.number().describe('本年制发件数'),
  abolished: z.number().describe('本年废止件数'),
  inForce: z.number().describe('现行有效件数'),
});
const sectionTwoOut = z
  .object({
    year: z.number(),
    article20Item1: z
      .object({
        rules: issuance.describe('规章'),
        normativeDocuments: issuance.describe('行政规范性文件'),
      })
      .describe('第二十条第（一）项'),
    article20Item5: z
      .object({ licensingDecisions: z.number().describe('行政许可 本年处理决定数量') })
      .describe('第二十条第（五）项'),
    article20Item6: z
      .object({
        penaltyDecisions: z.number().describe('行政处罚'),
        coercionDecisions: z.number().describe('行政强制'),
      })
      .describe('第二十条第（六）项'),
    article20Item8: z
      .object({
        feesWan: z.number().describe('行政事业性收费 本年收费金额（万元）'),
        feesFen: z.number(),
      })
      .describe('第二十条第（八）项'),
    sources: z.record(z.string(), z.string().nullable()).describe('各项数据来源'),
  })
  .describe('表二：主动公开政府信息情况');

/** GET /disclosure/annual-report: the three tables for county systems. */
export const tablesOut = z.object({
  format: z.string().describe('国办公开办函〔2021〕30号'),
  town,
  year: z.number(),
  sectionTwo: sectionTwoOut,
  sectionThree: z.object({
    columns: z.array(z.object({ key: z.string(), label: z.string() })),
    rows: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        group: z.string().nullable(),
        values: z.record(z.string(), z.number()),
      }),
    ),
  }),
  sectionFour: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      parent: z.string().nullable(),
      values: z.record(z.string(), z.number()),
    }),
  ),
  fees: z.object({ fen: z.number().describe('本年收取的信息处理费（分）'), count: z.number() }),
  checks: z.array(checkOut),
});

export const reportOut = z.looseObject({ town, year: z.number(), checks: z.array(checkOut) });

/** The portal's list of published reports. */
export const publishedListOut = z.object({
  town,
  items: z.array(
    z.object({ year: z.number(), publishedAt: z.string().nullable(), version: z.number() }),
  ),
});

/** A published report as the portal shows it: the snapshot taken at publication. */
export const publishedReportOut = reportOut.extend({
  publishedAt: z.string().nullable(),
  version: z.number(),
  docxAvailable: z.boolean(),
});
