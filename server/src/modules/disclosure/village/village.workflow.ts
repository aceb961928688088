import { rule, type Refusal, type Workflow } from '../../../core/workflow/index.js';
import { REVIEW_BASIS } from './village-vocabulary.js';

/**
 * A 三务公开 item's life as the kernel's transition table: the village committee drafts and submits, the
 * 村务监督委员会 reviews, and an approved item is published at once (posted to 群治分). The 反映 (complaint)
 * workflow is in complaint.workflow.ts; both diagrams are generated into docs/workflows/.
 */
export const VILLAGE_ITEM_STATES = {
  draft: '起草中',
  in_review: '待监委会审查',
  published: '已公开',
} as const;
export type VillageItemState = keyof typeof VILLAGE_ITEM_STATES;
export type VillageItemAction = 'submit' | 'approve' | 'return';
export type VillageItemParty = 'village' | 'supervisor';

/** Drafts are edited in place (not a step of the workflow). */
export const canEditItem = (s: VillageItemState) => s === 'draft';

export interface VillageItemFacts {
  state: VillageItemState;
  authorId: string;
  /** The person taking the step, and whether they sit on this village's 村务监督委员会 today. */
  actorUserId: string | null;
  actorIsSupervisor: boolean;
  supervisorCount: number;
}

/**
 * The 村务监督委员会 reviews what the village committee publishes (浙江实施办法 第三十二条第一项), and its
 * members may not be village committee members, 村文书 or 报账员 (第三十条). So a reviewer must be a
 * current member of that village's committee and not the item's author. Null when allowed.
 */
export function reviewerRefusal(input: {
  authorId: string;
  reviewerId: string | null;
  reviewerIsSupervisor: boolean;
}): string | null {
  if (!input.reviewerId || !input.reviewerIsSupervisor)
    return `依据${REVIEW_BASIS}，村务公开事项须经本村村务监督委员会成员审查`;
  if (input.reviewerId === input.authorId)
    return `依据${REVIEW_BASIS}，村务监督委员会成员不得审查本人起草的公开事项`;
  return null;
}

/** Members of the committee supervise publication; they do not draft it (浙江实施办法 第三十条). */
export function authorRefusal(isSupervisor: boolean): string | null {
  return isSupervisor
    ? `依据${REVIEW_BASIS}，村务监督委员会成员负责监督村务公开，不起草本村公开事项`
    : null;
}

const committeeReview = (f: VillageItemFacts): Refusal | null => {
  const why = reviewerRefusal({
    authorId: f.authorId,
    reviewerId: f.actorUserId,
    reviewerIsSupervisor: f.actorIsSupervisor,
  });
  return why ? rule('NOT_SUPERVISOR', why, REVIEW_BASIS) : null;
};

export const VILLAGE_ITEM_WORKFLOW: Workflow<
  VillageItemState,
  VillageItemAction,
  VillageItemFacts,
  VillageItemParty
> = {
  key: 'village-affairs-item',
  title: '村务公开事项（三务公开）',
  states: VILLAGE_ITEM_STATES,
  initial: ['draft'],
  permission: 'village_affairs.item.review',
  parties: {
    village: { label: '村民委员会', townOffice: true },
    supervisor: { label: '村务监督委员会成员', townOffice: true },
  },
  transitions: {
    submit: {
      label: '提交监委会审查',
      verb: 'submitted',
      from: ['draft'],
      to: 'in_review',
      by: 'village',
      permission: 'village_affairs.item.write',
      basis: REVIEW_BASIS,
      guard: (f) =>
        f.supervisorCount > 0
          ? null
          : rule(
              'NO_SUPERVISORS',
              `依据${REVIEW_BASIS}，本村尚未登记村务监督委员会成员，无法提交审查；请联系镇政府登记`,
              REVIEW_BASIS,
            ),
    },
    approve: {
      label: '审查通过并公开',
      verb: 'published',
      from: ['in_review'],
      to: 'published',
      by: 'supervisor',
      basis: REVIEW_BASIS,
      guard: committeeReview,
    },
    return: {
      label: '退回修改',
      verb: 'returned',
      from: ['in_review'],
      to: 'draft',
      by: 'supervisor',
      basis: REVIEW_BASIS,
      guard: committeeReview,
    },
  },
};
