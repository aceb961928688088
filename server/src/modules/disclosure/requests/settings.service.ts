import { assertTownStaff } from '../../../core/workflow/index.js';
import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import type { Deps } from '../../../core/deps.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { pageTown } from '../../orgs/orgs.public.js';
import {
  loadSettings,
  reviewAuthorityOf,
  SETTING_SOURCES,
  type RequestSettings,
} from './request-settings.js';

const RULE = '依申请公开的办理参数按乡镇设置';

/** The town's settings (county staff choose the town) with each default's source and the review authority the letters name. */
export async function getSettings(deps: Deps, ctx: RequestContext, orgId?: string) {
  const actor = authorize(ctx, 'disclosure.request.read');
  const townId = (await pageTown(deps.db.kysely, actor, orgId, RULE)).id;
  const settings = await loadSettings(deps.db.kysely, townId);
  return {
    ...settings,
    effectiveReviewAuthority: await reviewAuthorityOf(deps.db.kysely, townId, settings),
    sources: SETTING_SOURCES,
  };
}

export async function updateSettings(
  deps: Deps,
  ctx: RequestContext,
  body: Omit<RequestSettings, 'feePeriodFrom' | 'feeCountScope'> &
    Partial<Pick<RequestSettings, 'feePeriodFrom' | 'feeCountScope'>>,
  orgId?: string,
) {
  const actor = authorize(ctx, 'disclosure.request.settings');
  const townId = (await pageTown(deps.db.kysely, actor, orgId, RULE, 'write')).id;
  assertTownStaff(actor, 'configure');
  await mutation(deps, ctx, async (m) => {
    const before = await loadSettings(m.trx, townId);
    const input: RequestSettings = {
      ...body,
      feePeriodFrom: body.feePeriodFrom ?? before.feePeriodFrom,
      feeCountScope: body.feeCountScope ?? before.feeCountScope,
    };
    const row = {
      feeNoticePausesClock: input.feeNoticePausesClock ? (1 as const) : (0 as const),
      correctionPeriodDays: input.correctionPeriodDays,
      feePaymentDays: input.feePaymentDays,
      feePeriodFrom: input.feePeriodFrom,
      feeCountScope: input.feeCountScope,
      reviewAuthority: input.reviewAuthority || null,
      court: input.court || null,
      updatedBy: actor.userId,
      updatedAt: m.now.toISOString(),
    };
    await m.trx
      .insertInto('disclosureRequestSettings')
      .values({ id: newId(), orgId: townId, ...row })
      .onConflict((oc) => oc.column('orgId').doUpdateSet(row))
      .execute();
    const after: RequestSettings = {
      ...input,
      reviewAuthority: row.reviewAuthority,
      court: row.court,
    };
    const changed = (Object.keys(after) as (keyof RequestSettings)[]).filter(
      (k) => before[k] !== after[k],
    );
    const changes = Object.fromEntries(
      changed.map((k) => [k, { before: before[k], after: after[k] }]),
    );
    await m.audit({
      action: 'disclosure.settings.updated',
      targetType: 'org',
      targetId: townId,
      orgId: townId,
      changes,
    });
  });
  return getSettings(deps, ctx, townId);
}
