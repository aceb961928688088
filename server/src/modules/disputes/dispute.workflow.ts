import { rule, type Workflow } from '../../core/workflow/index.js';
import { PETITION_ART, petitionExtensionRefusal } from './petition-periods.js';
import { ART, type Outcome } from './disputes.vocabulary.js';

/**
 * 矛盾纠纷 from intake to closure: registered by the 矛调中心 from any channel, routed to a handler who
 * accepts (or returns it), mediated in recorded sessions, concluded (办结) by a written or oral agreement,
 * by failure with the routes left to the parties, or by a party's refusal; then closed (关闭) after the
 * follow-up visit (回访) with the parties' rating. 办结 and 关闭 are different states (协同系统 practice).
 */
export const DISPUTE_STATES = {
  registered: '已登记',
  assigned: '已分派待受理',
  mediating: '调解中',
  concluded: '已办结',
  closed: '已关闭（已回访）',
} as const;
export type DisputeState = keyof typeof DISPUTE_STATES;

export type DisputeAction =
  | 'route'
  | 'accept'
  | 'return'
  | 'decline'
  | 'session'
  | 'extend'
  | 'agree'
  | 'agree_oral'
  | 'fail'
  | 'apply_confirmation'
  | 'revisit';

export interface DisputeFacts {
  state: DisputeState;
  today: string;
  /** Mediation sessions recorded so far (调解工作记录). */
  sessions: number;
  outcome: Outcome | null;
  /** The day the agreement took effect. */
  agreedOn: string | null;
  /** The last day to apply for 司法确认, on the work calendar (mediation-periods.ts). */
  confirmationDue: string | null;
  confirmationAppliedOn: string | null;
  /** The dispute came in as 信访: its handling period follows 信访工作条例 第三十四条. */
  petition: boolean;
  /** Days the mediation (handling) period has been extended so far. */
  extendedDays: number;
  /** An `extend` step's input (null when not asked): days asked, both parties' consent, who approved. */
  extension: { days: number; bothConsent: boolean; approvedBy: string | null } | null;
  /** A written agreement: the art 29 elements it lacks (its input). */
  missingElements: readonly string[];
  /** A `fail` step: the routes left to the parties (its input; null when not asked). */
  routesLeft: string | null;
}

const sessionFirst = (f: DisputeFacts) =>
  f.sessions > 0
    ? null
    : rule('SESSION_REQUIRED', '请先记录调解情况，再制作调解协议书', ART.records);

const agreementComplete = (f: DisputeFacts) =>
  f.missingElements.length
    ? rule(
        'AGREEMENT_INCOMPLETE',
        `调解协议书缺少法定事项：${f.missingElements.join('、')}`,
        ART.written,
      )
    : null;

/** 信访: the head approves, 30 days at most in all (第三十四条); mediation: both parties consent. */
function extensionAllowed(f: DisputeFacts) {
  if (!f.extension) return null;
  if (f.petition) {
    const why = petitionExtensionRefusal(f.extendedDays, f.extension.days, f.extension.approvedBy);
    return why ? rule('PETITION_EXTENSION_REFUSED', why, PETITION_ART.handling) : null;
  }
  return f.extension.bothConsent
    ? null
    : rule('CONSENT_REQUIRED', '延长调解期限须经双方当事人同意', ART.period);
}

const routesTold = (f: DisputeFacts) =>
  f.routesLeft === null || f.routesLeft.trim()
    ? null
    : rule('ROUTES_REQUIRED', '终止调解须告知当事人可以通过仲裁、行政、司法等途径维权', ART.fail);

function confirmable(f: DisputeFacts) {
  if (f.outcome !== 'written' || !f.agreedOn)
    return rule('WRITTEN_AGREEMENT_REQUIRED', '只有书面调解协议可以申请司法确认', ART.confirm);
  if (f.confirmationAppliedOn)
    return rule('CONFIRMATION_RECORDED', '已登记司法确认申请', ART.confirm);
  if (f.confirmationDue && f.today > f.confirmationDue)
    return rule(
      'CONFIRMATION_LATE',
      `申请司法确认须在调解协议生效之日起三十日内（截至${f.confirmationDue}）`,
      ART.confirmCourt,
    );
  return null;
}

type Party = 'centre' | 'mediator';

export const DISPUTE_WORKFLOW: Workflow<DisputeState, DisputeAction, DisputeFacts, Party> = {
  key: 'disputes-dispute',
  title: '矛盾纠纷调解（受理、调解、办结、回访关闭）',
  states: DISPUTE_STATES,
  initial: ['registered'],
  permission: 'disputes.handle',
  parties: {
    centre: { label: '矛调中心', townOffice: true },
    mediator: { label: '承办调解员', townOffice: true },
  },
  transitions: {
    route: {
      label: '分派',
      verb: 'routed',
      from: ['registered'],
      to: 'assigned',
      by: 'centre',
      permission: 'disputes.intake',
      basis: ART.choose,
    },
    accept: {
      label: '受理',
      verb: 'accepted',
      from: ['assigned'],
      to: 'mediating',
      by: 'mediator',
      basis: ART.period,
    },
    return: {
      label: '退回',
      verb: 'returned',
      from: ['assigned'],
      to: 'registered',
      by: 'mediator',
      basis: null,
    },
    decline: {
      label: '当事人拒绝调解',
      verb: 'declined',
      from: ['registered', 'assigned', 'mediating'],
      to: 'concluded',
      by: 'mediator',
      basis: ART.refuse,
    },
    session: {
      label: '记录调解',
      verb: 'session_recorded',
      from: ['mediating'],
      by: 'mediator',
      basis: ART.records,
    },
    extend: {
      label: '延长调解期限',
      verb: 'extended',
      from: ['mediating'],
      by: 'mediator',
      basis: `${ART.period}；${PETITION_ART.handling}`,
      guard: extensionAllowed,
    },
    agree: {
      label: '达成书面协议',
      verb: 'agreed',
      from: ['mediating'],
      to: 'concluded',
      by: 'mediator',
      basis: ART.written,
      guard: (f) => sessionFirst(f) ?? agreementComplete(f),
    },
    agree_oral: {
      label: '达成口头协议',
      verb: 'agreed_orally',
      from: ['mediating'],
      to: 'concluded',
      by: 'mediator',
      basis: ART.oral,
    },
    fail: {
      label: '调解不成（终止调解）',
      verb: 'failed',
      from: ['mediating'],
      to: 'concluded',
      by: 'mediator',
      basis: ART.fail,
      guard: routesTold,
    },
    apply_confirmation: {
      label: '登记司法确认申请',
      verb: 'confirmation_applied',
      from: ['concluded', 'closed'],
      by: 'mediator',
      basis: ART.confirm,
      guard: confirmable,
    },
    revisit: {
      label: '回访并关闭',
      verb: 'closed',
      from: ['concluded'],
      to: 'closed',
      by: 'centre',
      permission: 'disputes.intake',
      basis: null,
    },
  },
};
