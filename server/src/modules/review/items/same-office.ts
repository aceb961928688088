import { z } from 'zod';
import type { Actor } from '../../../core/authz/actor.js';
import type { Q } from '../../../core/db/database.js';

/**
 * Where one office plays both parts (issue #15): a small town's 党建综合办 both drafts a document and,
 * as the review coordinator, accepts it for review. That is allowed — the town may have no one else —
 * but the record says so: a note on the acceptance step (流转记录), `meta.sameOffice` on its audit event,
 * and a notice on the item's page, so the separation missing at intake is visible to the reviewer and
 * to whoever inspects the file.
 */
type SameOffice = 'same_person' | 'same_office';

const NOTES: Record<SameOffice, string> = {
  same_person: '送审人与受理人为同一人：本事项由同一人送审并受理',
  same_office: '送审单位与受理单位为同一科室：本事项由同一科室送审并受理',
};

/** How the accepting person relates to the submission, or null when another office accepts it. */
export function sameOfficeOf(
  item: { orgId: string; submittedBy: string | null },
  acceptor: Pick<Actor, 'userId' | 'orgId'>,
): SameOffice | null {
  if (acceptor.userId !== null && item.submittedBy === acceptor.userId) return 'same_person';
  if (acceptor.orgId === item.orgId) return 'same_office';
  return null;
}

/** The note the acceptance step records (null when another office accepts). */
export const sameOfficeNote = (kind: SameOffice | null) => (kind ? NOTES[kind] : null);

export const sameOfficeSchema = z
  .object({
    kind: z.enum(['same_person', 'same_office']),
    message: z.string(),
    acceptedBy: z.string().nullable(),
    at: z.string(),
  })
  .nullable()
  .describe('同一科室既送审又受理时的提示（已记入流转记录和审计日志）');

/** What the item's page says when the latest acceptance was by the submitting office or person. */
// tenancy: the item was loaded through scoped(); its steps and their actors are read by its id
export async function acceptanceBySameOffice(
  q: Q,
  item: { id: string; orgId: string; submittedBy: string | null },
): Promise<z.infer<typeof sameOfficeSchema>> {
  const step = await q
    .selectFrom('reviewSteps')
    .leftJoin('users', 'users.id', 'reviewSteps.actorUserId')
    .select(['reviewSteps.actorUserId', 'reviewSteps.actorName', 'reviewSteps.at', 'users.orgId'])
    .where('reviewSteps.itemId', '=', item.id)
    .where('reviewSteps.action', '=', 'accept')
    .orderBy('reviewSteps.at', 'desc')
    .orderBy('reviewSteps.id', 'desc')
    .executeTakeFirst();
  if (!step?.orgId) return null;
  const kind = sameOfficeOf(item, { userId: step.actorUserId, orgId: step.orgId });
  return kind ? { kind, message: NOTES[kind], acceptedBy: step.actorName, at: step.at } : null;
}
