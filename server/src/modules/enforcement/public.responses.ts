import { z } from 'zod';

/** Response shapes of 行政执法公示 on the portal (documented in OpenAPI from here). */

const n = z.string().nullable();

export const publicEntrustmentsOut = z.object({
  town: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      entrustingBody: z.string().describe('委托行政机关'),
      fields: z.array(z.object({ key: z.string(), label: z.string() })),
      powers: z.string(),
      documentNo: n,
      startsOn: z.string(),
      endsOn: z.string(),
      current: z.boolean().describe('今日在委托期限内'),
    }),
  ),
});

export const publicDecisionsOut = z.object({
  town: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      decisionDocNo: n,
      title: z.string(),
      fieldLabel: z.string(),
      partyName: z.string().describe('自然人只显示姓氏'),
      partyKindLabel: z.string(),
      penalty: n.describe('公开撤回后为空（行政处罚法第四十八条第二款）'),
      fine: z.number().nullable(),
      decidedOn: n,
      publishedOn: n,
      decidingBody: z.string(),
      withdrawnOn: n,
      withdrawalReason: n,
    }),
  ),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
