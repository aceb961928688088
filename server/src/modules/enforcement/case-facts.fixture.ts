import { checkStep } from '../../core/workflow/index.js';
import { CASE_WORKFLOW, type CaseAction, type CaseFacts, type CaseState } from './case.workflow.js';

/**
 * The facts of a general-procedure case in `state` for the case table's pure tests: two certified
 * officers, no entrustment, a ¥5,000 fine due by 2024-08-01, nothing yet done; `over` sets the rest.
 */
export const caseFacts = (state: CaseState, over: Partial<CaseFacts> = {}): CaseFacts => ({
  state,
  today: '2024-06-01',
  entrustment: null,
  certifiedOfficers: 2,
  workdaysSinceNotice: null,
  hearingAvailable: false,
  legalReviewRequired: false,
  legalReviewed: false,
  discussionRequired: false,
  discussed: false,
  decisionDue: '2024-08-01',
  procedure: 'general',
  spotFine: null,
  spotLimit: 200,
  certificateShown: null,
  fine: 5000,
  collectionGround: null,
  collectedOnSpot: false,
  handedOver: false,
  reported: false,
  paymentDue: null,
  workdaysSinceUrge: null,
  courtWindow: null,
  publishable: null,
  publishedOn: null,
  publicationWithdrawn: false,
  preserved: 0,
  undecided: 0,
  preservationTarget: null,
  ...over,
});

/** Where the case table takes `action` from these facts: the state it reaches, or the refusal's code. */
export const caseOutcome = (action: CaseAction, f: CaseFacts) => {
  const c = checkStep(CASE_WORKFLOW, action, f);
  return c.ok ? c.to : c.refusal.code;
};
