import { isoDate } from '@fazhi/shared';
import { z } from 'zod';
import { ADOPTIONS, DECISION_KINDS, type Adoption, type DecisionKind } from '../review.enums.js';
import { voteSchema } from '../review.fields.js';

/** Requests after the opinion: 采纳情况反馈, the decision (or signing, publication, village vote), 备案. */

export const feedbackBody = z
  .object({
    adoption: z
      .enum(Object.keys(ADOPTIONS) as [Adoption, ...Adoption[]])
      .describe('adopted 全部采纳、partly 部分采纳、not_adopted 未采纳'),
    note: z
      .string()
      .trim()
      .max(5000)
      .optional()
      .describe('采纳情况说明；部分采纳或未采纳的须说明理由'),
  })
  .strict()
  .refine((b) => b.adoption === 'adopted' || (b.note?.length ?? 0) >= 4, {
    message: '部分采纳或未采纳的，请说明理由',
    path: ['note'],
  });

export const decideBody = z
  .object({
    kind: z
      .enum(Object.keys(DECISION_KINDS) as [DecisionKind, ...DecisionKind[]])
      .describe('discussed 集体讨论决定、signed 签订合同、published 印发、voted 村民会议表决通过'),
    decidedOn: isoDate.describe('会议、签订或印发的日期'),
    meeting: z
      .string()
      .trim()
      .max(200)
      .optional()
      .describe('会议名称，如“镇党政班子会议（2024年第12次）”'),
    vote: voteSchema.optional().describe('村规民约：村民会议表决情况（必填）'),
  })
  .strict();

export const filingBody = z
  .object({
    fileId: z.string().uuid('附件编号格式有误').describe('最终签署或印发的文本（已上传的附件）'),
    filedOn: isoDate.optional().describe('报送备案日期，默认今天'),
    note: z.string().trim().max(2000).optional(),
  })
  .strict();
