import type { Actor } from '../authz/actor.js';
import { supervisionOnly } from './refusal.js';
import type { PartyDef } from './table.js';

/** The actor's place relative to a record's town: the town itself, inside one of its villages, above it. */
type Place = 'town' | 'village' | 'above' | 'none';

export function placeOf(actor: Pick<Actor, 'scopePath'>, townPath: string): Place {
  if (actor.scopePath === townPath) return 'town';
  if (townPath.startsWith(actor.scopePath)) return 'above';
  if (actor.scopePath.startsWith(townPath)) return 'village';
  return 'none';
}

/**
 * The path of town `townId` as an actor working in it already holds it: its scope runs through the
 * town's own segment (`/…/<townId>/`, org paths end with the org's id). Null for anyone else (staff
 * above the town), whose caller reads the path.
 */
export function ownTownPath(
  actor: Pick<Actor, 'townId' | 'scopePath'>,
  townId: string,
): string | null {
  if (actor.townId !== townId) return null;
  const at = actor.scopePath.indexOf(`/${townId}/`);
  return at < 0 ? null : actor.scopePath.slice(0, at + townId.length + 2);
}

/** Staff above the town only supervise: they never play a town-office party, whatever their role. */
export function supervisesOnly(
  actor: Pick<Actor, 'scopePath'>,
  townPath: string,
  party: PartyDef,
): boolean {
  return party.townOffice && placeOf(actor, townPath) === 'above';
}

/** The parties the actor may play on this record, with the town-office ones removed for supervisors. */
export function playableParties<P extends string>(
  parties: Record<P, PartyDef>,
  claimed: ReadonlySet<P>,
  actor: Pick<Actor, 'scopePath'>,
  townPath: string,
): Set<P> {
  return new Set([...claimed].filter((p) => !supervisesOnly(actor, townPath, parties[p])));
}

/**
 * Writes that only the town's own offices (and its villages) make — records created outside a workflow
 * step, per-town settings, guides, statistics, the annual report: staff above the town supervise, they
 * never act as the town's office (403 `SUPERVISION_ONLY`). `townId` is null above town level.
 */
export function assertTownStaff(actor: Pick<Actor, 'townId'>, action: string): void {
  if (actor.townId === null) throw supervisionOnly(action);
}
