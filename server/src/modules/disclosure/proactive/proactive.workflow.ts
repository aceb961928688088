import { rule, type Refusal, type Workflow } from '../../../core/workflow/index.js';

/**
 * The life of a catalogue entry (主动公开信息) as the kernel's transition table; each step is one audit
 * event `disclosure.item.<verb>`. The diagram is generated into docs/workflows/disclosure-item.md.
 */
export const ITEM_STATES = {
  draft: '起草中',
  in_review: '待保密审查',
  published: '已公开',
  withheld: '不予公开',
  superseded: '已被新版本替代',
  withdrawn: '已撤回',
} as const;
export type ItemState = keyof typeof ITEM_STATES;

export type ItemAction =
  | 'submit'
  | 'approve'
  | 'return'
  | 'withhold'
  | 'reassess'
  | 'withdraw'
  | 'record_abolition'
  | 'supersede';

/** Who acts: the 政府信息公开工作机构 drafts and keeps the catalogue; a second person does the 保密审查 (art 17). */
export type ItemParty = 'office' | 'reviewer';

const ART17 = '《政府信息公开条例》第十七条';
export const ART18 = '《政府信息公开条例》第十八条';
export const ART26 = '《政府信息公开条例》第二十六条';

/** The period for publishing after the information is formed or changed. */
export const PUBLISH_PERIOD = { limitDays: 20, unit: 'working' as const, basis: ART26 };

/** Drafts are edited in place (not a step of the workflow). */
export const canEdit = (state: ItemState): boolean => state === 'draft';

/** What the guards need to know about an entry and the person deciding on it. */
export interface ItemFacts {
  state: ItemState;
  category: string;
  authorId: string;
  submittedBy: string | null;
  /** The person taking the step (null for an API token). */
  actorUserId: string | null;
  /** For a 政策解读: whether the document it explains is published (null for other entries). */
  explainedPublished: boolean | null;
  /** The re-assessment's decision: release to 保密审查 or keep withheld. */
  release?: boolean | undefined;
}

/**
 * 保密审查 is a second person's check (art 17: a review mechanism with clear responsibility): whoever
 * drafted or submitted the entry cannot decide on it. Null when the reviewer may decide.
 */
export function secondPersonRefusal(
  item: { authorId: string; submittedBy: string | null },
  reviewerId: string | null,
): string | null {
  if (!reviewerId) return `依据${ART17}，保密审查须由具名工作人员进行，接口令牌不能审查`;
  if (reviewerId === item.authorId || reviewerId === item.submittedBy) {
    return `依据${ART17}，拟公开的政府信息须经保密审查，审查须由起草人、提交人以外的工作人员进行，不能审查自己起草或提交的信息`;
  }
  return null;
}

const secondPerson = (f: ItemFacts): Refusal | null => {
  const why = secondPersonRefusal(f, f.actorUserId);
  return why ? rule('SAME_PERSON_REVIEW', why, ART17) : null;
};

export const PROACTIVE_WORKFLOW: Workflow<ItemState, ItemAction, ItemFacts, ItemParty> = {
  key: 'disclosure-item',
  title: '主动公开信息',
  states: ITEM_STATES,
  initial: ['draft'],
  permission: 'disclosure.item.review',
  parties: {
    office: { label: '政府信息公开工作机构', townOffice: true },
    reviewer: { label: '保密审查人员', townOffice: true },
  },
  transitions: {
    submit: {
      label: '提交保密审查',
      verb: 'submitted',
      from: ['draft'],
      to: 'in_review',
      by: 'office',
      permission: 'disclosure.item.write',
      basis: ART17,
    },
    approve: {
      label: '审查通过并公开',
      verb: 'published',
      from: ['in_review'],
      to: 'published',
      by: 'reviewer',
      basis: ART17,
      guard: (f) =>
        secondPerson(f) ??
        (f.explainedPublished === false
          ? rule(
              'EXPLAINED_NOT_PUBLISHED',
              '政策解读应与所解读的政策文件同步或在其后公开：请先公开该政策文件',
            )
          : null),
    },
    return: {
      label: '退回修改',
      verb: 'returned',
      from: ['in_review'],
      to: 'draft',
      by: 'reviewer',
      basis: ART17,
      guard: secondPerson,
    },
    withhold: {
      label: '决定不予公开',
      verb: 'withheld',
      from: ['in_review'],
      to: 'withheld',
      by: 'reviewer',
      basis: ART17,
      guard: secondPerson,
    },
    // Art 18: what circumstances now allow goes back to 保密审查; the rest stays withheld until the next date.
    reassess: {
      label: '评估审查',
      verb: 'reassessed',
      from: ['withheld'],
      to: (f) => (f.release ? 'in_review' : 'withheld'),
      targets: ['in_review', 'withheld'],
      by: 'reviewer',
      basis: ART18,
    },
    withdraw: {
      label: '撤回',
      verb: 'withdrawn',
      from: ['published'],
      to: 'withdrawn',
      by: 'reviewer',
      basis: null,
    },
    record_abolition: {
      label: '登记废止',
      verb: 'abolition_recorded',
      from: ['published'],
      by: 'office',
      permission: 'disclosure.item.write',
      basis: null,
      guard: (f) =>
        f.category === 'regulations'
          ? null
          : rule('NOT_REGULATIONS', '只有“规范性文件”类信息可以登记废止'),
    },
    supersede: {
      label: '被新版本替代',
      verb: 'superseded',
      from: ['published'],
      to: 'superseded',
      by: 'reviewer',
      basis: null,
      followOn: true,
    },
  },
};

/** Art 18 (定期评估审查): the next re-assessment of withheld information, `months` after `from`. */
export function nextReassessment(from: string, months: number): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Entries the public portal shows: published ones only (withdrawn, superseded, drafts and withheld never). */
export const isPublic = (state: ItemState): boolean => state === 'published';
