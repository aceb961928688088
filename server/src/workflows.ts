import { workflowDoc } from './core/workflow/index.js';
import { DECISION_WORKFLOW } from './modules/decisions/decision.workflow.js';
import { DISPUTE_WORKFLOW } from './modules/disputes/dispute.workflow.js';
import { CASE_WORKFLOW } from './modules/enforcement/case.workflow.js';
import { HAZARD_WORKFLOW } from './modules/enforcement/inspections/hazard.workflow.js';
import { PLAN_WORKFLOW } from './modules/enforcement/plans/plan.workflow.js';
import { REPORT_WORKFLOW } from './modules/disclosure/annual-report/report.workflow.js';
import { REQUEST_WORKFLOW } from './modules/disclosure/requests/request.workflow.js';
import { PROACTIVE_WORKFLOW } from './modules/disclosure/proactive/proactive.workflow.js';
import { COMPLAINT_WORKFLOW } from './modules/disclosure/village/complaint.workflow.js';
import { VILLAGE_ITEM_WORKFLOW } from './modules/disclosure/village/village.workflow.js';
import { AID_WORKFLOW } from './modules/legal-services/aid/aid.workflow.js';
import { LITIGATION_WORKFLOW } from './modules/litigation/case.workflow.js';
import { LAW_REPORT_WORKFLOW } from './modules/report/report.workflow.js';
import { CONTENT_WORKFLOW } from './modules/pufa/content/content.workflow.js';
import { QUIZ_WORKFLOW } from './modules/pufa/quiz/quiz.workflow.js';
import { FCR_WORKFLOW } from './modules/review/fcr/fcr.workflow.js';
import { REVIEW_WORKFLOW } from './modules/review/review.workflow.js';

/**
 * Composition root of the workflow tables (core never imports a module): their state diagrams are
 * generated from here into docs/workflows/ by `npm run docs:workflows`, and a unit test fails when a
 * checked-in diagram no longer matches its table.
 */
export const WORKFLOW_DOCS_DIR = 'docs/workflows';

export const workflowDocs = (): { file: string; text: string }[] =>
  [
    [REVIEW_WORKFLOW.key, workflowDoc(REVIEW_WORKFLOW)],
    [FCR_WORKFLOW.key, workflowDoc(FCR_WORKFLOW)],
    [REQUEST_WORKFLOW.key, workflowDoc(REQUEST_WORKFLOW)],
    [PROACTIVE_WORKFLOW.key, workflowDoc(PROACTIVE_WORKFLOW)],
    [VILLAGE_ITEM_WORKFLOW.key, workflowDoc(VILLAGE_ITEM_WORKFLOW)],
    [COMPLAINT_WORKFLOW.key, workflowDoc(COMPLAINT_WORKFLOW)],
    [REPORT_WORKFLOW.key, workflowDoc(REPORT_WORKFLOW)],
    [HAZARD_WORKFLOW.key, workflowDoc(HAZARD_WORKFLOW)],
    [PLAN_WORKFLOW.key, workflowDoc(PLAN_WORKFLOW)],
    [DISPUTE_WORKFLOW.key, workflowDoc(DISPUTE_WORKFLOW)],
    [LITIGATION_WORKFLOW.key, workflowDoc(LITIGATION_WORKFLOW)],
    [LAW_REPORT_WORKFLOW.key, workflowDoc(LAW_REPORT_WORKFLOW)],
    [CASE_WORKFLOW.key, workflowDoc(CASE_WORKFLOW)],
    [DECISION_WORKFLOW.key, workflowDoc(DECISION_WORKFLOW)],
    [AID_WORKFLOW.key, workflowDoc(AID_WORKFLOW)],
    [QUIZ_WORKFLOW.key, workflowDoc(QUIZ_WORKFLOW)],
    [CONTENT_WORKFLOW.key, workflowDoc(CONTENT_WORKFLOW)],
  ].map(([key, text]) => ({ file: `${key}.md`, text: text! }));
