import { z } from 'zod';
import { aheadSchema, blockedSchema } from '../../../core/workflow/blocked.schema.js';
import { pathSchema } from '../../../core/workflow/path.js';
import { clockBadgeSchema } from '../../../core/calendar/index.js';

/** Response shapes of the 依申请公开 endpoints (documented in OpenAPI from here). */

const n = z.string().nullable();

const clockOut = clockBadgeSchema.nullable();

const listItemOut = z.object({
  id: z.string(),
  trackingCode: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  channel: z.string(),
  channelLabel: z.string(),
  applicantKind: z.string(),
  applicantKindLabel: z.string(),
  applicantName: z.string(),
  description: z.string(),
  submittedOn: n,
  receivedOn: n.describe('收到申请之日（《政府信息公开条例》第三十一条）'),
  replyDueOn: n,
  clockStatus: n,
  clockStatusLabel: n,
  daysLeft: z.number().nullable(),
  outcome: n,
  outcomeLabel: n,
  outcomeOn: n,
  replyNumber: n,
});

export const listOut = z.object({
  items: z.array(listItemOut),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  stateLabels: z.record(z.string(), z.string()),
  abilities: z.object({
    register: z.boolean(),
    settings: z.boolean(),
    repeatReplies: z.boolean().describe('可合并重复申请（所选申请逐件不予重复处理）'),
  }),
});

const abilitiesOut = z.object(
  Object.fromEntries(
    [
      'confirmReceipt',
      'accept',
      'requestCorrection',
      'receiveCorrection',
      'closeCorrectionOverdue',
      'consult',
      'answerConsultation',
      'extend',
      'requestExplanation',
      'setDelay',
      'notifyFee',
      'recordFeePaid',
      'recordFeeServed',
      'closeFeeUnpaid',
      'redact',
      'reply',
      'withdraw',
      'readPii',
    ].map((k) => [k, z.boolean()]),
  ) as Record<string, z.ZodBoolean>,
);

export const detailOut = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  trackingCode: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  channel: z.string(),
  channelLabel: z.string(),
  description: z.string(),
  applicantKind: z.string(),
  applicantKindLabel: z.string(),
  applicantName: z.string(),
  idType: z.string(),
  idTypeLabel: z.string(),
  idNumberMasked: z.string().describe('脱敏证件号码；完整号码须通过 /pii 查看并留痕'),
  phoneMasked: z.string(),
  contactPerson: n,
  address: n,
  email: n,
  formWanted: z.string(),
  formLabel: z.string(),
  delivery: z.string(),
  deliveryLabel: z.string(),
  dates: z.object({ submittedOn: n, signedOn: n, arrivedOn: n, confirmedOn: n, receivedOn: n }),
  receiptNote: n,
  correction: z
    .object({ requestedOn: z.string(), items: z.string(), dueOn: n, correctedOn: n, text: n })
    .nullable(),
  extension: z.object({ days: z.number(), on: n }).nullable(),
  explanationRequestedOn: n,
  delayDueOn: n,
  fee: z
    .object({
      method: z.string(),
      methodLabel: z.string(),
      items: z.number().nullable(),
      pages: z.number().nullable(),
      amountFen: z.number(),
      notifiedOn: n,
      servedOn: n,
      dueOn: n,
      paidOn: n,
      pausedClock: z.boolean(),
    })
    .nullable(),
  outcome: z
    .object({
      key: z.string(),
      label: z.string(),
      row: z.string(),
      basis: z.string(),
      on: n,
      docNumber: n,
      reasons: n,
    })
    .nullable(),
  clocks: z.object({
    reply: clockOut,
    correctionNotice: clockOut,
    correction: clockOut,
    fee: clockOut,
  }),
  documents: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      kindLabel: z.string(),
      title: z.string(),
      docNumber: n,
      fileId: z.string(),
      visibleToApplicant: z.boolean(),
      createdAt: z.string(),
    }),
  ),
  consultations: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      kindLabel: z.string(),
      partyName: z.string(),
      matter: z.string(),
      sentOn: z.string(),
      dueOn: z.string(),
      answeredOn: n,
      opinion: n,
      opinionLabel: n,
      opinionNote: n,
    }),
  ),
  redactions: z.array(
    z.object({
      id: z.string(),
      method: z.string(),
      originalFileId: z.string(),
      releasedFileId: z.string(),
      grounds: z.string(),
      items: z.array(
        z.object({
          kind: z.string(),
          ground: z.string(),
          groundLabel: z.string(),
          count: z.number(),
          samples: z.array(z.string()),
        }),
      ),
      createdAt: z.string(),
    }),
  ),
  createdAt: z.string(),
  abilities: abilitiesOut,
  blocked: blockedSchema,
  path: pathSchema,
  ahead: aheadSchema,
});

const dueExplained = z.object({
  summary: z.string().describe('如何算出：跳过的周末节假日、暂停与延长'),
  basis: z.string().describe('期限及计算规则的依据'),
  explained: z.string().describe('以上两项合为一句'),
});

export const trackOut = z.object({
  trackingCode: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  applicantName: z.string(),
  channelLabel: z.string(),
  description: z.string(),
  submittedOn: n,
  receivedOn: n,
  replyDueOn: n.describe('答复期限（暂停计时期间为预计日期）'),
  replyDueExplained: dueExplained.nullable(),
  clockPaused: z.boolean(),
  correction: z
    .object({
      items: z.string(),
      dueOn: n,
      dueExplained: dueExplained.nullable().describe('补正期限如何算出'),
    })
    .nullable(),
  outcome: z.object({ label: z.string(), on: n, docNumber: n }).nullable(),
  documents: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      kindLabel: z.string(),
      title: z.string(),
      docNumber: n,
      createdAt: z.string(),
      url: z.string().describe('30 分钟内有效的下载链接'),
      expiresAt: z.string(),
    }),
  ),
});

export const settingsOut = z.object({
  feeNoticePausesClock: z.boolean(),
  correctionPeriodDays: z.number(),
  feePaymentDays: z.number(),
  feePeriodFrom: z.enum(['receipt', 'issue']),
  feeCountScope: z.enum(['town', 'platform']),
  reviewAuthority: n,
  court: n,
  effectiveReviewAuthority: z.string(),
  sources: z.record(z.string(), z.string()),
});

export const redactPreviewOut = z.object({
  items: z
    .array(
      z.object({
        kind: z.string(),
        ground: z.string(),
        count: z.number(),
        samples: z.array(z.string()).describe('脱敏示例（不含被遮盖的原文）'),
      }),
    )
    .describe('每条遮盖规则的命中数'),
  parts: z
    .array(z.object({ part: z.string(), count: z.number() }))
    .describe('文档各部分（正文、页眉页脚、批注、修订、文档属性等）的命中数'),
  text: z.string().describe('公开文本正文（■ 为遮盖处）'),
  truncated: z.boolean(),
});

const option = z.object({ value: z.string(), label: z.string() });

export const applyOptionsOut = z.object({
  applicantKinds: z.array(option),
  idTypes: z.array(option),
  forms: z.array(option).describe('获取信息的形式'),
  deliveries: z.array(option).describe('获取信息的途径'),
});

export const vocabularyOut = applyOptionsOut.extend({
  channels: z.array(
    option.extend({
      dateField: z.string(),
      dateLabel: z.string(),
      rule: z.string().describe('收到申请之日的确定规则（第三十一条）'),
    }),
  ),
  feeMethods: z.array(option),
  states: z.array(option),
  redactionGrounds: z.array(option.extend({ basis: z.string() })),
  outcomeGroups: z.array(option),
  outcomes: z.array(
    option.extend({
      group: z.string(),
      row: z.string().describe('年度报告表三的行'),
      basis: z.string(),
      reviewFirst: z.boolean().describe('复议前置（行政复议法第二十三条）'),
      systemOnly: z.boolean().describe('只能经专门步骤达到，答复时不可选'),
      needsReasons: z.boolean(),
    }),
  ),
});
