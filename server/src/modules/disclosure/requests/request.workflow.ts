import { checkStep, rule, type Refusal, type Workflow } from '../../../core/workflow/index.js';
import { OUTCOMES, type Outcome } from './outcomes.js';

/**
 * The 依申请公开 state machine (domain file §1.3) as the kernel's transition table: every step with its
 * label, where it may start and lead, who takes it and its guards, each naming the article it enforces.
 */
export const REQUEST_STATES = {
  pending_confirmation: '待确认收到',
  received: '已登记，待审查',
  correction_requested: '待补正',
  in_process: '办理中',
  consulting: '征求意见中',
  awaiting_fee: '待缴费',
  replied: '已答复',
  closed: '已终止',
} as const;
export type RequestState = keyof typeof REQUEST_STATES;
export const REQUEST_STATE_KEYS = Object.keys(REQUEST_STATES) as RequestState[];

export type RequestAction =
  | 'confirm_receipt'
  | 'accept'
  | 'request_correction'
  | 'receive_correction'
  | 'submit_correction'
  | 'close_correction_overdue'
  | 'consult'
  | 'answer_consultation'
  | 'extend'
  | 'request_explanation'
  | 'set_delay'
  | 'notify_fee'
  | 'record_fee_paid'
  | 'record_fee_served'
  | 'close_fee_unpaid'
  | 'attach_original'
  | 'redact'
  | 'reply'
  | 'withdraw';

/**
 * Who acts: the 政府信息公开工作机构 of the town registers and handles, its head approves extensions; the
 * applicant answers a 补正 notice on the tracking page. Staff above the town only supervise.
 */
export type RequestParty = 'registrar' | 'handler' | 'head' | 'applicant';

const WORKING: RequestState[] = ['received', 'in_process'];
const CLOCKED: RequestState[] = ['received', 'in_process', 'consulting', 'awaiting_fee'];

/** What the guards need to know about an application, read by the runner before the step. */
export interface RequestFacts {
  state: RequestState;
  today: string;
  correctionRequested: boolean;
  correctionReceived: boolean;
  /** Last day to send the 补正 notice: 7 working days after receipt. */
  correctionNoticeDue: string | null;
  /** Last day for the applicant to correct. */
  correctionDue: string | null;
  feeDue: string | null;
  /** The reply clock's current due date (art 33 extension must be decided within it). */
  replyDue?: string | null;
  extended: boolean;
  explanationRequested: boolean;
  openConsultations: number;
  releasedCopies: number;
  /** The outcome chosen for a reply, and the days asked for an extension (the step's input). */
  outcome?: Outcome | undefined;
  days?: number | undefined;
}

const MAX_EXTENSION_DAYS = 20;
const R = '《政府信息公开条例》';
const ART30 = `${R}第三十条`;
const ART33 = `${R}第三十三条第二款`;
const ART35 = `${R}第三十五条`;
const FEE_109 = '国办函〔2020〕109号';

function correctionGuard(f: RequestFacts): Refusal | null {
  if (f.correctionRequested)
    return rule('CORRECTION_ONCE', `依据${ART30}，补正应当一次性告知，本申请已告知过补正`, ART30);
  if (f.correctionNoticeDue && f.today > f.correctionNoticeDue) {
    return rule(
      'CORRECTION_NOTICE_LATE',
      `依据${ART30}，补正应当自收到申请之日起7个工作日内告知（最迟 ${f.correctionNoticeDue}），现已逾期`,
      ART30,
    );
  }
  return null;
}

function extendGuard(f: RequestFacts): Refusal | null {
  if (f.extended)
    return rule('ALREADY_EXTENDED', `依据${ART33}，答复期限只能延长一次，本申请已延长`, ART33);
  if (f.replyDue && f.today > f.replyDue) {
    return rule(
      'EXTENSION_AFTER_PERIOD',
      `依据${ART33}，延长答复期限须在答复期限内决定并告知申请人，答复期限已于 ${f.replyDue} 届满`,
      ART33,
    );
  }
  if (f.days !== undefined && (f.days < 1 || f.days > MAX_EXTENSION_DAYS))
    return rule('EXTENSION_TOO_LONG', `依据${ART33}，延长的期限最长不得超过20个工作日`, ART33);
  return null;
}

function replyGuard(f: RequestFacts): Refusal | null {
  const outcome = f.outcome;
  if (!outcome) return rule('OUTCOME_REQUIRED', '请选择答复类型');
  if ('systemOnly' in OUTCOMES[outcome] || OUTCOMES[outcome].group === 'other')
    return rule('OUTCOME_SYSTEM_ONLY', `“${OUTCOMES[outcome].label}”只能通过相应的终止步骤办理`);
  if (outcome === 'partially_disclosed' && f.releasedCopies === 0) {
    return rule(
      'REDACTION_REQUIRED',
      `依据${R}第三十七条，部分公开须先作区分处理，生成去除不应公开内容后的公开文本`,
      `${R}第三十七条`,
    );
  }
  if (outcome === 'unavailable_still_unclear' && !f.correctionReceived)
    return rule(
      'CORRECTION_NOT_RECEIVED',
      `依据${ART30}，只有告知补正且补正后内容仍不明确的，才能按此答复`,
      ART30,
    );
  if (outcome === 'rejected_excessive' && !f.explanationRequested)
    return rule(
      'EXPLANATION_REQUIRED',
      `依据${ART35}，应当先要求申请人说明理由，认为理由不合理的，才能不予处理`,
      ART35,
    );
  if (f.openConsultations > 0)
    return rule(
      'CONSULTATION_OPEN',
      `尚有征求意见未结束（${R}第三十二条、第三十四条），请先登记意见或逾期情况`,
      `${R}第三十二条、第三十四条`,
    );
  return null;
}

const lapsed = (
  due: string | null,
  f: RequestFacts,
  code: string,
  message: string,
  basis: string,
) => (due && f.today <= due ? rule(code, message, basis) : null);

export const REQUEST_WORKFLOW: Workflow<RequestState, RequestAction, RequestFacts, RequestParty> = {
  key: 'disclosure-request',
  title: '政府信息公开申请（依申请公开）',
  states: REQUEST_STATES,
  initial: ['pending_confirmation', 'received'],
  permission: 'disclosure.request.handle',
  parties: {
    registrar: { label: '公开工作机构登记人员', townOffice: true },
    handler: { label: '公开工作机构承办人员', townOffice: true },
    head: { label: '公开工作机构负责人', townOffice: true },
    applicant: { label: '申请人', townOffice: false },
  },
  transitions: {
    confirm_receipt: {
      label: '确认收到申请',
      verb: 'receipt_confirmed',
      from: ['pending_confirmation'],
      to: 'received',
      by: 'registrar',
      permission: 'disclosure.request.register',
      basis: `${R}第三十一条第三项`,
    },
    accept: {
      label: '审查通过，进入办理',
      verb: 'accepted',
      from: ['received'],
      to: 'in_process',
      by: 'handler',
      basis: null,
    },
    request_correction: {
      label: '告知补正',
      verb: 'correction_requested',
      from: ['received'],
      to: 'correction_requested',
      by: 'handler',
      basis: ART30,
      guard: correctionGuard,
    },
    receive_correction: {
      label: '收到补正',
      verb: 'corrected',
      from: ['correction_requested'],
      to: 'in_process',
      by: 'handler',
      basis: ART30,
    },
    submit_correction: {
      label: '申请人在线补正',
      verb: 'corrected',
      from: ['correction_requested'],
      to: 'in_process',
      by: 'applicant',
      basis: ART30,
    },
    close_correction_overdue: {
      label: '逾期不补正，终止办理',
      verb: 'closed',
      from: ['correction_requested'],
      to: 'closed',
      by: 'handler',
      basis: ART30,
      guard: (f) =>
        lapsed(
          f.correctionDue,
          f,
          'PERIOD_NOT_LAPSED',
          `补正期限至 ${f.correctionDue} 届满，期限届满前不能按逾期不补正处理（${ART30}）`,
          ART30,
        ),
    },
    consult: {
      label: '征求意见',
      verb: 'consultation_started',
      from: ['received', 'in_process', 'consulting'],
      to: 'consulting',
      by: 'handler',
      basis: `${R}第三十二条、第三十四条`,
    },
    answer_consultation: {
      label: '登记意见',
      verb: 'consultation_answered',
      from: ['consulting'],
      // The reply clock runs again when the last open consultation ends.
      to: (f) => (f.openConsultations > 1 ? 'consulting' : 'in_process'),
      targets: ['consulting', 'in_process'],
      by: 'handler',
      basis: `${R}第三十二条、第三十四条`,
    },
    extend: {
      label: '延长答复期限',
      verb: 'extended',
      from: CLOCKED,
      by: 'head',
      permission: 'disclosure.request.extend',
      basis: ART33,
      guard: extendGuard,
    },
    request_explanation: {
      label: '要求说明理由',
      verb: 'explanation_requested',
      from: WORKING,
      by: 'handler',
      basis: ART35,
      guard: (f) =>
        f.explanationRequested ? rule('ALREADY_REQUESTED', '已要求申请人说明理由') : null,
    },
    set_delay: {
      label: '确定延迟答复期限',
      verb: 'delay_set',
      from: WORKING,
      by: 'head',
      permission: 'disclosure.request.extend',
      basis: ART35,
      guard: (f) =>
        f.explanationRequested
          ? null
          : rule(
              'EXPLANATION_REQUIRED',
              `依据${ART35}，应当先要求申请人说明理由，认为理由合理的，才能确定延迟答复的期限`,
              ART35,
            ),
    },
    notify_fee: {
      label: '发出收费通知',
      verb: 'fee_notified',
      from: ['in_process'],
      to: 'awaiting_fee',
      by: 'handler',
      basis: `${R}第四十二条、${FEE_109}`,
    },
    record_fee_paid: {
      label: '登记已缴费',
      verb: 'fee_paid',
      from: ['awaiting_fee'],
      to: 'in_process',
      by: 'handler',
      basis: `${R}第四十二条、${FEE_109}`,
    },
    // The payment period runs from the applicant's receipt of the notice (fee-period.ts).
    record_fee_served: {
      label: '登记收费通知送达',
      verb: 'fee_served',
      from: ['awaiting_fee'],
      by: 'handler',
      basis: FEE_109,
      guard: (f) =>
        f.feeDue
          ? rule(
              'FEE_PERIOD_STARTED',
              `缴费期限已起算（至 ${f.feeDue}），不能重复登记收费通知送达`,
              FEE_109,
            )
          : null,
    },
    close_fee_unpaid: {
      label: '逾期未缴费，终止办理',
      verb: 'closed',
      from: ['awaiting_fee'],
      to: 'closed',
      by: 'handler',
      basis: FEE_109,
      guard: (f) =>
        f.feeDue
          ? lapsed(
              f.feeDue,
              f,
              'PERIOD_NOT_LAPSED',
              `缴费期限至 ${f.feeDue} 届满，期限届满前不能按逾期未缴费处理（${FEE_109}）`,
              FEE_109,
            )
          : rule(
              'FEE_NOT_SERVED',
              `收费通知尚未登记送达，缴费期限尚未起算（${FEE_109}：自收到收费通知之日起计算）`,
              FEE_109,
            ),
    },
    attach_original: {
      label: '上传原件',
      verb: 'material_attached',
      from: CLOCKED,
      by: 'handler',
      basis: null,
    },
    redact: {
      label: '区分处理',
      verb: 'redacted',
      from: CLOCKED,
      by: 'handler',
      basis: `${R}第十五条、第三十七条`,
    },
    reply: {
      label: '答复',
      verb: 'replied',
      from: WORKING,
      // The 其他处理 outcomes end an application through their own steps (逾期不补正, 逾期未缴费, 撤回).
      to: 'replied',
      by: 'handler',
      basis: `${R}第三十六条`,
      guard: replyGuard,
    },
    // 其他处理-3 (e.g. the applicant withdraws) may end any open application once it has been received.
    // Withdrawal rests on no article of the 条例 (in particular not 第三十三条, the reply period).
    withdraw: {
      label: '其他处理（如撤回申请），终止办理',
      verb: 'closed',
      from: ['received', 'correction_requested', 'in_process', 'consulting', 'awaiting_fee'],
      to: 'closed',
      by: 'handler',
      basis: null,
    },
  },
};

/** The refusal of a step with these facts, or null when it may go ahead (pure; used by tests and abilities). */
export function refusalOf(action: RequestAction, f: RequestFacts): Refusal | null {
  const c = checkStep(REQUEST_WORKFLOW, action, f);
  return c.ok ? null : c.refusal;
}
