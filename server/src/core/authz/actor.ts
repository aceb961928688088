import type { Permission, RoleKey } from '@fazhi/shared';
import type { OrgKind } from '../db/schema.js';

/** Who is calling: a signed-in person or a machine client with an API token. */
export interface Actor {
  kind: 'user' | 'token';
  userId: string | null;
  tokenId: string | null;
  /** For display and the trail: the username, or `token:<name>`. */
  name: string;
  displayName: string;
  orgId: string;
  orgKind: OrgKind;
  /** The town of the actor's org (null above town level): the actor's own audit chain. */
  townId: string | null;
  /** Path of the org whose subtree this actor sees (an office sees its whole town). */
  scopePath: string;
  roles: RoleKey[];
  permissions: ReadonlySet<string>;
}

/** What every service receives besides its own arguments: the actor (if any) and request facts. */
export interface RequestContext {
  actor: Actor | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string;
}

export const can = (actor: Actor | null, permission: Permission): boolean =>
  !!actor && actor.permissions.has(permission);

export const canSeeOrgPath = (actor: Actor, orgPath: string): boolean =>
  orgPath.startsWith(actor.scopePath);
