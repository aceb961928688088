import type {
  Adoption,
  DecisionKind,
  FilingTarget,
  ItemType,
  OpinionConclusion,
} from '../review.enums.js';
import type { ItemFields } from '../review.fields.js';
import type { VoteFacts } from '../review.votes.js';

/** A 2024 demo item as it happened, step by step; the player takes each step through the real services. */

export interface Who {
  userId: string | null;
  name: string;
}

export interface DemoVersion {
  text: string;
  fields?: ItemFields;
  note?: string;
}

export interface DemoOpinion {
  on: string;
  conclusion: OpinionConclusion;
  summary: string;
  bases: string[];
  /** Pre-review hits the reviewer judged false alarms (不采纳). */
  dismiss?: readonly string[];
}

export interface DemoItem {
  type: ItemType;
  title: string;
  orgId: string;
  orgName: string;
  affectsMarket?: boolean;
  /** One version, or two when the first opinion said 修改完善后重新报审. */
  versions: DemoVersion[];
  submitter: Who;
  /** Omitted: still a draft. */
  submittedOn?: string;
  returnedAtIntake?: { on: string; reason: string; resubmittedOn?: string };
  acceptedOn?: string;
  adviser?: { on: string; text: string };
  coReview?: { on: string; reason: string; answer?: { on: string; text: string } };
  /** One per version reviewed. */
  opinions?: DemoOpinion[];
  /** When the second version was submitted after a revise opinion. */
  revisedOn?: string;
  feedback?: { on: string; adoption: Adoption; note?: string };
  decision?: { on: string; kind: DecisionKind; by: Who; meeting?: string; vote?: VoteFacts };
  filing?: { on: string; target: FilingTarget };
  archivedOn?: string;
  /** 撤回 by the submitter. */
  withdrawn?: { on: string; reason: string };
  /** Materials the submitter did not supply (the item returned at intake). */
  missing?: readonly string[];
}

/** The demo's cast: the accounts of the foundation's demo and the orgs they work in. */
export interface DemoCast {
  clerk: Who;
  reviewer: Who;
  adviser: Who;
  deputy: Who;
  head: Who;
  county: Who;
  cadre: Who;
  townId: string;
  countyId: string;
  /** 上林湖村, where the demo village cadre works. */
  cadreVillageId: string;
  villages: { id: string; name: string; code: string }[];
  offices: Record<'jjfzb' | 'nyncb' | 'djzhb' | 'zfd', { id: string; name: string }>;
}
