import { can, type Actor } from '../../../core/authz/actor.js';
import { refusal, TRANSITIONS, type RequestAction, type RequestFacts } from './request.workflow.js';

/**
 * The buttons a person sees on an application: the permission for the step and the workflow's guard
 * both pass. (The guard is asked again when the step is taken, inside its transaction.)
 */
const PERMISSION: Record<RequestAction, string> = {
  confirm_receipt: 'disclosure.request.register',
  accept: 'disclosure.request.handle',
  request_correction: 'disclosure.request.handle',
  receive_correction: 'disclosure.request.handle',
  close_correction_overdue: 'disclosure.request.handle',
  consult: 'disclosure.request.handle',
  answer_consultation: 'disclosure.request.handle',
  extend: 'disclosure.request.extend',
  request_explanation: 'disclosure.request.handle',
  set_delay: 'disclosure.request.extend',
  notify_fee: 'disclosure.request.handle',
  record_fee_paid: 'disclosure.request.handle',
  record_fee_served: 'disclosure.request.handle',
  close_fee_unpaid: 'disclosure.request.handle',
  redact: 'disclosure.request.handle',
  reply: 'disclosure.request.handle',
};

export function requestAbilities(actor: Actor, facts: RequestFacts) {
  const may = (a: RequestAction, opts: Parameters<typeof refusal>[2] = {}) => can(actor, PERMISSION[a]) && refusal(a, facts, opts) === null;
  return {
    confirmReceipt: may('confirm_receipt'),
    accept: may('accept'),
    requestCorrection: may('request_correction'),
    receiveCorrection: may('receive_correction'),
    closeCorrectionOverdue: may('close_correction_overdue'),
    consult: may('consult'),
    answerConsultation: may('answer_consultation'),
    extend: may('extend', { days: 1 }) && actor.kind === 'user',
    requestExplanation: may('request_explanation') && !facts.explanationRequested,
    setDelay: may('set_delay'),
    notifyFee: may('notify_fee'),
    recordFeePaid: may('record_fee_paid'),
    recordFeeServed: may('record_fee_served'),
    closeFeeUnpaid: may('close_fee_unpaid'),
    redact: may('redact'),
    reply: can(actor, PERMISSION.reply) && TRANSITIONS.reply.from.includes(facts.state),
    withdraw: can(actor, PERMISSION.reply) && refusal('reply', facts, { outcome: 'other_other' }) === null,
    readPii: can(actor, 'disclosure.request.pii.read'),
  };
}

export type RequestAbilities = ReturnType<typeof requestAbilities>;
