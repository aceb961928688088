import { COMPLAINT_BASIS, REVIEW_BASIS } from './village-vocabulary.js';

/**
 * Two small state machines of 三务公开, as data and pure guards.
 *
 * Item:      draft ──submit──▶ in_review ──approve──▶ published (posted to 群治分)
 *              ▲                  │
 *              └──────return──────┘
 * Complaint: received ─▶ investigating ─▶ ordered ─▶ published ─▶ closed
 *                                     └─▶ dismissed ─────────────▶ closed
 */
export const VILLAGE_ITEM_STATES = { draft: '起草中', in_review: '待监委会审查', published: '已公开' } as const;
export type VillageItemState = keyof typeof VILLAGE_ITEM_STATES;
export type VillageItemAction = 'edit' | 'submit' | 'approve' | 'return';

export const ITEM_TRANSITIONS: Record<VillageItemAction, { from: VillageItemState[]; to: VillageItemState }> = {
  edit: { from: ['draft'], to: 'draft' },
  submit: { from: ['draft'], to: 'in_review' },
  approve: { from: ['in_review'], to: 'published' },
  return: { from: ['in_review'], to: 'draft' },
};

export const COMPLAINT_STATES = {
  received: '已受理',
  investigating: '调查核实中',
  ordered: '已责令公布',
  dismissed: '经核实无须公布',
  published: '村已公布',
  closed: '已办结',
} as const;
export type ComplaintState = keyof typeof COMPLAINT_STATES;
export type ComplaintAction = 'investigate' | 'order' | 'dismiss' | 'confirm_published' | 'close';

export const COMPLAINT_TRANSITIONS: Record<ComplaintAction, { from: ComplaintState[]; to: ComplaintState; label: string }> = {
  investigate: { from: ['received'], to: 'investigating', label: '开始调查核实' },
  order: { from: ['investigating'], to: 'ordered', label: '责令依法公布' },
  dismiss: { from: ['investigating'], to: 'dismissed', label: '核实后不予支持' },
  confirm_published: { from: ['ordered'], to: 'published', label: '确认村已公布' },
  close: { from: ['dismissed', 'published'], to: 'closed', label: '办结并告知反映人' },
};

export const canItem = (s: VillageItemState, a: VillageItemAction) => ITEM_TRANSITIONS[a].from.includes(s);
export const canComplaint = (s: ComplaintState, a: ComplaintAction) => COMPLAINT_TRANSITIONS[a].from.includes(s);

export function complaintRefusal(s: ComplaintState, a: ComplaintAction): string {
  const from = COMPLAINT_TRANSITIONS[a].from.map((x) => `“${COMPLAINT_STATES[x]}”`).join('或');
  return `该反映当前为“${COMPLAINT_STATES[s]}”，只有${from}的反映可以${COMPLAINT_TRANSITIONS[a].label}（依据${COMPLAINT_BASIS}）`;
}

export function itemRefusal(s: VillageItemState, a: VillageItemAction): string {
  const from = ITEM_TRANSITIONS[a].from.map((x) => `“${VILLAGE_ITEM_STATES[x]}”`).join('或');
  return `该公开事项当前为“${VILLAGE_ITEM_STATES[s]}”，只有${from}的事项可以执行此操作`;
}

/**
 * The 村务监督委员会 reviews what the village committee publishes (浙江实施办法 第三十二条第一项), and its
 * members may not be village committee members, 村文书 or 报账员 (第三十条). So a reviewer must be a
 * current member of that village's committee and not the item's author. Null when allowed.
 */
export function reviewerRefusal(input: { authorId: string; reviewerId: string | null; reviewerIsSupervisor: boolean }): string | null {
  if (!input.reviewerId || !input.reviewerIsSupervisor) return `依据${REVIEW_BASIS}，村务公开事项须经本村村务监督委员会成员审查`;
  if (input.reviewerId === input.authorId) return `依据${REVIEW_BASIS}，村务监督委员会成员不得审查本人起草的公开事项`;
  return null;
}

/** Members of the committee supervise publication; they do not draft it (浙江实施办法 第三十条). */
export function authorRefusal(isSupervisor: boolean): string | null {
  return isSupervisor ? `依据${REVIEW_BASIS}，村务监督委员会成员负责监督村务公开，不起草本村公开事项` : null;
}
