import type { RequestContext } from '../../core/authz/actor.js';
import { requireActor } from '../../core/authz/authorize.js';
import { maskPhone } from '../../core/crypto/mask.js';
import type { Deps } from '../../core/deps.js';
import { notFound } from '../../core/errors.js';
import { offsetOf } from '../../core/http/paging.js';
import { mutation } from '../../core/mutation.js';

/** A mobile number anywhere in a notice's text is shown masked in lists. */
const maskPhones = (text: string | null) =>
  text && text.replace(/(?<!\d)1[3-9]\d{9}(?!\d)/g, (p) => maskPhone(p));

const userOf = (ctx: RequestContext) => {
  const actor = requireActor(ctx);
  if (!actor.userId) throw notFound();
  return actor.userId;
};

/** The caller's own notices, newest first, with the unread count. */
export async function listNotifications(
  deps: Deps,
  ctx: RequestContext,
  query: { unread?: boolean | undefined; page: number; pageSize: number },
) {
  const userId = userOf(ctx);
  const q = deps.db.kysely;
  // tenancy: a person's own notices only
  const mine = q.selectFrom('notifications').where('userId', '=', userId);
  const filtered = query.unread ? mine.where('readAt', 'is', null) : mine;
  const [rows, total, unread] = await Promise.all([
    filtered
      .select(['id', 'kind', 'title', 'body', 'link', 'readAt', 'createdAt'])
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(query.pageSize)
      .offset(offsetOf(query))
      .execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    mine
      .where('readAt', 'is', null)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({ ...r, title: maskPhones(r.title)!, body: maskPhones(r.body) })),
    total: Number(total.n),
    unread: Number(unread.n),
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Marks one of the caller's notices read (again is harmless); anyone else's is 404. */
export async function markRead(deps: Deps, ctx: RequestContext, id: string) {
  const userId = userOf(ctx);
  return mutation(deps, ctx, async (m) => {
    const row = await m.trx
      // tenancy: the caller's own notice
      .selectFrom('notifications')
      .select(['id', 'readAt'])
      .where('id', '=', id)
      .where('userId', '=', userId)
      .executeTakeFirst();
    if (!row) throw notFound('消息不存在');
    const readAt = row.readAt ?? m.now.toISOString();
    if (!row.readAt)
      await m.trx.updateTable('notifications').set({ readAt }).where('id', '=', id).execute();
    await m.audit({ action: 'notification.item.read', targetType: 'notification', targetId: id });
    return { id, readAt };
  });
}

/** Marks every unread notice of the caller read. */
export async function markAllRead(deps: Deps, ctx: RequestContext) {
  const userId = userOf(ctx);
  return mutation(deps, ctx, async (m) => {
    const r = await m.trx
      // tenancy: the caller's own notices
      .updateTable('notifications')
      .set({ readAt: m.now.toISOString() })
      .where('userId', '=', userId)
      .where('readAt', 'is', null)
      .executeTakeFirst();
    const marked = Number(r.numUpdatedRows);
    await m.audit({ action: 'notification.all.read', meta: { marked } });
    return { marked };
  });
}
