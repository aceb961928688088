import { z } from 'zod';
import { can } from '../../core/authz/actor.js';
import { registerFileOwner } from '../../core/files/owners.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { registerSearchType } from '../search/search-types.js';
import { decisionRoutes } from './decision/decision.routes.js';
import { fcrRoutes } from './fcr/fcr.routes.js';
import { countyWorkFilter, ITEM_OWNER, loadItem, scopeKindOf } from './items/item.repository.js';
import { seesOnlyCountyWork } from './review.policy.js';
import { itemRoutes } from './items/item.routes.js';
import { ledgerRoutes } from './ledger/ledger.routes.js';
import { reviewMeta } from './review.meta.js';
import { settingsRoutes } from './settings/settings.routes.js';
import { workRoutes } from './work/work.routes.js';

/** 合法性审查: every route of the module, its attachments and its search entries. */
export const reviewRoutes: RoutesPlugin = async (api, deps) => {
  // Staff above the town find only the items that reached them (co-review, county filings), as they can open only those.
  // tenancy: narrows search entries that searchEntries() has already limited to the actor's org subtree.
  registerSearchType(ITEM_OWNER, '合法性审查事项', async (q, actor) =>
    seesOnlyCountyWork(actor, await scopeKindOf(q, actor)) ? q.selectFrom('reviewItems').select('reviewItems.id').where(countyWorkFilter(q)) : null,
  );
  // An item's files (materials, opinion letters, the filed text) are visible to whoever sees the item.
  registerFileOwner(ITEM_OWNER, async (d, actor, ownerId) => {
    if (!can(actor, 'review.item.read')) return false;
    return loadItem(d.db.kysely, actor, ownerId).then(
      () => true,
      () => false,
    );
  });
  api.get('/review/meta', { schema: { tags: ['合法性审查'], summary: '事项类型、状态、审查结论、材料清单等选项及中文名称', response: { 200: z.record(z.string(), z.unknown()) } } }, async () => reviewMeta());
  for (const routes of [itemRoutes, workRoutes, decisionRoutes, ledgerRoutes, fcrRoutes, settingsRoutes]) await routes(api, deps);
};
