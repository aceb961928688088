import type { Grants } from '../../core/authz/role-grants.js';

/** 智能预审 is a self-check any drafter may run before submitting, villages included. */
const PRE_REVIEW = 'review.prereview.use' as const;

/**
 * Who may do what in 合法性审查 (legality review). Which items and which step within these is decided by
 * review.policy.ts from the person's level (village, town, county) and their part in the item.
 */
export const REVIEW_GRANTS: Grants = {
  // 送审单位 (an office) and 党建综合办; the county centre's staff hold the same role at county level.
  office_clerk: [
    PRE_REVIEW,
    'review.item.read',
    'review.item.submit',
    'review.item.accept',
    'review.item.co_review',
    'review.ledger.read',
    'review.fcr.manage',
  ],
  // 送审单位 for village contracts and village rules; the village also adopts or signs them.
  village_cadre: [PRE_REVIEW, 'review.item.read', 'review.item.submit', 'review.item.decide'],
  legal_reviewer: [
    PRE_REVIEW,
    'review.item.read',
    'review.item.review',
    'review.ledger.read',
    'review.ledger.import',
    'review.fcr.manage',
  ],
  legal_adviser: [PRE_REVIEW, 'review.item.read', 'review.item.advise'],
  deputy_head: [
    PRE_REVIEW,
    'review.item.read',
    'review.item.decide',
    'review.ledger.read',
    'review.settings.manage',
  ],
  town_head: [
    PRE_REVIEW,
    'review.item.read',
    'review.item.decide',
    'review.ledger.read',
    'review.settings.manage',
  ],
  // 上级监督: reads every town's items and the ledger, takes no step (review.policy.ts).
  county_supervisor: ['review.item.read', 'review.ledger.read'],
  enforcement_officer: [PRE_REVIEW],
  mediator: [PRE_REVIEW],
  window_clerk: [PRE_REVIEW],
};
