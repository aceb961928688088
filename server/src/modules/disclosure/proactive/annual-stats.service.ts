import { assertTownStaff } from '../../../core/workflow/index.js';
import { z } from 'zod';
import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import type { Deps } from '../../../core/deps.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { proactiveTableFigures } from './annual-figures.js';
import { pageTown } from '../../orgs/orgs.public.js';

/** What the town-required message names. */
const RULE = '年度统计数字按乡镇填报';

const count = (what: string) =>
  z.number().int(`${what}应为整数`).min(0, `${what}不能为负数`).max(1_000_000).describe(what);
const source = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `请注明${what}的数据来源`)
    .max(300)
    .describe(`${what}的数据来源（台账、系统、出具单位）`);

export const annualStatsBody = z
  .object({
    licensingDecisions: count('行政许可本年处理决定数量'),
    licensingSource: source('行政许可决定数'),
    penaltyDecisions: count('行政处罚本年处理决定数量'),
    penaltySource: source('行政处罚决定数'),
    coercionDecisions: count('行政强制本年处理决定数量'),
    coercionSource: source('行政强制决定数'),
    feesFen: z
      .number()
      .int('收费金额以分为单位，应为整数')
      .min(0)
      .max(1e13)
      .describe('行政事业性收费本年收费金额（分）'),
    feesSource: source('收费金额'),
  })
  .strict();
export const yearParams = z
  .object({
    year: z.coerce.number().int().min(2019, '年度不早于 2019 年（现行条例施行）').max(2100),
  })
  .strict();

/** 表二 of the actor's town (or a town in scope) for a year, with the sources of the entered figures. */
export async function getProactiveFigures(
  deps: Deps,
  ctx: RequestContext,
  year: number,
  orgId?: string,
) {
  const actor = authorize(ctx, 'disclosure.item.read');
  const q = deps.db.kysely;
  const town = await pageTown(q, actor, orgId, RULE);
  return {
    townId: town.id,
    townName: town.name,
    ...(await proactiveTableFigures(q, town.id, year)),
  };
}

/** Enters or corrects a year's figures; the trail keeps every previous value. */
export async function saveAnnualStats(
  deps: Deps,
  ctx: RequestContext,
  year: number,
  input: z.infer<typeof annualStatsBody>,
  orgId?: string,
) {
  const actor = authorize(ctx, 'disclosure.stats.manage');
  await mutation(deps, ctx, async (m) => {
    const town = await pageTown(m.trx, actor, orgId, RULE, 'write');
    assertTownStaff(actor, 'configure');
    // tenancy: the town pageTown() has checked is in the actor's scope
    const before = await m.trx
      .selectFrom('disclosureAnnualStats')
      .selectAll()
      .where('orgId', '=', town.id)
      .where('year', '=', year)
      .executeTakeFirst();
    const row = { ...input, enteredBy: actor.userId, updatedAt: m.now.toISOString() };
    await m.trx
      .insertInto('disclosureAnnualStats')
      .values({ id: newId(), orgId: town.id, year, ...row })
      .onConflict((oc) => oc.columns(['orgId', 'year']).doUpdateSet(row))
      .execute();
    const keys = Object.keys(input) as (keyof typeof input)[];
    const changes = Object.fromEntries(
      keys
        .filter((k) => String(before?.[k] ?? '') !== String(input[k]))
        .map((k) => [k, { before: before?.[k] ?? null, after: input[k] }]),
    );
    await m.audit({
      action: 'disclosure.annual_stats.saved',
      targetType: 'disclosure_annual_stats',
      targetId: `${town.id}:${year}`,
      orgId: town.id,
      changes,
      meta: { year },
      basis: '国办公开办函〔2021〕30号（表二）',
    });
  });
}
