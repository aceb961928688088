import type { Q } from '../db/database.js';

/** A record another module opened for this one, as its page links to it (id, title, state). */
export interface RecordLink {
  id: string;
  title: string;
  state: string;
  stateLabel: string;
}

/** Finds, within one town, the record of the owning module that `id` was opened for. */
export type RecordLinkFinder = (q: Q, id: string, townId: string) => Promise<RecordLink | null>;

/**
 * Links back across modules without an import cycle: the 重大行政决策 module opens a legality-review
 * item and declares how to find the decision of an item (`review_item.decision`); the review module
 * asks for it by that name. Installed from the module descriptors at start-up (re-derivable).
 */
const finders = new Map<string, RecordLinkFinder>();

/** Called by `installModules` for each descriptor that lists record links; idempotent. */
export function registerRecordLink(key: string, find: RecordLinkFinder): void {
  finders.set(key, find);
}

/** The linked record, or null when none is linked or its module is not installed. */
export async function findRecordLink(
  key: string,
  q: Q,
  id: string,
  townId: string,
): Promise<RecordLink | null> {
  const find = finders.get(key);
  return find ? find(q, id, townId) : null;
}
