import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import type { Q } from '../../../core/db/database.js';
import type { Deps } from '../../../core/deps.js';
import { badRequest } from '../../../core/errors.js';
import { mutation } from '../../../core/mutation.js';
import { pageTown } from '../../orgs/orgs.public.js';
import { ITEM_TYPES, ITEM_TYPE_KEYS } from '../review.enums.js';
import {
  resolveSettings,
  SETTING_SOURCES,
  settingRows,
  type ReviewSettings,
  type SettingPatch,
} from '../review.settings.js';

// tenancy: settings of the actor's own town

/** The effective settings of a town (defaults overlaid with its overrides). */
export async function settingsOf(q: Q, townId: string): Promise<ReviewSettings> {
  return resolveSettings(
    await q
      .selectFrom('reviewSettings')
      .select(['key', 'value'])
      .where('orgId', '=', townId)
      .execute(),
  );
}

/** What the town-required message names. */
const SETTINGS_RULE = '审查期限按乡镇设置';

export async function viewSettings(deps: Deps, ctx: RequestContext, orgId?: string) {
  const actor = authorize(ctx, 'review.item.read');
  const q = deps.db.kysely;
  const s = await settingsOf(q, (await pageTown(q, actor, orgId, SETTINGS_RULE)).id);
  return {
    periods: ITEM_TYPE_KEYS.map((type) => ({
      type,
      typeLabel: ITEM_TYPES[type],
      ...s.periods[type],
    })),
    pauseDuringCoReview: {
      value: s.pauseDuringCoReview,
      source: SETTING_SOURCES.pauseDuringCoReview,
    },
    tradingThresholdFen: {
      value: s.tradingThresholdFen,
      source: SETTING_SOURCES.tradingThresholdFen,
    },
    majorContractThresholdFen: {
      value: s.majorContractThresholdFen,
      source: SETTING_SOURCES.majorContractThresholdFen,
    },
    abilities: { manage: actor.permissions.has('review.settings.manage') },
  };
}

export async function updateSettings(
  deps: Deps,
  ctx: RequestContext,
  patch: SettingPatch,
  orgId?: string,
) {
  const actor = authorize(ctx, 'review.settings.manage');
  const rows = settingRows(patch);
  if (!rows.length) throw badRequest('没有需要保存的设置');
  const townId = (await pageTown(deps.db.kysely, actor, orgId, SETTINGS_RULE, 'write')).id;
  await mutation(deps, ctx, async (m) => {
    const before = await settingsOf(m.trx, townId);
    for (const r of rows) {
      await m.trx
        .insertInto('reviewSettings')
        .values({
          orgId: townId,
          key: r.key,
          value: r.value,
          updatedBy: actor.userId,
          updatedAt: m.now.toISOString(),
        })
        .onConflict((oc) =>
          oc.columns(['orgId', 'key']).doUpdateSet({
            value: r.value,
            updatedBy: actor.userId,
            updatedAt: m.now.toISOString(),
          }),
        )
        .execute();
    }
    const after = await settingsOf(m.trx, townId);
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const r of rows) {
      const pick = (s: ReviewSettings) =>
        r.key.startsWith('period.')
          ? s.periods[r.key.slice(7) as keyof typeof s.periods].days
          : s[r.key as 'pauseDuringCoReview'];
      changes[r.key] = { before: pick(before), after: pick(after) };
    }
    await m.audit({
      action: 'review.settings.updated',
      targetType: 'org',
      targetId: townId,
      orgId: townId,
      changes,
    });
  });
  return viewSettings(deps, ctx, townId);
}
