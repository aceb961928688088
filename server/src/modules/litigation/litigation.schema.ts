import { isoDate } from '@fazhi/shared';
import { z } from 'zod';
import { drillDownQuery } from '../../core/http/drill-down.js';
import { pageQuery } from '../../core/http/paging.js';
import { LITIGATION_STATES, type LitigationState } from './case.workflow.js';
import {
  APPEALED_BY,
  DECISION_FORMS,
  KIND_KEYS,
  MANDATORY_REASONS,
  OUTCOME_KEYS,
  type AppealedBy,
  type DecisionForm,
  type MandatoryReason,
} from './litigation.vocabulary.js';

const text = (label: string, max: number) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}不超过${max}字`).describe(label);

export const idParams = z
  .object({ id: z.string().uuid('案件编号格式有误').describe('案件编号') })
  .strict();

const keys = <T extends string>(o: Record<T, string>) => Object.keys(o) as [T, ...T[]];

export const newCaseBody = z
  .object({
    kind: z.enum(KIND_KEYS).describe('行政复议 / 行政诉讼'),
    caseNo: text('案号', 60),
    title: text('案由（被申请或被诉的行政行为）', 200),
    claimantName: text('申请人/原告', 100),
    claimantIsPerson: z.boolean().describe('申请人/原告是否为自然人'),
    entrustingBody: text('委托机关（受委托作出的行为，委托机关为被申请人）', 100).optional(),
    reviewBody: text('复议机关或人民法院', 100),
    afterReconsideration: z.boolean().optional().describe('复议后起诉'),
    disclosureRelated: z.boolean().optional().describe('政府信息公开类案件（计入年报表四）'),
    simplified: z.boolean().optional().describe('行政复议适用简易程序（答复期限五日）'),
    department: text('承办科室', 60).optional(),
    receivedOn: isoDate.describe('收到复议申请书副本或起诉状副本的日期'),
    mandatoryReason: z
      .enum(keys<MandatoryReason>(MANDATORY_REASONS))
      .optional()
      .describe('负责人应当出庭的情形'),
  })
  .strict();

const states = keys<LitigationState>(LITIGATION_STATES);
const flag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();
export const caseFilterQuery = z
  .object({
    kind: z.enum(KIND_KEYS).optional().describe('类别'),
    status: z.enum(states).optional().describe('状态'),
    year: z.coerce.number().int().min(2000).max(2100).optional().describe('收案年度'),
    disclosureRelated: flag.describe('仅政府信息公开类'),
    q: z.string().trim().max(60).optional().describe('案号或案由'),
  })
  .merge(drillDownQuery)
  .strict();
export const caseListQuery = caseFilterQuery.merge(pageQuery).strict();

export const consultBody = z
  .object({
    heldOn: isoDate.describe('会商日期'),
    attendees: z
      .array(text('参加人员', 60))
      .min(1, '请填写参加会商的人员')
      .max(20)
      .describe('参加人员'),
    analysis: text('案情和法律分析', 4000),
    decision: text('会商意见', 2000),
  })
  .strict();
export const answerBody = z
  .object({
    filedOn: isoDate.describe('提交答复书/答辩状及证据的日期'),
    note: text('说明', 1000).optional(),
    opinion: text('答辩/答复意见（出具答辩状或答复书）', 20000).optional(),
    evidence: z.array(text('证据或依据', 300)).max(100).optional().describe('证据和依据清单'),
  })
  .strict();
export const appealBody = z
  .object({
    by: z.enum(keys<AppealedBy>(APPEALED_BY)).describe('本机关上诉 / 对方当事人上诉'),
    on: isoDate.describe('上诉日期（对方上诉：收到上诉状副本日期）'),
    court: text('二审法院', 100).optional(),
  })
  .strict();
export const hearBody = z
  .object({
    heldOn: isoDate.describe('开庭（听证）日期'),
    leaderAppeared: z.boolean().describe('负责人是否出庭应诉'),
    leaderName: text('出庭负责人', 30).optional(),
    leaderTitle: text('负责人职务', 30).optional(),
    standIns: text('出庭的工作人员', 200).optional(),
    absenceExplanation: text('负责人不能出庭的情况说明', 2000).optional(),
  })
  .strict();
export const concludeBody = z
  .object({
    outcome: z.enum(OUTCOME_KEYS).describe('结果（法定类型）'),
    decisionForm: z.enum(keys<DecisionForm>(DECISION_FORMS)).describe('判决 / 裁定 / 复议决定'),
    servedOn: isoDate.describe('文书送达日期'),
    coDefendant: text('共同被告（复议维持后起诉时的复议机关）', 100).optional(),
  })
  .strict();
export const evaluateBody = z
  .object({
    evaluation: text('案件评查（存在的问题）', 4000),
    department: text('整改责任科室', 60),
    measures: text('整改措施', 2000),
  })
  .strict();
export const rectifyBody = z.object({ result: text('整改结果反馈', 2000) }).strict();
export const statsQuery = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100).describe('年度'),
    asOf: isoDate.optional().describe('统计截止日（默认年末或今天）'),
    base: z
      .enum(['concluded', 'decided'])
      .default('concluded')
      .describe('纠错率分母：concluded 审结数；decided 审结数减调解、和解撤回'),
    orgId: z.string().uuid().optional().describe('乡镇（上级机关工作人员选择）'),
  })
  .strict();
