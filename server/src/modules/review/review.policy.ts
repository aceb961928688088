import { can, type Actor } from '../../core/authz/actor.js';
import { isVillageType, type ItemType } from './review.enums.js';
import type { Party } from './review.workflow.js';

/**
 * Who takes part in an item, and as what. Permissions say what a role may do at all; the person's level
 * relative to the item's town says where: the village for its own items, the town's offices and
 * leaders for the town's, the county centre (慈溪市司法局) for co-review and filings.
 */

export interface PolicyItem {
  orgId: string;
  orgPath: string;
  townPath: string;
  type: ItemType;
  createdBy: string | null;
}

type Level = 'village' | 'town' | 'county' | 'none';

/** The actor's place relative to the item's town: inside a village of it, the town itself, above it. */
export function levelOf(actor: Actor, item: Pick<PolicyItem, 'townPath'>): Level {
  if (actor.scopePath === item.townPath) return 'town';
  if (item.townPath.startsWith(actor.scopePath)) return 'county';
  if (actor.scopePath.startsWith(item.townPath)) return 'village';
  return 'none';
}

/** The parts the actor plays in this item. */
export function partiesOf(actor: Actor, item: PolicyItem): Set<Party> {
  const level = levelOf(actor, item);
  const parties = new Set<Party>();
  const own =
    (actor.userId !== null && item.createdBy === actor.userId) || actor.orgId === item.orgId;
  if (can(actor, 'review.item.submit') && own) parties.add('submitter');
  if (can(actor, 'review.item.accept') && level === 'town') parties.add('coordinator');
  if (can(actor, 'review.item.review') && level === 'town') parties.add('reviewer');
  if (can(actor, 'review.item.co_review') && level === 'county') parties.add('county');
  if (can(actor, 'review.item.decide')) {
    // A village adopts its rules and signs its contracts itself; town items are decided by the town's leaders.
    const approver = isVillageType(item.type)
      ? level === 'village' && actor.scopePath === item.orgPath
      : level === 'town';
    if (approver) parties.add('approver');
  }
  return parties;
}

/** The town's legal adviser writes opinions on the town's items. */
export const isAdviser = (actor: Actor, item: PolicyItem) =>
  can(actor, 'review.item.advise') && levelOf(actor, item) === 'town';

/**
 * Above the town, the centre's staff (who co-review) see only what reaches them: items sent for co-review
 * or filed with the county; a town's other items answer 404, as outside their scope, revealing nothing of
 * a town's drafts. A supervisor (county_supervisor: read, never act) reads every item of its towns.
 * (Statistics are not limited this way; they count everything in scope.)
 */
export const seesOnlyCountyWork = (actor: Actor, scopeKind: string) =>
  ['county', 'city', 'province'].includes(scopeKind) &&
  can(actor, 'review.item.co_review') &&
  !can(actor, 'review.item.review');
