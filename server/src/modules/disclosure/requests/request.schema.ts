import { isCalendarDate } from '@fazhi/shared';
import { z } from 'zod';
import { drillDownQuery } from '../../../core/http/drill-down.js';
import { idsQuery } from '../../../core/http/selected-ids.js';
import { OUTCOME_KEYS } from './outcomes.js';
import { REDACTION_GROUND_KEYS } from './redaction-grounds.js';
import { REQUEST_STATE_KEYS } from './request.workflow.js';
import { townFilter } from '../../orgs/orgs.public.js';
import {
  APPLICANT_KIND_KEYS,
  CHANNEL_KEYS,
  DELIVERY_KEYS,
  FEE_METHOD_KEYS,
  FORM_KEYS,
  ID_TYPE_KEYS,
} from './vocabulary.js';

/** Request bodies and queries of the 依申请公开 endpoints (responses: request.responses.ts). */

const date = (what: string) =>
  z
    .string()
    .refine(isCalendarDate, `${what}应为真实存在的日期，格式 YYYY-MM-DD`)
    .describe(`${what}，YYYY-MM-DD`);
const text = (what: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `请填写${what}${min > 1 ? `（至少 ${min} 个字）` : ''}`)
    .max(max, `${what}最多 ${max} 个字`);

const applicant = {
  applicantKind: z
    .enum(APPLICANT_KIND_KEYS, { error: '申请人类型无效' })
    .describe('自然人 / 商业企业 / 科研机构 / 社会公益组织 / 法律服务机构 / 其他'),
  applicantName: text('申请人姓名或名称', 2, 100).describe('姓名或单位名称'),
  idType: z
    .enum(ID_TYPE_KEYS, { error: '证件类型无效' })
    .describe('resident_id 居民身份证 / passport / hmt_permit / credit_code 统一社会信用代码'),
  idNumber: text('证件号码', 5, 30).describe(
    '居民身份证号码校验 ISO 7064 MOD 11-2，统一社会信用代码校验 GB 32100',
  ),
  phone: text('联系电话', 7, 20).describe('手机号或带区号的固定电话；查询办理进度时须提供'),
  contactPerson: z.string().trim().max(40).optional().describe('法人或其他组织的联系人'),
  address: z.string().trim().max(200).optional().describe('通信地址（邮寄时必填）'),
  email: z
    .string()
    .trim()
    .email('电子邮箱格式有误')
    .max(100)
    .optional()
    .describe('电子邮箱（电子邮件送达时必填）'),
  description: text('所需政府信息的名称、文号或特征性描述', 5, 2000).describe(
    '《政府信息公开条例》第二十九条第二项',
  ),
  formWanted: z
    .enum(FORM_KEYS, { error: '获取形式无效' })
    .describe('paper 纸质 / electronic 电子 / inspection 查阅'),
  delivery: z
    .enum(DELIVERY_KEYS, { error: '获取途径无效' })
    .describe('post 邮寄 / pickup 自取 / email 电子邮件'),
};

export const applyBody = z.object(applicant).strict();

export const registerBody = z
  .object({
    ...applicant,
    channel: z
      .enum(CHANNEL_KEYS, { error: '收件渠道无效' })
      .describe(
        'in_person 当面 / registered_post 邮寄签收 / ordinary_letter 平常信函 / online 互联网 / fax 传真',
      ),
    submittedOn: date('提交日期').optional(),
    signedOn: date('签收日期').optional(),
    arrivedOn: date('信函收到日期').optional(),
    confirmedOn: date('双方确认日期').optional(),
  })
  .strict();

export const confirmBody = z.object({ confirmedOn: date('双方确认日期').optional() }).strict();

export const correctionRequestBody = z
  .object({
    items: text('需要补正的事项', 4, 1000),
    periodDays: z
      .number()
      .int()
      .min(1, '补正期限至少 1 个工作日')
      .max(60, '补正期限最多 60 个工作日')
      .optional()
      .describe('补正期限（工作日），缺省用本镇设置'),
  })
  .strict();

export const correctionReceiveBody = z
  .object({ correctedOn: date('收到补正日期'), text: text('补正内容', 2, 2000) })
  .strict();

export const consultBody = z
  .object({
    kind: z.enum(['third_party', 'interagency'], { error: '征求意见类型无效' }),
    partyName: text('被征求意见方名称', 2, 100),
    matter: text('征求意见事项', 4, 1000),
    sentOn: date('征求意见书送达日期'),
  })
  .strict();

export const answerBody = z
  .object({
    opinion: z.enum(['agree', 'object', 'no_reply'], { error: '意见类型无效' }),
    note: z.string().trim().max(1000).optional(),
    answeredOn: date('收到意见日期').optional(),
  })
  .strict();

export const extendBody = z
  .object({
    days: z.number().int('延长天数应为整数').describe('延长的工作日数，1–20'),
    reason: text('延长理由', 4, 500),
  })
  .strict();
export const explanationBody = z.object({ reason: text('要求说明理由的情况', 4, 500) }).strict();
export const delayBody = z
  .object({ dueOn: date('延迟答复期限'), reason: text('无法按期答复的原因', 4, 500) })
  .strict();

export const feeBody = z
  .object({
    method: z
      .enum(FEE_METHOD_KEYS, { error: '收费方式无效' })
      .describe('per_item 按件 / per_page 按量（一件申请只能选一种）'),
    items: z.number().int().min(1).max(1000).optional().describe('按件：本申请的件数（缺省 1）'),
    pages: z.number().int().min(1).max(100000).optional().describe('按量：提供的页数'),
    reason: text('数量、频次明显超过合理范围的情况', 4, 500),
    servedOn: date('申请人收到收费通知的日期')
      .optional()
      .describe('当面交付或电子送达的，收到之日；邮寄的可待签收后另行登记'),
  })
  .strict();
export const feeServedBody = z.object({ servedOn: date('申请人收到收费通知的日期') }).strict();
export const feePaidBody = z.object({ paidOn: date('缴费日期') }).strict();

export const replyBody = z
  .object({
    outcome: z.enum(OUTCOME_KEYS, { error: '答复类型无效' }).describe('表三的一个末级行'),
    reasons: z
      .string()
      .trim()
      .max(3000)
      .optional()
      .describe('说明理由（不予公开、部分公开、无法提供等须填写）'),
    details: z.string().trim().max(500).optional().describe('获取途径、已作出的答复文号等'),
    notResponsible: z
      .boolean()
      .optional()
      .describe('“本机关不掌握”时：属于不由本机关负责公开（第三十六条第（五）项），须说明理由'),
    competentBody: z
      .object({
        name: z
          .string({ error: '请填写负责公开的行政机关名称' })
          .trim()
          .min(2, '请填写负责公开的行政机关名称（至少 2 个字）')
          .max(60, '行政机关名称最多 60 个字'),
        contact: z
          .string({ error: '请填写负责公开的行政机关联系方式' })
          .trim()
          .min(5, '请填写负责公开的行政机关联系方式（至少 5 个字）')
          .max(100, '联系方式最多 100 个字'),
      })
      .strict()
      .optional()
      .describe('能够确定负责公开的行政机关的，其名称和联系方式（第三十六条第（五）项）'),
  })
  .strict();

export const materialBody = z
  .object({ fileId: z.string().uuid('附件编号格式有误').describe('先上传到 /files 得到的编号') })
  .strict();

const ground = z.enum(REDACTION_GROUND_KEYS, { error: '不予公开的理由无效' });
export const redactBody = z
  .object({
    originalFileId: z.string().uuid('原件编号格式有误'),
    mode: z
      .enum(['auto', 'uploaded'])
      .describe('auto：对 DOCX 原件自动遮盖；uploaded：上传已处理的公开文本（PDF、图片等）'),
    marks: z
      .array(z.object({ text: text('需遮盖的文字', 1, 200), ground }).strict())
      .max(100)
      .optional(),
    idNumbers: ground.optional().describe('自动遮盖身份证号码，并注明理由'),
    phones: ground.optional().describe('自动遮盖电话号码，并注明理由'),
    releasedFileId: z.string().uuid('公开文本编号格式有误').optional(),
    grounds: z.array(ground).max(10).optional().describe('uploaded：已遮盖内容的理由'),
    note: z.string().trim().max(500).optional(),
  })
  .strict();

/** What automatic redaction of a DOCX original would remove: the same marks and switches as `redactBody`. */
export const redactPreviewBody = redactBody
  .pick({ originalFileId: true, marks: true, idNumbers: true, phones: true })
  .strict();

export const listQuery = z
  .object({
    state: z.enum(REQUEST_STATE_KEYS).optional(),
    channel: z.enum(CHANNEL_KEYS).optional(),
    applicantKind: z.enum(APPLICANT_KIND_KEYS).optional(),
    due: z.enum(['due_soon', 'overdue']).optional().describe('即将到期（≤3 个工作日）/ 已超期'),
    year: z.coerce.number().int().min(2000).max(2100).optional().describe('收到申请的年份'),
    month: drillDownQuery.shape.month,
    q: z.string().trim().max(50).optional().describe('申请人、所需信息或查询码'),
    ids: idsQuery,
    orgId: townFilter,
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(20),
    format: z.enum(['json', 'xlsx']).default('json'),
  })
  .strict();

export const trackBody = z
  .object({
    code: text('查询码', 6, 20).describe('申请时取得的查询码'),
    phone: text('联系电话', 7, 20).describe('申请时填写的联系电话'),
  })
  .strict();
export const publicCorrectionBody = z
  .object({
    code: text('查询码', 6, 20),
    phone: text('联系电话', 7, 20),
    text: text('补正内容', 2, 2000),
  })
  .strict();

export const settingsBody = z
  .object({
    feeNoticePausesClock: z.boolean(),
    correctionPeriodDays: z.number().int().min(1).max(60),
    feePaymentDays: z.number().int().min(1).max(60),
    feePeriodFrom: z
      .enum(['receipt', 'issue'])
      .optional()
      .describe('缴费期限起算：receipt 申请人收到收费通知之日（缺省）/ issue 通知发出之日'),
    feeCountScope: z
      .enum(['town', 'platform'])
      .optional()
      .describe('按件计收累计范围：town 向本镇提出的申请（缺省）/ platform 平台上向各镇提出的申请'),
    reviewAuthority: z.string().trim().max(100).nullable(),
    court: z.string().trim().max(100).nullable(),
  })
  .strict();

export const idParams = z.object({ id: z.string().uuid('申请编号格式有误') });
