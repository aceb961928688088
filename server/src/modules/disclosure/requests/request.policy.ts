import { can, type Actor } from '../../../core/authz/actor.js';
import { blockedSteps, openSteps, playableParties } from '../../../core/workflow/index.js';
import { requestPartiesOf } from './request-step.js';
import { REQUEST_WORKFLOW, type RequestFacts } from './request.workflow.js';

/**
 * The buttons a person sees on an application, from the kernel's table: the step is theirs (never for
 * staff above the town, who supervise) and its guards pass. The runner asks again inside its transaction.
 */
export function requestAbilities(actor: Actor, townPath: string, facts: RequestFacts) {
  const parties = playableParties(
    REQUEST_WORKFLOW.parties,
    requestPartiesOf(actor),
    actor,
    townPath,
  );
  const open = openSteps(REQUEST_WORKFLOW, facts, parties);
  const abilities = {
    confirmReceipt: open.has('confirm_receipt'),
    accept: open.has('accept'),
    requestCorrection: open.has('request_correction'),
    receiveCorrection: open.has('receive_correction'),
    closeCorrectionOverdue: open.has('close_correction_overdue'),
    consult: open.has('consult'),
    answerConsultation: open.has('answer_consultation'),
    extend: open.has('extend') && actor.kind === 'user',
    requestExplanation: open.has('request_explanation'),
    setDelay: open.has('set_delay'),
    notifyFee: open.has('notify_fee'),
    recordFeePaid: open.has('record_fee_paid'),
    recordFeeServed: open.has('record_fee_served'),
    closeFeeUnpaid: open.has('close_fee_unpaid'),
    redact: open.has('redact'),
    // The outcome is chosen in the reply dialog, whose guards answer there.
    reply: parties.has('handler') && REQUEST_WORKFLOW.transitions.reply.from.includes(facts.state),
    withdraw: open.has('withdraw'),
    // Full personal data only to the town's own handlers (assertTownStaff in readApplicantPii).
    readPii: can(actor, 'disclosure.request.pii.read') && actor.townId !== null,
  };
  return {
    abilities,
    blocked: blockedSteps(REQUEST_WORKFLOW, facts, parties, (a) => a !== 'reply'),
  };
}
