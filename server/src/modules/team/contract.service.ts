import type { z } from 'zod';
import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import type { Deps } from '../../core/deps.js';
import { badRequest } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { mutation } from '../../core/mutation.js';
import { readWithin } from '../orgs/orgs.public.js';
import { ownTown } from './own-town.js';
import type { contractBody, serviceLogBody } from './team.schema.js';
import { SERVICE_KINDS } from './team.vocabulary.js';

// tenancy: contracts are read through scoped(); service logs are their child rows

/** A legal-adviser contract (政府购买法律顾问服务): the firm, its team, the period and the scope. */
export async function addContract(
  deps: Deps,
  ctx: RequestContext,
  input: z.infer<typeof contractBody>,
) {
  const { townId } = ownTown(ctx, 'team.contract.add');
  const id = newId();
  await mutation(deps, ctx, async (m) => {
    await m.trx
      .insertInto('teamAdviserContracts')
      .values({
        id,
        orgId: townId,
        ...input,
        lawyers: JSON.stringify(input.lawyers),
        createdAt: m.now.toISOString(),
      })
      .execute();
    await m.audit({
      action: 'team.contract.added',
      orgId: townId,
      targetType: 'team_contract',
      targetId: id,
      meta: { firm: input.firm, startsOn: input.startsOn, endsOn: input.endsOn },
    });
  });
  return { id };
}

/** The adviser's service log: a meeting attended, an opinion given … within the contract's period. */
export async function addServiceLog(
  deps: Deps,
  ctx: RequestContext,
  contractId: string,
  input: z.infer<typeof serviceLogBody>,
) {
  const actor = authorize(ctx, 'team.manage');
  const contract = await scoped(deps.db.kysely, actor).getById('teamAdviserContracts', contractId);
  ownTown(ctx, 'team.service.log');
  if (input.servedOn < contract.startsOn || input.servedOn > contract.endsOn)
    throw badRequest(
      `服务日期不在合同服务期（${contract.startsOn} 至 ${contract.endsOn}）内`,
      { field: 'servedOn' },
      'OUTSIDE_CONTRACT',
    );
  const id = newId();
  await mutation(deps, ctx, async (m) => {
    await m.trx
      .insertInto('teamAdviserLogs')
      .values({ id, orgId: contract.orgId, contractId, ...input, createdAt: m.now.toISOString() })
      .execute();
    await m.audit({
      action: 'team.service.logged',
      orgId: contract.orgId,
      targetType: 'team_contract',
      targetId: contractId,
      meta: { kind: input.kind, servedOn: input.servedOn },
    });
  });
  return { id };
}

/** Contracts in force at some point of the year (or all), each with its service log summed by kind. */
export async function listContracts(
  deps: Deps,
  ctx: RequestContext,
  f: { year?: number | undefined; orgId?: string | undefined },
) {
  authorize(ctx, 'team.read');
  const q = deps.db.kysely;
  const within = await readWithin(q, ctx, f.orgId);
  let base = scoped(q, within.actor!).selectFrom('teamAdviserContracts').selectAll();
  if (f.year)
    base = base.where('startsOn', '<=', `${f.year}-12-31`).where('endsOn', '>=', `${f.year}-01-01`);
  const rows = await base.orderBy('startsOn').orderBy('id').execute();
  const logs = rows.length
    ? await q
        .selectFrom('teamAdviserLogs')
        .select(['contractId', 'kind', 'servedOn', 'summary', 'minutes'])
        .where(
          'contractId',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('servedOn')
        .execute()
    : [];
  return {
    items: rows.map((r) => {
      const mine = logs.filter((l) => l.contractId === r.id);
      return {
        id: r.id,
        firm: r.firm,
        teamName: r.teamName,
        lawyers: JSON.parse(r.lawyers) as string[],
        scope: r.scope,
        startsOn: r.startsOn,
        endsOn: r.endsOn,
        services: mine.length,
        serviceHours: Math.round((mine.reduce((n, l) => n + l.minutes, 0) / 60) * 10) / 10,
        logs: mine.map((l) => ({ ...l, kindLabel: SERVICE_KINDS[l.kind] })),
      };
    }),
  };
}
