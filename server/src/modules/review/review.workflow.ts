import {
  checkStep,
  openSteps,
  rule,
  type Check,
  type Refusal,
  type Transition,
  type Workflow,
} from '../../core/workflow/index.js';
import { materialsRuleOf, reviewRequiredBy } from './review-required.js';
import {
  PASSING_CONCLUSIONS,
  STATES,
  type Channel,
  type Conclusion,
  type FilingTarget,
  type ItemType,
  type State,
} from './review.enums.js';

export type { Refusal } from '../../core/workflow/index.js';

/**
 * The life of a legality-review item (domain §1.4) as data and pure functions: which step may follow
 * which, who takes it, and the legal guards — the kernel's table (`core/workflow`), run by its runner.
 */

export type Action =
  | 'submit'
  | 'return_for_correction'
  | 'request_supplement'
  | 'resubmit'
  | 'accept'
  | 'start_review'
  | 'request_co_review'
  | 'answer_co_review'
  | 'issue_opinion'
  | 'revise_resubmit'
  | 'give_feedback'
  | 'decide'
  | 'file'
  | 'archive'
  | 'withdraw';

/** Who takes a step: 送审单位, 党建综合办, 法审员, 县级合法性审查中心, 分管领导/主要负责人 (or the village for its own items). */
export type Party = 'submitter' | 'coordinator' | 'reviewer' | 'county' | 'approver';

/** What the guards need to know about an item. */
export interface ItemFacts {
  type: ItemType;
  state: State;
  channel: Channel;
  conclusion: Conclusion | null;
  returnedFrom: State | null;
  affectsMarket: boolean;
  fcrOutcome: 'compliant' | 'exception_applies' | 'non_compliant' | null;
  /** Labels of required materials not yet supplied. */
  missingMaterials: string[];
  /** Pre-review hits of the current version the reviewer has not accepted or dismissed. */
  pendingHits: number;
  hasAdviserOpinion: boolean;
  /** Where the decided item must be filed, or null when it need not be. */
  filingTarget: FilingTarget | null;
}

type TransitionDef = Transition<State, ItemFacts, Party>;

export const BASIS = {
  /** Default only: the steps that cite it record the rule for the item's type instead (review-required.ts). */
  review: '《重大行政决策程序暂行条例》第二十五条、《宁波市法治乡村建设促进条例》第十三条',
  /** Default only: the steps record the rule for the item's type (materialsRuleOf). */
  materials: '《重大行政决策程序暂行条例》第二十六条',
  adviser: '《重大行政决策程序暂行条例》第二十八条',
  fairCompetition: '《公平竞争审查条例》第十八条',
  villageRulesFiling: '《宁波市法治乡村建设促进条例》第十四条、《村民委员会组织法》第二十七条',
} as const;

/**
 * An item not reviewed, found unlawful or sent back for revision may not be discussed, published,
 * decided or signed — under the rule that covers its type (review-required.ts); a measure affecting
 * market entities also needs its fair-competition conclusion (公平竞争审查条例 art 18). Null when the item may be decided.
 */
export function decisionBlock(f: ItemFacts): Refusal | null {
  const basis = reviewRequiredBy(f.type);
  if (
    f.conclusion === null ||
    ['draft', 'submitted', 'returned', 'accepted', 'under_review', 'co_review'].includes(f.state)
  ) {
    return rule(
      'NOT_REVIEWED',
      `依据${basis}，未经合法性审查的，不得提交决策机关讨论、发布文件、作出决定或者签订合同`,
      basis,
    );
  }
  if (f.conclusion === 'unlawful') {
    return rule(
      'REVIEW_UNLAWFUL',
      `依据${basis}，经合法性审查不合法的，不得提交决策机关讨论、发布文件、作出决定或者签订合同`,
      basis,
    );
  }
  if (!PASSING_CONCLUSIONS.includes(f.conclusion)) {
    return rule(
      'REVIEW_REVISE',
      `审查结论为“修改完善后重新报审”，须修改后重新报审并经审查通过，方可提交讨论、发布或者签订（依据${basis}）`,
      basis,
    );
  }
  if (f.affectsMarket && f.fcrOutcome !== 'compliant' && f.fcrOutcome !== 'exception_applies') {
    return rule(
      'FCR_REQUIRED',
      `依据${BASIS.fairCompetition}，涉及经营者经济活动的政策措施未经公平竞争审查，或者经审查违反审查标准且不符合例外规定的，不得出台`,
      BASIS.fairCompetition,
    );
  }
  if (f.state === 'opinion_issued')
    return rule(
      'FEEDBACK_REQUIRED',
      '请先由送审单位反馈审查意见采纳情况，再作出决定、签订或者发布',
    );
  return null;
}

export const TRANSITIONS: Record<Action, TransitionDef> = {
  submit: {
    label: '送审',
    verb: 'submitted',
    from: ['draft'],
    to: 'submitted',
    by: 'submitter',
    basis: null,
  },
  return_for_correction: {
    label: '退回补正',
    verb: 'returned',
    from: ['submitted'],
    to: 'returned',
    by: 'coordinator',
    basis: BASIS.materials,
  },
  request_supplement: {
    label: '退回补充材料',
    verb: 'returned',
    from: ['accepted', 'under_review'],
    to: 'returned',
    by: 'reviewer',
    basis: BASIS.materials,
  },
  resubmit: {
    label: '补正后重新送审',
    verb: 'resubmitted',
    from: ['returned'],
    to: (f) => f.returnedFrom ?? 'submitted',
    targets: ['submitted', 'accepted', 'under_review'],
    by: 'submitter',
    basis: null,
  },
  accept: {
    label: '受理',
    verb: 'accepted',
    from: ['submitted'],
    to: 'accepted',
    by: 'coordinator',
    basis: null,
    guard: (f) =>
      f.missingMaterials.length
        ? rule(
            'MATERIALS_MISSING',
            `送审材料不全（缺少：${f.missingMaterials.join('、')}），请退回补正（依据${materialsRuleOf(f.type)}）`,
            materialsRuleOf(f.type),
          )
        : null,
  },
  start_review: {
    label: '开始审查',
    verb: 'review_started',
    from: ['accepted'],
    to: 'under_review',
    by: 'reviewer',
    basis: null,
  },
  request_co_review: {
    label: '提请县级协审',
    verb: 'co_review_requested',
    from: ['under_review'],
    to: 'co_review',
    by: 'reviewer',
    basis: null,
  },
  answer_co_review: {
    label: '回复协审意见',
    verb: 'co_review_answered',
    from: ['co_review'],
    to: 'under_review',
    by: 'county',
    basis: null,
  },
  issue_opinion: {
    label: '出具审查意见书',
    verb: 'opinion_issued',
    from: ['under_review'],
    to: 'opinion_issued',
    by: 'reviewer',
    basis: BASIS.review,
    guard: (f) => {
      if (f.type === 'major_decision' && !f.hasAdviserOpinion) {
        return rule(
          'ADVISER_OPINION_REQUIRED',
          `依据${BASIS.adviser}，合法性审查过程中应当组织法律顾问、公职律师提出法律意见，请先取得法律顾问意见`,
          BASIS.adviser,
        );
      }
      if (f.pendingHits > 0)
        return rule(
          'HITS_PENDING',
          `还有 ${f.pendingHits} 条智能预审提示未处理，请逐条采纳或不采纳后再出具意见`,
        );
      return null;
    },
  },
  revise_resubmit: {
    label: '修改后重新报审',
    verb: 'revised',
    from: ['opinion_issued'],
    to: 'under_review',
    by: 'submitter',
    basis: BASIS.review,
    guard: (f) =>
      f.conclusion === 'revise'
        ? null
        : rule('NOT_REVISABLE', '只有审查结论为“修改完善后重新报审”的事项才能修改后重新报审'),
  },
  give_feedback: {
    label: '反馈采纳情况',
    verb: 'feedback_given',
    from: ['opinion_issued'],
    to: 'feedback_given',
    by: 'submitter',
    basis: null,
    guard: (f) =>
      f.conclusion && PASSING_CONCLUSIONS.includes(f.conclusion) ? null : decisionBlock(f),
  },
  decide: {
    label: '决定（签署/发布）',
    verb: 'decided',
    from: ['feedback_given'],
    to: 'decided',
    by: 'approver',
    basis: BASIS.review,
    guard: decisionBlock,
  },
  file: {
    label: '报送备案',
    verb: 'filed',
    from: ['decided'],
    to: 'filed',
    by: 'submitter',
    basis: null,
    guard: (f) =>
      f.filingTarget ? null : rule('FILING_NOT_REQUIRED', '该事项无需备案，可直接归档'),
  },
  archive: {
    label: '归档',
    verb: 'archived',
    from: ['decided', 'filed'],
    to: 'archived',
    by: 'coordinator',
    basis: null,
    guard: (f) =>
      f.state === 'decided' && f.filingTarget
        ? rule(
            'FILING_REQUIRED',
            '该事项须先报送备案，再归档',
            f.type === 'village_rules' ? BASIS.villageRulesFiling : null,
          )
        : null,
  },
  withdraw: {
    label: '撤回',
    verb: 'withdrawn',
    from: [
      'draft',
      'submitted',
      'returned',
      'accepted',
      'under_review',
      'co_review',
      'opinion_issued',
      'feedback_given',
    ],
    to: 'withdrawn',
    by: 'submitter',
    basis: null,
  },
};

export const ACTIONS = Object.keys(TRANSITIONS) as Action[];

const ENDED: readonly State[] = ['decided', 'filed', 'archived', 'withdrawn'];

/** Who takes part (see review.policy.ts); all but the county centre are the town's own work. */
const PARTIES: Workflow<State, Action, ItemFacts, Party>['parties'] = {
  submitter: { label: '送审单位', townOffice: true },
  coordinator: { label: '党建综合办', townOffice: true },
  reviewer: { label: '法审员', townOffice: true },
  county: { label: '县级合法性审查中心', townOffice: false },
  approver: { label: '决定机关（分管领导、主要负责人或村民委员会）', townOffice: true },
};

export const REVIEW_WORKFLOW: Workflow<State, Action, ItemFacts, Party> = {
  key: 'review-item',
  title: '合法性审查事项',
  states: STATES,
  initial: ['draft'],
  parties: PARTIES,
  transitions: TRANSITIONS,
  permission: 'review.item.read',
  outside: (f) =>
    f.channel === 'offline'
      ? {
          status: 409,
          code: 'OFFLINE_ITEM',
          message: '线下审查补录的事项不在平台流转',
          basis: null,
        }
      : null,
  // Deciding too early is the legal guard itself, not a mere state conflict.
  wrongState: (action, f) =>
    action === 'decide' && !ENDED.includes(f.state) ? decisionBlock(f) : null,
};

/** Whether `action` may be taken on an item with these facts, and the state it leads to. */
export const checkTransition = (action: Action, f: ItemFacts): Check<State> =>
  checkStep(REVIEW_WORKFLOW, action, f);

/** The steps open to someone who takes part as `parties` (for the detail's abilities). */
export const availableActions = (f: ItemFacts, parties: ReadonlySet<Party>): Action[] => [
  ...openSteps(REVIEW_WORKFLOW, f, parties),
];

/** Where a decided item is filed (domain §1.1, §1.8; 宁波条例 art 14), or null when it need not be. */
export function filingTargetOf(
  type: ItemType,
  amountFen: number | undefined,
  majorContractThresholdFen: number,
): FilingTarget | null {
  if (type === 'village_rules') return 'town';
  if (type === 'major_decision' || type === 'normative_doc') return 'county';
  if (
    (type === 'gov_contract' || type === 'village_contract') &&
    (amountFen ?? 0) >= majorContractThresholdFen
  )
    return 'county';
  return null;
}

/** Opinion conclusions the reviewer may choose for this type (明示法律风险: exploratory MJDs only, 条例 art 25). */
export function conclusionRefusal(type: ItemType, conclusion: Conclusion): Refusal | null {
  if (conclusion === 'returned')
    return rule('USE_RETURN', '材料不全的，请使用“退回补充材料”，期限随之暂停');
  if (conclusion === 'risk_disclosed' && type !== 'major_decision') {
    return rule(
      'RISK_DISCLOSURE_NOT_ALLOWED',
      '依据《重大行政决策程序暂行条例》第二十五条，只有国家尚无明确规定的探索性改革决策事项可以明示法律风险',
      '《重大行政决策程序暂行条例》第二十五条',
    );
  }
  return null;
}
