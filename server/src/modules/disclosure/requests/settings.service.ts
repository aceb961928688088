import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import type { Deps } from '../../../core/deps.js';
import { ruleViolation } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { loadSettings, reviewAuthorityOf, SETTING_SOURCES, type RequestSettings } from './request-settings.js';

async function townOf(deps: Deps, orgId: string): Promise<string> {
  const org = await deps.db.kysely.selectFrom('orgs').select('townId').where('id', '=', orgId).executeTakeFirstOrThrow();
  if (!org.townId) throw ruleViolation('依申请公开的办理参数按乡镇设置，请以乡镇工作人员身份操作', 'NOT_A_TOWN');
  return org.townId;
}

/** The town's settings with the source of each default, and the review authority the letters will name. */
export async function getSettings(deps: Deps, ctx: RequestContext) {
  const actor = authorize(ctx, 'disclosure.request.read');
  const townId = await townOf(deps, actor.orgId);
  const settings = await loadSettings(deps.db.kysely, townId);
  return { ...settings, effectiveReviewAuthority: await reviewAuthorityOf(deps.db.kysely, townId, settings), sources: SETTING_SOURCES };
}

export async function updateSettings(deps: Deps, ctx: RequestContext, body: Omit<RequestSettings, 'feePeriodFrom' | 'feeCountScope'> & Partial<Pick<RequestSettings, 'feePeriodFrom' | 'feeCountScope'>>) {
  const actor = authorize(ctx, 'disclosure.request.settings');
  const townId = await townOf(deps, actor.orgId);
  await mutation(deps, ctx, async (m) => {
    const before = await loadSettings(m.trx, townId);
    const input: RequestSettings = { ...body, feePeriodFrom: body.feePeriodFrom ?? before.feePeriodFrom, feeCountScope: body.feeCountScope ?? before.feeCountScope };
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
    const after: RequestSettings = { ...input, reviewAuthority: row.reviewAuthority, court: row.court };
    const changed = (Object.keys(after) as (keyof RequestSettings)[]).filter((k) => before[k] !== after[k]);
    const changes = Object.fromEntries(changed.map((k) => [k, { before: before[k], after: after[k] }]));
    await m.audit({ action: 'disclosure.settings.updated', targetType: 'org', targetId: townId, orgId: townId, changes });
  });
  return getSettings(deps, ctx);
}
