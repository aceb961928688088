import { blockedSteps, type Blocked } from '../../../core/workflow/index.js';
import type { State } from '../review.enums.js';
import {
  availableActions,
  REVIEW_WORKFLOW,
  type Action,
  type ItemFacts,
  type Party,
} from '../review.workflow.js';

/** What the caller may do with an item (buttons that will work), and why a step of theirs is refused. */
export const ABILITY_KEYS = [
  'update',
  'editText',
  'addMaterial',
  'removeMaterial',
  'submit',
  'returnForCorrection',
  'accept',
  'startReview',
  'requestSupplement',
  'requestCoReview',
  'answerCoReview',
  'decideHits',
  'editFindings',
  'issueOpinion',
  'addAdviserOpinion',
  'resubmit',
  'revise',
  'giveFeedback',
  'decide',
  'file',
  'archive',
  'withdraw',
] as const;
type ItemAbilities = Record<(typeof ABILITY_KEYS)[number], boolean>;

const ACTION_ABILITY: Record<Action, keyof ItemAbilities> = {
  submit: 'submit',
  return_for_correction: 'returnForCorrection',
  request_supplement: 'requestSupplement',
  resubmit: 'resubmit',
  accept: 'accept',
  start_review: 'startReview',
  request_co_review: 'requestCoReview',
  answer_co_review: 'answerCoReview',
  issue_opinion: 'issueOpinion',
  revise_resubmit: 'revise',
  give_feedback: 'giveFeedback',
  decide: 'decide',
  file: 'file',
  archive: 'archive',
  withdraw: 'withdraw',
};

const REVIEWING: readonly State[] = ['under_review', 'co_review'];

export function abilitiesOf(
  f: ItemFacts,
  parties: ReadonlySet<Party>,
  adviser: boolean,
): { abilities: ItemAbilities; blocked: Blocked<Action>[] } {
  const open = new Set(availableActions(f, parties));
  const submitter = parties.has('submitter') && f.channel === 'platform';
  const reviewing = parties.has('reviewer') && REVIEWING.includes(f.state);
  const abilities = {
    update: submitter && (f.state === 'draft' || f.state === 'returned'),
    editText: submitter && f.state === 'draft',
    addMaterial: submitter && ['draft', 'submitted', 'returned'].includes(f.state),
    removeMaterial: submitter && (f.state === 'draft' || f.state === 'returned'),
    decideHits: reviewing,
    editFindings: reviewing,
    addAdviserOpinion: adviser && ['accepted', 'under_review', 'co_review'].includes(f.state),
  } as ItemAbilities;
  for (const [action, key] of Object.entries(ACTION_ABILITY) as [Action, keyof ItemAbilities][])
    abilities[key] = open.has(action);
  // Steps that are the caller's to take but are refused now, with the reason (e.g. the art 25 guard);
  // a draft is not yet anyone's to decide.
  const blocked = blockedSteps(
    REVIEW_WORKFLOW,
    f,
    parties,
    (a) => !(a === 'decide' && f.state === 'draft'),
  );
  return { abilities, blocked };
}
