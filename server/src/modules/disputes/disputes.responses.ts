import { z } from 'zod';
import { clockBadgeSchema } from '../../core/calendar/index.js';
import { aheadSchema, blockedSchema } from '../../core/workflow/blocked.schema.js';
import { pathSchema } from '../../core/workflow/path.js';
import { DISPUTE_STATES, type DisputeState } from './dispute.workflow.js';

/** Response shapes of the 矛盾纠纷调解 endpoints (documented in OpenAPI from here). */

const n = z.string().nullable();
const labels = z.record(z.string(), z.string());
const states = Object.keys(DISPUTE_STATES) as [DisputeState, ...DisputeState[]];
const codeOf = z.object({ id: z.string(), code: z.string() });

export const vocabularyOut = z.object({
  channels: labels,
  categories: labels,
  handlerKinds: labels,
  outcomes: labels,
  sources: labels,
  sourceOf: labels.describe('受理渠道所属的四源'),
  states: labels,
});

const partyOut = z.object({
  role: z.enum(['applicant', 'respondent']),
  roleLabel: z.string(),
  name: z.string().describe('乡镇以上为脱敏姓名'),
  idNumber: n.describe('无查看权限时为脱敏号码'),
  phone: n.describe('无查看权限时为脱敏号码'),
  address: n,
});

const disputeOut = z.object({
  id: z.string(),
  code: z.string().describe('一案一编码'),
  channel: z.string(),
  channelLabel: z.string(),
  source: n,
  sourceLabel: n,
  channelRef: n,
  receivedOn: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  title: z.string(),
  facts: z.string(),
  status: z.enum(states),
  statusLabel: z.string(),
  handlerKind: n,
  handlerKindLabel: n,
  handlerName: n,
  mediatorName: n,
  chosenByParties: z.boolean().describe('当事人选择调解员（人民调解法第二十三条）'),
  routedOn: n,
  returnReason: n,
  acceptedOn: n,
  dueOn: n,
  extensionDays: z.number(),
  concludedOn: n,
  onTime: z.boolean().nullable(),
  outcome: n,
  outcomeLabel: n,
  outcomeNote: n,
  responsibilities: n,
  performance: n,
  agreementFileId: n,
  agreedOn: n,
  confirmationDue: n.describe('申请司法确认的截止日（书面协议生效之日起三十日）'),
  confirmationAppliedOn: n,
  confirmationCourt: n,
  closedOn: n,
  rating: z.number().nullable(),
  revisitNote: n,
  clocks: z.array(clockBadgeSchema),
  parties: z.array(partyOut),
});

export const listOut = z.object({
  items: z.array(disputeOut),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const detailOut = disputeOut.extend({
  sessions: z.array(
    z.object({
      id: z.string(),
      heldOn: z.string(),
      place: z.string(),
      attendees: z.string(),
      summary: z.string(),
    }),
  ),
  duplicateOf: codeOf.nullable().describe('登记时发现的同一当事人、同一事项的在先纠纷'),
  signatures: z.array(
    z.object({
      id: z.string(),
      signer: z.string(),
      fileId: n.describe('乡镇以上不提供签名图像'),
      signedAt: z.string(),
    }),
  ),
  photos: z.array(z.object({ id: z.string(), fileId: z.string(), note: n, takenAt: z.string() })),
  abilities: z.array(z.string()).describe('本人当前可执行的步骤'),
  blocked: blockedSchema,
  path: pathSchema,
  ahead: aheadSchema,
});

export const statsOut = z.object({
  year: z.number(),
  town: z.string(),
  asOf: z.string(),
  indicators: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      numerator: z.number(),
      denominator: z.number().nullable().describe('计数类指标为空'),
      percent: z.number().nullable(),
      definition: z.string().describe('统计口径'),
      asOf: z.string(),
    }),
  ),
  sources: z.array(
    z.object({
      source: z.string(),
      label: z.string(),
      channels: z.array(z.string()),
      byMonth: z.array(z.number()).describe('1—12 月受理件数'),
    }),
  ),
  sourcesDefinition: z.string(),
});

const importErrorOut = z.object({
  row: z.number().describe('Excel 行号（表头为第 1 行）'),
  column: n,
  message: z.string(),
});

export const importPreviewOut = z.object({
  rows: z.array(
    z.object({
      row: z.number(),
      receivedOn: z.string(),
      channelLabel: z.string(),
      categoryLabel: z.string(),
      title: z.string(),
      parties: z.string(),
      duplicateOf: z
        .union([codeOf, z.object({ row: z.number() })])
        .nullable()
        .describe('在先纠纷，或本文件中更早的一行'),
      errors: z.array(z.string()),
    }),
  ),
  errors: z.array(importErrorOut),
  valid: z.boolean(),
});

export const importOut = z.object({
  imported: z.number(),
  disputes: z.array(z.object({ row: z.number(), id: z.string(), code: z.string() })),
});
