import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import type { Deps } from '../../core/deps.js';
import { badRequest } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { mutation } from '../../core/mutation.js';
import { assertTownStaff } from '../../core/workflow/index.js';
import { pageTown } from '../orgs/orgs.public.js';
import { ENTERED_KEYS } from './entered.indicators.js';
import { getIndicators, RULE } from './report.service.js';

// tenancy: the entry is read and replaced within the page's town, through scoped()

interface EntryInput {
  orgId?: string | undefined;
  key: string;
  value: number;
  sourceDocument: string;
  sourceDate: string;
}

/**
 * Enters (or corrects) a figure no module records, with its source document and date. The old value
 * stays in the audit trail (the event's changes).
 */
export async function enterIndicator(
  deps: Deps,
  ctx: RequestContext,
  year: number,
  input: EntryInput,
) {
  const actor = authorize(ctx, 'report.edit');
  // Staff above the town supervise the report; they never write it (SUPERVISION_ONLY).
  assertTownStaff(actor, 'report.indicator.entered');
  const q = deps.db.kysely;
  if (!ENTERED_KEYS.has(input.key))
    throw badRequest(
      `指标“${input.key}”由系统按记录计算，不能录入`,
      { field: 'key' },
      'NOT_ENTERED',
    );
  const town = await pageTown(q, actor, input.orgId, RULE, 'write');
  await mutation(deps, ctx, async (m) => {
    const old = await scoped(m.trx, actor)
      .selectFrom('reportIndicatorEntries')
      .select(['id', 'value', 'sourceDocument'])
      .where('orgId', '=', town.id)
      .where('year', '=', year)
      .where('key', '=', input.key)
      .executeTakeFirst();
    const values = {
      value: String(input.value),
      sourceDocument: input.sourceDocument.trim(),
      sourceDate: input.sourceDate,
      enteredBy: actor.userId ?? 'system',
      enteredAt: m.now.toISOString(),
    };
    const id = old?.id ?? newId();
    if (old)
      await m.trx.updateTable('reportIndicatorEntries').set(values).where('id', '=', id).execute();
    else
      await m.trx
        .insertInto('reportIndicatorEntries')
        .values({ id, orgId: town.id, year, key: input.key, ...values })
        .execute();
    await m.audit({
      action: 'report.indicator.entered',
      targetType: 'report_indicator_entry',
      targetId: id,
      orgId: town.id,
      changes: { value: { before: old ? Number(old.value) : null, after: input.value } },
      meta: {
        year,
        key: input.key,
        sourceDocument: values.sourceDocument,
        sourceDate: input.sourceDate,
      },
    });
  });
  return getIndicators(deps, ctx, { year, orgId: input.orgId });
}
