import type { z } from 'zod';
import type { Deps } from '../../../core/deps.js';
import { notFound } from '../../../core/errors.js';
import { portalTownId } from '../quiz/portal-quiz.js';
import type { contentListQuery } from './content.schema.js';
import { presentContent } from './content.service.js';

// tenancy: the portal serves the portal town's published pieces only

/** Published pieces of the portal town, newest first, by kind, audience or topic. */
export async function publicContents(deps: Deps, f: z.infer<typeof contentListQuery>) {
  const townId = await portalTownId(deps);
  let base = deps.db.kysely
    .selectFrom('pufaContents')
    .selectAll()
    .where('orgId', '=', townId)
    .where('state', '=', 'published');
  if (f.kind) base = base.where('kind', '=', f.kind);
  if (f.audience) base = base.where('audience', '=', f.audience);
  if (f.topic) base = base.where('topic', '=', f.topic);
  const rows = await base.orderBy('publishedOn', 'desc').limit(100).execute();
  return { items: rows.map((r) => ({ ...presentContent(r), body: r.body.slice(0, 120) })) };
}

/**
 * One published piece, counting the read. The count is a single atomic UPDATE and no audit event:
 * a read changes no record anyone acts on, and one event per view would flood the town's chain.
 */
export async function publicContent(deps: Deps, id: string) {
  const townId = await portalTownId(deps);
  const res = await deps.db.kysely
    .updateTable('pufaContents')
    .set((eb) => ({ views: eb('views', '+', 1) }))
    .where('id', '=', id)
    .where('orgId', '=', townId)
    .where('state', '=', 'published')
    .returningAll()
    .executeTakeFirst();
  if (!res) throw notFound('内容不存在');
  return presentContent(res);
}
