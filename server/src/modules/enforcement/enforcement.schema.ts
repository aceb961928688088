import { isoDate } from '@fazhi/shared';
import { z } from 'zod';
import { drillDownQuery } from '../../core/http/drill-down.js';
import { pageQuery } from '../../core/http/paging.js';
import { CASE_STATES, type CaseState } from './case.workflow.js';
import { BASIS_KEYS, FIELD_KEYS, GROUND_KEYS, OUTCOME_KEYS } from './enforcement.vocabulary.js';

const text = (label: string, max: number) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}不超过${max}字`).describe(label);
const uuid = (label: string) => z.string().uuid(`${label}格式有误`).describe(label);
const yuan = (label: string) =>
  z.number().int('金额以元为单位的整数').min(0).max(100_000_000).describe(`${label}（元）`);
const field = z.enum(FIELD_KEYS).describe('执法领域');
const orgId = uuid('机构编号').optional();

export const idParams = z.object({ id: uuid('案件编号') }).strict();

export const newCaseBody = z
  .object({
    title: text('案由', 200),
    field,
    authorityBasis: z.enum(BASIS_KEYS).describe('权力来源：赋权 / 委托 / 派出机构'),
    entrustmentId: uuid('委托书编号').optional().describe('委托执法案件的委托书'),
    partyName: text('当事人', 100),
    partyKind: z.enum(['citizen', 'organisation']).describe('公民 / 法人或者其他组织'),
    partyAddress: text('当事人地址', 200).optional(),
    facts: text('违法事实', 4000),
    major: z.boolean().optional().describe('重大或疑难复杂案件（须法制审核、集体讨论）'),
    officerIds: z.array(uuid('办案人员')).max(10).describe('办案执法人员（至少两名持有效执法证）'),
    procedure: z
      .enum(['general', 'simple'])
      .optional()
      .describe('普通程序 / 简易程序（当场处罚，行政处罚法第五十一条）'),
  })
  .strict();

const states = Object.keys(CASE_STATES) as [CaseState, ...CaseState[]];
export const caseFilterQuery = z
  .object({
    status: z.enum(states).optional().describe('状态'),
    field: field.optional(),
    authorityBasis: z.enum(BASIS_KEYS).optional().describe('权力来源'),
    year: z.coerce.number().int().min(2000).max(2100).optional().describe('线索登记年度'),
    decidedYear: z.coerce
      .number()
      .int()
      .min(2000)
      .max(2100)
      .optional()
      .describe('处罚决定年度（统计口径：决定日期在该年度内）'),
    q: z.string().trim().max(100).optional().describe('案号、案由或当事人'),
  })
  .merge(drillDownQuery)
  .strict();
export const caseListQuery = caseFilterQuery.merge(pageQuery).strict();

export const emptyBody = z.object({}).strict();
export const noteBody = z.object({ note: text('说明', 2000).optional() }).strict();
export const opinionBody = z.object({ opinion: text('审核意见', 2000) }).strict();
export const discussBody = z.object({ note: text('集体讨论意见', 2000) }).strict();
export const reasonBody = z.object({ reason: text('理由', 2000) }).strict();
export const extendBody = z
  .object({
    days: z.number().int().min(1).max(90).describe('延长天数'),
    reason: text('延长理由及依据', 1000),
  })
  .strict();
const offlineDocNo = text('纸质文书文号', 60)
  .optional()
  .describe('补录纸质办理的案件：文书上已有的文号（不再生成文书）');
export const notifyBody = z
  .object({
    proposedFine: yuan('拟罚款'),
    legalBasis: text('处罚依据', 500),
    offlineDocNo,
  })
  .strict();
export const decideBody = z
  .object({
    fine: yuan('罚款'),
    penalty: text('处罚种类', 200),
    legalBasis: text('处罚依据', 500),
    publishable: z
      .boolean({ error: '请认定该处罚决定是否具有一定社会影响（行政处罚法第四十八条）' })
      .describe('具有一定社会影响、应当公开（行政处罚法第四十八条第一款）'),
    offlineDocNo,
  })
  .strict();

/** 先行登记保存 (行政处罚法 第五十六条): the evidence listed; the decision on one preservation's evidence. */
export const preserveBody = z.object({ evidence: text('登记保存的证据清单', 2000) }).strict();
export const preservedDecisionBody = z
  .object({
    preservationId: z.string().uuid().describe('作出处理决定的那一次先行登记保存'),
    outcome: z.enum(OUTCOME_KEYS).describe('处理决定（行政处罚法第五十六条）'),
    note: text('说明', 2000).optional(),
  })
  .strict();

export const spotDecisionBody = z
  .object({
    fine: yuan('罚款（警告为0）'),
    penalty: text('处罚种类', 200),
    legalBasis: text('处罚依据', 500),
    formNo: text('决定书编号（预定格式、编有号码）', 60),
    certificateShown: z.boolean().describe('已向当事人出示执法证件（第五十二条）'),
    refusedToSign: z.boolean().optional().describe('当事人拒绝签收'),
    publishable: z
      .boolean()
      .optional()
      .describe('具有一定社会影响、应当公开（行政处罚法第四十八条第一款；默认否）'),
  })
  .strict();
export const collectionBody = z
  .object({
    ground: z.enum(GROUND_KEYS).describe('当场收缴的情形（第六十八条、第六十九条）'),
    receiptNo: text('财政部门统一制发的专用票据号', 60),
  })
  .strict();

export const courtBody = z.object({ court: text('受理法院', 100) }).strict();

export const entrustmentBody = z
  .object({
    entrustingBody: text('委托机关', 100),
    fields: z.array(field).min(1, '请选择委托范围').describe('委托范围'),
    powers: text('委托权限', 500),
    documentNo: text('委托书文号', 60).optional(),
    startsOn: isoDate.describe('委托期限起'),
    endsOn: isoDate.describe('委托期限止'),
  })
  .strict();

export const certificateBody = z
  .object({
    userId: uuid('持证人账号'),
    certNo: text('执法证号', 40),
    fields: z.array(field).min(1, '请选择执法领域').describe('执法领域'),
    issuedOn: isoDate.describe('发证日期'),
    expiresOn: isoDate.describe('有效期至'),
  })
  .strict();

export const townQuery = z.object({ orgId }).strict();
export const statsQuery = z
  .object({ year: z.coerce.number().int().min(2000).max(2100).describe('年度'), orgId })
  .strict();
export const settingsBody = z
  .object({
    orgId,
    citizen: yuan('公民听证数额标准'),
    organisation: yuan('法人或者其他组织听证数额标准'),
    simpleCitizen: yuan('对公民当场处罚的罚款上限').optional(),
    simpleOrganisation: yuan('对法人或者其他组织当场处罚的罚款上限').optional(),
    simpleReportDays: z
      .number()
      .int()
      .min(1)
      .max(30)
      .optional()
      .describe('当场处罚决定备案期限（工作日）'),
    trainingHours: z
      .number()
      .int()
      .min(1, '年度培训学时至少为1')
      .max(500, '年度培训学时不超过500')
      .optional()
      .describe('执法人员年度培训学时要求（默认60学时，可按乡镇设置）'),
    publishableGeneral: z
      .boolean()
      .optional()
      .describe(
        '普通程序处罚决定“具有一定社会影响”的默认认定（行政处罚法第四十八条第一款；默认是）',
      ),
    publishableSimple: z
      .boolean()
      .optional()
      .describe('当场处罚决定“具有一定社会影响”的默认认定（行政处罚法第四十八条第一款；默认否）'),
  })
  .strict();

/** 撤回公开 (行政处罚法 第四十八条第二款): the day the decision was changed or revoked, and why. */
export const withdrawPublicationBody = z
  .object({
    changedOn: isoDate.describe('处罚决定被变更、撤销、确认违法或无效之日'),
    reason: text('撤回理由', 1000),
  })
  .strict();
