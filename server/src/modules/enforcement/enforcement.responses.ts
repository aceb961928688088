import { z } from 'zod';
import { clockBadgeSchema } from '../../core/calendar/index.js';
import { aheadSchema, blockedSchema } from '../../core/workflow/blocked.schema.js';
import { pathSchema } from '../../core/workflow/path.js';
import { CASE_STATES, type CaseState } from './case.workflow.js';
import { OUTCOME_KEYS } from './enforcement.vocabulary.js';
import { trainingStatusOut } from './training/training.schema.js';

/** Response shapes of the 行政执法 staff endpoints (documented in OpenAPI from here). */

const n = z.string().nullable();
const money = z.number().nullable();
const labels = z.record(z.string(), z.string());
const states = Object.keys(CASE_STATES) as [CaseState, ...CaseState[]];
const fieldsOut = z.array(z.object({ key: z.string(), label: z.string() }));

export const createdOut = z.object({ id: z.string() });

export const vocabularyOut = z.object({
  fields: labels,
  authorityBases: labels,
  partyKinds: labels,
  states: labels,
  procedures: labels,
  collectionGrounds: labels,
  preservationOutcomes: labels,
});

const caseOut = z.object({
  id: z.string(),
  caseNo: z.string(),
  title: z.string(),
  field: z.string(),
  fieldLabel: z.string(),
  authorityBasis: z.string(),
  authorityBasisLabel: z.string(),
  entrustmentId: n,
  entrustingBody: n,
  partyName: z.string().describe('乡镇以上查看自然人时为脱敏姓名'),
  partyKind: z.string(),
  partyKindLabel: z.string(),
  partyAddress: n.describe('乡镇以上不提供'),
  facts: z.string(),
  major: z.boolean().describe('重大、疑难复杂案件（须法制审核和集体讨论）'),
  status: z.enum(states),
  statusLabel: z.string(),
  clueOn: z.string(),
  filedOn: n,
  investigatedOn: n,
  proposedFine: money.describe('元'),
  noticedOn: n,
  noticeDocNo: n,
  noticeFileId: n,
  hearingRequestedOn: n,
  heardOn: n,
  legalReviewedOn: n,
  legalReviewOpinion: n,
  discussedOn: n,
  extensionDays: z.number(),
  extensionReason: n,
  extensionApprover: n,
  decisionDue: n.describe('作出处罚决定的期限（行政处罚法第六十条，含延长）'),
  decidedOn: n,
  fine: money.describe('元'),
  penalty: n,
  decisionDocNo: n,
  decisionFileId: n,
  servedOn: n,
  paidOn: n,
  closedOn: n,
  endingReason: n,
  procedure: z.enum(['general', 'simple']),
  procedureLabel: z.string(),
  reportedOn: n,
  collectedOn: n,
  collectionGround: n,
  collectionGroundLabel: n,
  receiptNo: n,
  handedOverOn: n,
  urgedOn: n,
  urgeDocNo: n,
  urgeFileId: n,
  courtAppliedOn: n,
  courtName: n,
  surcharge: money.describe('缴纳时的加处罚款（元）'),
  publishable: z
    .boolean()
    .nullable()
    .describe('具有一定社会影响、应当公开（行政处罚法第四十八条第一款；未作出决定时为空）'),
  publishedOn: n,
  decisionChangedOn: n,
  publicationWithdrawnOn: n,
  publicationWithdrawalReason: n,
});

/** One 先行登记保存 of a case (行政处罚法 第五十六条), with its own seven-working-day clock (第八十五条). */
const preservationOut = z.object({
  id: z.string(),
  preservedOn: z.string().describe('先行登记保存日期'),
  evidence: z.string().describe('登记保存的证据清单'),
  approverName: n.describe('批准的负责人'),
  dueDate: n.describe('作出处理决定的期限（七个工作日）'),
  overdue: z.boolean().describe('期限已过仍未作出处理决定'),
  clockId: n,
  decidedOn: n.describe('作出处理决定的日期'),
  outcome: z.enum(OUTCOME_KEYS).nullable(),
  outcomeLabel: n.describe('处理决定'),
  note: n,
});

export const caseListOut = z.object({
  items: z.array(caseOut),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const caseDetailOut = caseOut.extend({
  officers: z.array(z.object({ id: z.string(), displayName: z.string() })),
  abilities: z.array(z.string()).describe('本人当前可执行的步骤'),
  blocked: blockedSchema,
  reportDue: n.describe('当场处罚决定备案期限（行政处罚法第五十二条第三款）'),
  handOverDue: n.describe('当场收缴罚款交至行政机关的期限（行政处罚法第七十一条）'),
  paymentDue: n.describe('缴纳罚款期限（行政处罚法第六十七条）'),
  courtWindow: z
    .object({ opens: z.string(), closes: z.string() })
    .nullable()
    .describe('申请人民法院强制执行的期间（行政强制法第五十三条）'),
  surchargeToday: z
    .object({ days: z.number(), amount: z.number(), capped: z.boolean() })
    .nullable()
    .describe('截至今日的加处罚款（行政处罚法第七十二条，不超过罚款数额）'),
  publishDue: n.describe('处罚决定公开期限（行政处罚法第四十八条）'),
  withdrawDue: n.describe('决定变更或撤销后撤回公开的期限'),
  fileReview: z
    .object({
      complete: z.boolean(),
      items: z.array(z.object({ item: z.string(), present: z.boolean(), basis: z.string() })),
    })
    .describe('案卷评查：本阶段应有的文书及其依据'),
  clocks: z
    .array(clockBadgeSchema)
    .describe(
      '法定期限：作出决定、先行登记保存处理决定、送达、公开、缴纳罚款（行政处罚法第六十、五十六、六十一、四十八、六十七条）',
    ),
  preservations: z
    .array(preservationOut)
    .describe('先行登记保存（行政处罚法第五十六条），按登记保存日期排列'),
  path: pathSchema,
  ahead: aheadSchema,
});

export const caseImportOut = z.object({ imported: z.number() });

export const entrustmentsOut = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      entrustingBody: z.string().describe('委托行政机关'),
      fields: fieldsOut,
      powers: z.string(),
      documentNo: n,
      startsOn: z.string(),
      endsOn: z.string(),
      current: z.boolean().describe('今日在委托期限内'),
    }),
  ),
});

export const certificatesOut = z.object({
  trainingYear: z.number(),
  trainingRequired: z.number().describe('年度培训学时要求'),
  items: z.array(
    z.object({
      id: z.string(),
      userId: z.string(),
      holder: z.string(),
      certNo: z.string(),
      fields: fieldsOut,
      issuedOn: z.string(),
      expiresOn: z.string(),
      valid: z.boolean().describe('今日在有效期内'),
      trainingHours: z.number().describe('本年度已完成学时'),
      trainingBelow: z.boolean(),
    }),
  ),
});

export const staffOut = z.object({
  items: z.array(z.object({ id: z.string(), displayName: z.string(), username: z.string() })),
});

export const statsOut = z.object({
  year: z.number(),
  town: z.string(),
  decisions: z.number(),
  fines: z.number().describe('罚款合计（元）'),
  groups: z.array(
    z.object({
      field: z.string(),
      fieldLabel: z.string(),
      authorityBasis: z.string(),
      authorityBasisLabel: z.string(),
      decisions: z.number(),
      fines: z.number(),
    }),
  ),
  training: trainingStatusOut,
});

export const settingsOut = z.object({
  citizen: z.number().describe('公民的听证数额标准（元）'),
  organisation: z.number().describe('法人或者其他组织的听证数额标准（元）'),
  basis: z.string(),
  simpleCitizen: z.number(),
  simpleOrganisation: z.number(),
  simpleReportDays: z.number(),
  simpleBasis: z.string(),
  trainingHours: z.number(),
  trainingBasis: z.string(),
  publishableGeneral: z
    .boolean()
    .describe('普通程序处罚决定表单中“具有一定社会影响”的默认认定（行政处罚法第四十八条第一款）'),
  publishableSimple: z.boolean().describe('当场处罚决定表单中“具有一定社会影响”的默认认定'),
  publishableBasis: z.string(),
  updatedAt: n,
});
