import { OUTCOMES, type Outcome } from './outcomes.js';

/**
 * The 依申请公开 state machine (domain file §1.3), as data and pure guards. Services ask `refusal()`
 * before each step and write one audit event per transition; the guards name the article they enforce.
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
export const OPEN_STATES: RequestState[] = ['pending_confirmation', 'received', 'correction_requested', 'in_process', 'consulting', 'awaiting_fee'];
export const isFinal = (s: RequestState) => s === 'replied' || s === 'closed';

export type RequestAction =
  | 'confirm_receipt'
  | 'accept'
  | 'request_correction'
  | 'receive_correction'
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
  | 'redact'
  | 'reply';

const WORKING: RequestState[] = ['received', 'in_process'];
const CLOCKED: RequestState[] = ['received', 'in_process', 'consulting', 'awaiting_fee'];

/** Where each step may start. `reply` with 其他处理-3 (e.g. withdrawal) may end any open application. */
export const TRANSITIONS: Record<RequestAction, { from: RequestState[]; label: string }> = {
  confirm_receipt: { from: ['pending_confirmation'], label: '确认收到申请' },
  accept: { from: ['received'], label: '审查通过，进入办理' },
  request_correction: { from: ['received'], label: '告知补正' },
  receive_correction: { from: ['correction_requested'], label: '收到补正' },
  close_correction_overdue: { from: ['correction_requested'], label: '逾期不补正，终止办理' },
  consult: { from: ['received', 'in_process', 'consulting'], label: '征求意见' },
  answer_consultation: { from: ['consulting'], label: '登记意见' },
  extend: { from: CLOCKED, label: '延长答复期限' },
  request_explanation: { from: WORKING, label: '要求说明理由' },
  set_delay: { from: WORKING, label: '确定延迟答复期限' },
  notify_fee: { from: ['in_process'], label: '发出收费通知' },
  record_fee_paid: { from: ['awaiting_fee'], label: '登记已缴费' },
  record_fee_served: { from: ['awaiting_fee'], label: '登记收费通知送达' },
  close_fee_unpaid: { from: ['awaiting_fee'], label: '逾期未缴费，终止办理' },
  redact: { from: CLOCKED, label: '区分处理' },
  reply: { from: WORKING, label: '答复' },
};

/** What the guards need to know about an application, read by the service before the step. */
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
}

export const MAX_EXTENSION_DAYS = 20;
const R = '《政府信息公开条例》';

/** The Chinese reason a step is refused (for 422), or null when it may go ahead. */
export function refusal(action: RequestAction, f: RequestFacts, opts: { outcome?: Outcome; days?: number } = {}): string | null {
  const t = TRANSITIONS[action];
  const withdrawal = action === 'reply' && opts.outcome === 'other_other';
  if (!t.from.includes(f.state) && !(withdrawal && !isFinal(f.state) && f.state !== 'pending_confirmation')) {
    return `当前状态为“${REQUEST_STATES[f.state]}”，不能${t.label}`;
  }
  switch (action) {
    case 'request_correction':
      if (f.correctionRequested) return `依据${R}第三十条，补正应当一次性告知，本申请已告知过补正`;
      if (f.correctionNoticeDue && f.today > f.correctionNoticeDue) {
        return `依据${R}第三十条，补正应当自收到申请之日起7个工作日内告知（最迟 ${f.correctionNoticeDue}），现已逾期`;
      }
      return null;
    case 'close_correction_overdue':
      if (f.correctionDue && f.today <= f.correctionDue) return `补正期限至 ${f.correctionDue} 届满，期限届满前不能按逾期不补正处理（${R}第三十条）`;
      return null;
    case 'extend':
      if (f.extended) return `依据${R}第三十三条第二款，答复期限只能延长一次，本申请已延长`;
      if (f.replyDue && f.today > f.replyDue) return `依据${R}第三十三条第二款，延长答复期限须在答复期限内决定并告知申请人，答复期限已于 ${f.replyDue} 届满`;
      if (!opts.days || opts.days < 1 || opts.days > MAX_EXTENSION_DAYS) return `依据${R}第三十三条第二款，延长的期限最长不得超过20个工作日`;
      return null;
    case 'set_delay':
      if (!f.explanationRequested) return `依据${R}第三十五条，应当先要求申请人说明理由，认为理由合理的，才能确定延迟答复的期限`;
      return null;
    case 'record_fee_served':
      if (f.feeDue) return `缴费期限已起算（至 ${f.feeDue}），不能重复登记收费通知送达`;
      return null;
    case 'close_fee_unpaid':
      if (!f.feeDue) return '收费通知尚未登记送达，缴费期限尚未起算（国办函〔2020〕109号：自收到收费通知之日起计算）';
      if (f.feeDue && f.today <= f.feeDue) return `缴费期限至 ${f.feeDue} 届满，期限届满前不能按逾期未缴费处理（国办函〔2020〕109号）`;
      return null;
    case 'reply':
      return replyRefusal(f, opts.outcome);
    default:
      return null;
  }
}

function replyRefusal(f: RequestFacts, outcome: Outcome | undefined): string | null {
  if (!outcome) return '请选择答复类型';
  if ('systemOnly' in OUTCOMES[outcome]) return `“${OUTCOMES[outcome].label}”只能通过相应的终止步骤办理`;
  if (outcome === 'partially_disclosed' && f.releasedCopies === 0) {
    return `依据${R}第三十七条，部分公开须先作区分处理，生成去除不应公开内容后的公开文本`;
  }
  if (outcome === 'unavailable_still_unclear' && !f.correctionReceived) return `依据${R}第三十条，只有告知补正且补正后内容仍不明确的，才能按此答复`;
  if (outcome === 'rejected_excessive' && !f.explanationRequested) return `依据${R}第三十五条，应当先要求申请人说明理由，认为理由不合理的，才能不予处理`;
  if (f.openConsultations > 0 && outcome !== 'other_other') return `尚有征求意见未结束（${R}第三十二条、第三十四条），请先登记意见或逾期情况`;
  return null;
}
