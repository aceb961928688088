import { assertTownStaff } from '../../../core/workflow/index.js';
import type { z } from 'zod';
import { canSeeOrgPath, type RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import type { Deps } from '../../../core/deps.js';
import { mutation } from '../../../core/mutation.js';
import { pageTown } from '../../orgs/orgs.public.js';
import type { frequencyBody, villageSettingsBody } from './village.schema.js';
import { villageOf, villagesOfTown } from './village-org.js';
import { frequencies, villageSettings, VILLAGE_DEFAULTS } from './village-settings.js';
import {
  AFFAIR_CATEGORY_KEYS,
  FREQUENCY_BASIS,
  type AffairCategory,
  type Frequency,
} from './village-vocabulary.js';

/** What the town-required message names. */
const RULE = '村务公开规则按乡镇设置';

/** The town's [U] settings and every village's frequencies, with the defaults and their sources. */
export async function getVillageRules(deps: Deps, ctx: RequestContext, orgId?: string) {
  const actor = authorize(ctx, 'village_affairs.item.read');
  const q = deps.db.kysely;
  // A village cadre reads the town's settings that bind their village, and only their village's frequencies.
  const town = await pageTown(q, actor, orgId, RULE);
  const villages = (await villagesOfTown(q, town.id)).filter((v) => canSeeOrgPath(actor, v.path));
  const freqOf = await frequencies(
    q,
    villages.map((v) => v.id),
  );
  return {
    townId: town.id,
    settings: await villageSettings(q, town.id),
    defaults: VILLAGE_DEFAULTS,
    basis: FREQUENCY_BASIS,
    villages: villages.map((v) => ({
      id: v.id,
      name: v.name,
      frequencies: Object.fromEntries(
        AFFAIR_CATEGORY_KEYS.map((c) => [c, freqOf(v.id, c)]),
      ) as Record<AffairCategory, Frequency>,
    })),
  };
}

export async function saveVillageSettings(
  deps: Deps,
  ctx: RequestContext,
  input: z.infer<typeof villageSettingsBody>,
  orgId?: string,
) {
  const actor = authorize(ctx, 'village_affairs.rules.manage');
  await mutation(deps, ctx, async (m) => {
    const town = await pageTown(m.trx, actor, orgId, RULE, 'write');
    assertTownStaff(actor, 'configure');
    const before = await villageSettings(m.trx, town.id);
    const row = { ...input, updatedBy: actor.userId, updatedAt: m.now.toISOString() };
    await m.trx
      .insertInto('villageAffairsSettings')
      .values({ orgId: town.id, ...row })
      .onConflict((oc) => oc.column('orgId').doUpdateSet(row))
      .execute();
    const keys = Object.keys(input) as (keyof typeof input)[];
    await m.audit({
      action: 'village_affairs.settings.updated',
      targetType: 'village_affairs_settings',
      targetId: town.id,
      orgId: town.id,
      changes: Object.fromEntries(
        keys
          .filter((k) => before[k] !== input[k])
          .map((k) => [k, { before: before[k], after: input[k] }]),
      ),
    });
  });
}

/** 集体财务往来较多的村 publish finances monthly (第三十条第二款): set per village and category. */
export async function saveFrequency(
  deps: Deps,
  ctx: RequestContext,
  villageId: string,
  input: z.infer<typeof frequencyBody>,
) {
  const actor = authorize(ctx, 'village_affairs.rules.manage');
  await mutation(deps, ctx, async (m) => {
    const village = await villageOf(m.trx, actor, villageId);
    assertTownStaff(actor, 'configure');
    const before = (await frequencies(m.trx, [village.id]))(village.id, input.category);
    const row = {
      frequency: input.frequency,
      updatedBy: actor.userId,
      updatedAt: m.now.toISOString(),
    };
    await m.trx
      .insertInto('villagePublicationRules')
      .values({ orgId: village.id, category: input.category, ...row })
      .onConflict((oc) => oc.columns(['orgId', 'category']).doUpdateSet(row))
      .execute();
    await m.audit({
      action: 'village_affairs.frequency.updated',
      targetType: 'village_publication_rule',
      targetId: `${village.id}:${input.category}`,
      orgId: village.id,
      basis: FREQUENCY_BASIS,
      changes: { frequency: { before, after: input.frequency } },
      meta: { category: input.category },
    });
  });
}
