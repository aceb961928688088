import { isCalendarDate } from '@fazhi/shared';
import { z } from 'zod';

export const eventQuery = z
  .object({
    action: z.string().max(80).optional().describe('动作前缀，如 auth. 或 user.roles.assigned'),
    actor: z.string().max(64).optional().describe('操作人用户名'),
    targetType: z.string().max(40).optional(),
    targetId: z.string().max(64).optional(),
    from: z.string().refine(isCalendarDate, '起始日期格式应为 YYYY-MM-DD').optional(),
    to: z.string().refine(isCalendarDate, '截止日期格式应为 YYYY-MM-DD').optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(20),
    format: z.enum(['json', 'xlsx']).default('json'),
  })
  .strict();

export const eventOut = z.object({
  id: z.string(),
  chainId: z.string(),
  seq: z.number(),
  at: z.string(),
  actorName: z.string().nullable(),
  ip: z.string().nullable(),
  orgName: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  changes: z.record(z.string(), z.unknown()).nullable(),
  basis: z.string().nullable(),
  meta: z.record(z.string(), z.unknown()).nullable(),
});

export const verifyOut = z.object({
  ok: z.boolean(),
  checkedAt: z.string(),
  chains: z.array(
    z.object({
      chainId: z.string(),
      name: z.string(),
      events: z.number(),
      ok: z.boolean(),
      /** Events hashed without the key, written before chains were keyed; they lead the chain. */
      unkeyedEvents: z.number(),
      /** No event of the chain is keyed (未加密钥保护). */
      unprotected: z.boolean(),
      break: z
        .object({
          eventId: z.string().nullable(),
          seq: z.number(),
          problem: z.string(),
          message: z.string(),
        })
        .nullable(),
    }),
  ),
});

export const anchorsOut = z.object({
  format: z.string(),
  issuedAt: z.string(),
  issuedBy: z.string(),
  publicKey: z.string().describe('SM2 公钥（04 开头的十六进制）'),
  anchors: z.array(
    z.object({ chainId: z.string(), seq: z.number(), hash: z.string(), at: z.string() }),
  ),
  signature: z.string().describe('SM2 签名（r‖s 十六进制）'),
});
