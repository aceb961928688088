import { can } from '../../core/authz/actor.js';
import type { ModuleDescriptor } from '../../core/module.js';
import { seedReviewNow } from './demo/review-demo.now.js';
import { seedReviewDemo } from './demo/review-demo.seed.js';
import { countyWorkFilter, ITEM_OWNER, loadItem, scopeKindOf } from './items/item.repository.js';
import { REVIEW_GRANTS } from './review.grants.js';
import { REVIEW_MIGRATIONS } from './review.migrations.js';
import { seesOnlyCountyWork } from './review.policy.js';
import { reviewRoutes } from './review.routes.js';
import { preReviewRoutes } from './rules/pre-review.routes.js';
import { REVIEW_INDICATORS } from './review.indicators.js';

/** 合法性审查 (issue 3). */
export const reviewModule: ModuleDescriptor = {
  name: 'review',
  indicators: REVIEW_INDICATORS,
  routes: [reviewRoutes, preReviewRoutes],
  grants: REVIEW_GRANTS,
  migrations: REVIEW_MIGRATIONS,
  demoSeed: seedReviewDemo,
  demoNow: seedReviewNow,
  // An item's files (materials, opinion letters, the filed text) are visible to whoever sees the item.
  fileOwners: {
    [ITEM_OWNER]: async (d, actor, ownerId) => {
      if (!can(actor, 'review.item.read')) return false;
      return loadItem(d.db.kysely, actor, ownerId).then(
        () => true,
        () => false,
      );
    },
  },
  searchTypes: [
    {
      entityType: ITEM_OWNER,
      label: '合法性审查事项',
      // Staff above the town find only the items that reached them (co-review, county filings), as they can open only those.
      // tenancy: narrows search entries that searchEntries() has already limited to the actor's org subtree.
      visibility: async (q, actor) =>
        seesOnlyCountyWork(actor, await scopeKindOf(q, actor))
          ? q.selectFrom('reviewItems').select('reviewItems.id').where(countyWorkFilter(q))
          : null,
    },
  ],
};
