/**
 * The life of a catalogue entry (主动公开信息), as data and pure functions. Services enforce these;
 * each transition is one audit event `disclosure.item.<verb>`.
 *
 *   draft ──submit──▶ in_review ──approve──▶ published ──withdraw──▶ withdrawn
 *     ▲                  │ │                    └──(newer version published)──▶ superseded
 *     └─────return───────┘ └──withhold──▶ withheld ──reassess: keep──▶ withheld
 *                                              └──reassess: release──▶ in_review
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

export type ItemAction = 'edit' | 'submit' | 'approve' | 'return' | 'withhold' | 'reassess' | 'withdraw' | 'record_abolition';

/** Where each action may start, and where it leads (reassess may also stay; see reassessTarget). */
export const TRANSITIONS: Record<ItemAction, { from: ItemState[]; to: ItemState | null }> = {
  edit: { from: ['draft'], to: null },
  submit: { from: ['draft'], to: 'in_review' },
  approve: { from: ['in_review'], to: 'published' },
  return: { from: ['in_review'], to: 'draft' },
  withhold: { from: ['in_review'], to: 'withheld' },
  reassess: { from: ['withheld'], to: null },
  withdraw: { from: ['published'], to: 'withdrawn' },
  record_abolition: { from: ['published'], to: null },
};

export const ART17 = '《政府信息公开条例》第十七条';
export const ART18 = '《政府信息公开条例》第十八条';
export const ART26 = '《政府信息公开条例》第二十六条';

/** The period for publishing after the information is formed or changed. */
export const PUBLISH_PERIOD = { limitDays: 20, unit: 'working' as const, basis: ART26 };

export function canTransition(state: ItemState, action: ItemAction): boolean {
  return TRANSITIONS[action].from.includes(state);
}

/** Chinese refusal for an action the state does not allow. */
export function stateRefusal(state: ItemState, action: ItemAction): string {
  const allowed = TRANSITIONS[action].from.map((s) => `“${ITEM_STATES[s]}”`).join('或');
  return `该信息当前为“${ITEM_STATES[state]}”，只有${allowed}的信息可以${ACTION_LABELS[action]}`;
}

export const ACTION_LABELS: Record<ItemAction, string> = {
  edit: '修改',
  submit: '提交保密审查',
  approve: '审查通过并公开',
  return: '退回修改',
  withhold: '决定不予公开',
  reassess: '评估审查',
  withdraw: '撤回',
  record_abolition: '登记废止',
};

/**
 * 保密审查 is a second person's check (art 17: a review mechanism with clear responsibility): whoever
 * drafted or submitted the entry cannot decide on it. Null when the reviewer may decide.
 */
export function secondPersonRefusal(item: { authorId: string; submittedBy: string | null }, reviewerId: string | null): string | null {
  if (!reviewerId) return `依据${ART17}，保密审查须由具名工作人员进行，接口令牌不能审查`;
  if (reviewerId === item.authorId || reviewerId === item.submittedBy) {
    return `依据${ART17}，拟公开的政府信息须经保密审查，审查须由起草人、提交人以外的工作人员进行，不能审查自己起草或提交的信息`;
  }
  return null;
}

/** Art 18 (定期评估审查): the next re-assessment of withheld information, `months` after `from`. */
export function nextReassessment(from: string, months: number): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** What a reassessment leads to: keeping it withheld (with the next date) or releasing it for review. */
export const reassessTarget = (release: boolean): ItemState => (release ? 'in_review' : 'withheld');

/** Entries the public portal shows: published ones only (withdrawn, superseded, drafts and withheld never). */
export const isPublic = (state: ItemState): boolean => state === 'published';
