import type { Actor } from '../authz/actor.js';
import type { FilesTable } from '../db/schema-machinery.js';
import type { Deps } from '../deps.js';

/** Whether the actor can see the record `ownerId` of this type (same rules as the record's own API). */
export type OwnerVisibility = (deps: Deps, actor: Actor, ownerId: string) => Promise<boolean>;

const owners = new Map<string, OwnerVisibility>();

/**
 * Declares a kind of record that carries attachments. A file attached to it can be downloaded by
 * exactly those who can see the record. Module descriptors declare these (`fileOwners`); registering the
 * same type again replaces the rule (tests build several apps in one process).
 */
export function registerFileOwner(ownerType: string, canSee: OwnerVisibility): void {
  owners.set(ownerType, canSee);
}

export const isFileOwnerType = (ownerType: string): boolean => owners.has(ownerType);

/** How an uploader is recorded in `files.uploaded_by`: the user id, or `token:<id>` for API clients. */
export const uploaderKey = (actor: Actor): string => actor.userId ?? `token:${actor.tokenId}`;

/** An attached file follows its owner; an unattached one is visible to its uploader only. */
export async function canSeeFile(
  deps: Deps,
  actor: Actor,
  file: Pick<FilesTable, 'ownerType' | 'ownerId' | 'uploadedBy'>,
): Promise<boolean> {
  if (!file.ownerType || !file.ownerId) return file.uploadedBy === uploaderKey(actor);
  const rule = owners.get(file.ownerType);
  return rule ? rule(deps, actor, file.ownerId) : false;
}
