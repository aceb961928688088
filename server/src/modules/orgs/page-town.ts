import { z } from 'zod';
import type { Actor, RequestContext } from '../../core/authz/actor.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import { badRequest, notFound } from '../../core/errors.js';

export interface TownRef {
  id: string;
  code: string;
  name: string;
}

/** The town an org belongs to (itself, for a town), or null above the town level. */
export async function townOfOrg(q: Q, orgId: string): Promise<TownRef | null> {
  const org = await q
    .selectFrom('orgs')
    .select('townId')
    .where('id', '=', orgId)
    .executeTakeFirst();
  if (!org) throw notFound('机构不存在');
  return org.townId
    ? q
        .selectFrom('orgs')
        .select(['id', 'code', 'name'])
        .where('id', '=', org.townId)
        .executeTakeFirstOrThrow()
    : null;
}

/**
 * Which town a per-town page (the disclosure guide, 表二, the annual report, village-affairs rules and
 * board, review and request settings) is for. Staff above the town choose one with `orgId` (a town, or
 * an office or village of one, in their scope; outside it is a 404); town and village staff leave it
 * out and get their own town. `rule` says what is kept per town, e.g. '年度报告按乡镇编制'. A write
 * also needs the town itself in scope: a village cadre reads the town's rules that bind the village
 * but cannot change them.
 */
export async function pageTown(
  q: Q,
  actor: Actor,
  orgId: string | undefined,
  rule: string,
  mode: 'read' | 'write' = 'read',
): Promise<TownRef> {
  if (orgId) await scoped(q, actor).assertOrgVisible(orgId);
  const town = await townOfOrg(q, orgId ?? actor.orgId);
  if (!town) throw badRequest(`${rule}：请在页面顶部选择乡镇`, { field: 'orgId' }, 'TOWN_REQUIRED');
  if (mode === 'write') await scoped(q, actor).assertOrgVisible(town.id);
  return town;
}

/**
 * The request's context seeing only one org's subtree (a town chosen in the header, or an office or
 * village of it), for reads of lists and figures; without `orgId`, the caller's whole scope. Outside the
 * caller's scope is a 404. Reads only: steps run with the caller's own context, whose place above the
 * town is what refuses them (SUPERVISION_ONLY).
 */
export async function readWithin(
  q: Q,
  ctx: RequestContext,
  orgId: string | undefined,
): Promise<RequestContext> {
  if (!orgId || !ctx.actor) return ctx;
  const org = await scoped(q, ctx.actor).assertOrgVisible(orgId);
  return { ...ctx, actor: { ...ctx.actor, scopePath: org.path } };
}

/** The `orgId` query field of a list or figures page that staff above the town filter by town. */
export const townFilter = z
  .string()
  .uuid('机构编号格式有误')
  .optional()
  .describe('县级及以上人员：只看所选乡镇（或其下属单位、村）');
