import { CONTACT_PHONE_FORMAT, isoDate } from '@fazhi/shared';
import { z } from 'zod';
import { pageQuery } from '../../../core/http/paging.js';
import { keys, text } from '../legal-services.schema.js';
import { AID_MATTERS, EXEMPTIONS, MEANS_METHODS } from '../legal-services.vocabulary.js';
import { AID_STATES } from './aid.workflow.js';

export const newAidBody = z
  .object({
    applicantName: text('申请人', 30),
    applicantPhone: z
      .string()
      .trim()
      .regex(CONTACT_PHONE_FORMAT, '请填写手机号或带区号的固定电话')
      .optional()
      .describe('联系电话'),
    matter: z.enum(keys(AID_MATTERS)).describe('申请事项（《法律援助法》第三十一条、第三十二条）'),
    summary: text('案情摘要', 2000),
    meansMethod: z
      .enum(keys(MEANS_METHODS))
      .describe('经济困难状况的核查方式（第四十一条、第四十二条）'),
    pledgeSigned: z.boolean().optional().describe('申请人已签署个人诚信承诺书（第四十一条）'),
    exemption: z.enum(keys(EXEMPTIONS)).optional().describe('免予核查的情形（第四十二条）'),
    deadlineOn: isoDate.optional().describe('申请人面临的时效或期限届满日（先行提供，第四十四条）'),
    urgentPreservation: z.boolean().optional().describe('需要立即申请保全或先予执行（第四十四条）'),
    receivedOn: isoDate.optional().describe('受理日期（默认今天）'),
  })
  .strict();
export const aidListQuery = z
  .object({
    orgId: z.string().uuid().optional().describe('乡镇（上级机关工作人员选择）'),
    status: z.enum(keys(AID_STATES)).optional().describe('状态'),
    year: z.coerce.number().int().min(2000).max(2100).optional().describe('受理年度'),
  })
  .merge(pageQuery)
  .strict();

export const forwardBody = z
  .object({
    centre: text('法律援助机构', 60),
    forwardedOn: isoDate.describe('转交日期（法律援助机构收到申请之日）'),
  })
  .strict();
export const materialsBody = z
  .object({
    items: z
      .array(text('需补充的材料', 100))
      .min(1, '请列出需补充的材料')
      .max(20)
      .describe('一次性告知的材料清单'),
    requestedOn: isoDate.describe('告知日期'),
    dueOn: isoDate.describe('补充期限'),
  })
  .strict();
export const suppliedBody = z.object({ suppliedOn: isoDate.describe('补充日期') }).strict();
export const decisionBody = z.object({ decidedOn: isoDate.describe('决定日期') }).strict();
export const refuseBody = z
  .object({
    decidedOn: isoDate.describe('决定日期'),
    reason: z
      .string()
      .trim()
      .min(1, '决定不给予法律援助的，应当书面告知申请人并说明理由（《法律援助法》第四十三条）')
      .max(2000)
      .describe('不予援助的理由'),
  })
  .strict();
export const assignBody = z
  .object({
    assignedOn: isoDate.describe('指派日期'),
    lawyerName: text('法律援助人员', 30),
    lawyerFirm: text('所在律师事务所', 60),
  })
  .strict();
export const objectBody = z.object({ objectedOn: isoDate.describe('提出异议日期') }).strict();
export const objectionDecisionBody = z
  .object({
    decidedOn: isoDate.describe('审查决定日期'),
    upheld: z.boolean().describe('异议成立（责令法律援助机构改正）'),
    note: text('审查意见', 1000),
  })
  .strict();
export const closeBody = z
  .object({ closedOn: isoDate.describe('结案日期'), note: text('结案情况', 1000) })
  .strict();
