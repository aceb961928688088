import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import type { OrgKind, OrgsTable } from '../../core/db/schema.js';
import type { Deps } from '../../core/deps.js';
import { badRequest, conflict, notFound } from '../../core/errors.js';
import { mutation, type MutationScope } from '../../core/mutation.js';
import { divisionSlice, normaliseDivisionCode } from './division-source.js';
import { KIND_LABELS } from './org-kinds.js';
import { findOrgByCode, findOrgById, indexOrg, insertOrg, orgsUnder } from './org.repository.js';

/** Which kinds may sit directly under which: the administrative hierarchy plus offices and outside bodies. */
const CHILD_KINDS: Record<OrgKind, OrgKind[]> = {
  province: ['city', 'unit', 'external'],
  city: ['county', 'unit', 'external'],
  county: ['town', 'unit', 'external'],
  town: ['village', 'community', 'unit', 'external'],
  village: [],
  community: [],
  unit: [],
  external: [],
};

/**
 * Loads a division and its ancestors and direct children from the national codes (e.g. 330282109 →
 * 浙江省/宁波市/慈溪市/桥头镇 and its 9 village-level units). Existing orgs are kept; returns how many were added.
 */
export async function importDivision(
  m: MutationScope,
  code: string,
): Promise<{ added: number; org: OrgsTable }> {
  const code12 = normaliseDivisionCode(code);
  if (!code12) throw badRequest(`行政区划代码格式有误：${code}（应为 2、4、6、9 或 12 位数字）`);
  let slice;
  try {
    slice = divisionSlice(code12);
  } catch (e) {
    throw notFound((e as Error).message);
  }
  let added = 0;
  const byCode = new Map<string, OrgsTable>();
  for (const [i, row] of slice.entries()) {
    let org = await findOrgByCode(m.trx, row.code);
    if (!org) {
      const parent = row.parentCode ? (byCode.get(row.parentCode) ?? null) : null;
      org = await insertOrg(m.trx, {
        code: row.code,
        name: row.name,
        kind: row.kind,
        parent,
        sortOrder: i,
        now: m.now,
      });
      added += 1;
    }
    byCode.set(row.code, org);
  }
  const target = byCode.get(code12);
  if (!target) throw notFound(`行政区划代码 ${code} 不存在`);
  if (added)
    await m.audit({
      action: 'org.division.imported',
      targetType: 'org',
      targetId: target.id,
      orgId: target.id,
      meta: { code: code12, added },
    });
  return { added, org: target };
}

export async function orgTree(deps: Deps, ctx: RequestContext) {
  const actor = authorize(ctx, 'org.read');
  return orgsUnder(deps.db.kysely, actor.scopePath);
}

interface CreateOrgInput {
  parentId: string;
  name: string;
  kind: OrgKind;
  code?: string | undefined;
}

/** Adds an office, an outside body or a village under an org the actor administers. */
export async function createOrg(deps: Deps, ctx: RequestContext, input: CreateOrgInput) {
  const actor = authorize(ctx, 'org.manage');
  return mutation(deps, ctx, async (m) => {
    const parent = await findOrgById(m.trx, input.parentId);
    if (!parent || !parent.path.startsWith(actor.scopePath))
      throw notFound('上级机构不存在或不在您的管辖范围内');
    if (!CHILD_KINDS[parent.kind].includes(input.kind)) {
      throw badRequest(`${KIND_LABELS[parent.kind]}下不能设立${KIND_LABELS[input.kind]}`, {
        allowed: CHILD_KINDS[parent.kind],
      });
    }
    const siblings = await m.trx
      .selectFrom('orgs')
      .select(['name', 'code'])
      .where('parentId', '=', parent.id)
      .execute();
    if (siblings.some((s) => s.name === input.name))
      throw conflict(`${parent.name}下已有名为“${input.name}”的机构`, 'DUPLICATE_NAME');
    const code = input.code ?? `${parent.code}-${String(siblings.length + 1).padStart(2, '0')}`;
    if (await findOrgByCode(m.trx, code))
      throw conflict(`机构代码 ${code} 已被使用`, 'DUPLICATE_CODE');
    const org = await insertOrg(m.trx, {
      code,
      name: input.name,
      kind: input.kind,
      parent,
      sortOrder: siblings.length,
      now: m.now,
    });
    await m.audit({
      action: 'org.org.created',
      targetType: 'org',
      targetId: org.id,
      orgId: org.id,
      changes: { name: { before: null, after: org.name }, kind: { before: null, after: org.kind } },
    });
    return org;
  });
}

export async function updateOrg(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  patch: {
    name?: string | undefined;
    active?: boolean | undefined;
    sortOrder?: number | undefined;
  },
) {
  const actor = authorize(ctx, 'org.manage');
  return mutation(deps, ctx, async (m) => {
    const org = await findOrgById(m.trx, id);
    if (!org || !org.path.startsWith(actor.scopePath)) throw notFound();
    const next = {
      name: patch.name ?? org.name,
      active: patch.active === undefined ? org.active : patch.active ? (1 as const) : (0 as const),
      sortOrder: patch.sortOrder ?? org.sortOrder,
    };
    const changes = Object.fromEntries(
      (['name', 'active', 'sortOrder'] as const)
        .filter((k) => next[k] !== org[k])
        .map((k) => [k, { before: org[k], after: next[k] }]),
    );
    if (!Object.keys(changes).length) return org;
    await m.trx
      .updateTable('orgs')
      .set({ ...next, updatedAt: m.now.toISOString() })
      .where('id', '=', id)
      .execute();
    const parent = org.parentId ? await findOrgById(m.trx, org.parentId) : undefined;
    await indexOrg(m.trx, { ...org, name: next.name }, parent?.name ?? '', m.now);
    await m.audit({
      action: 'org.org.updated',
      targetType: 'org',
      targetId: id,
      orgId: id,
      changes,
    });
    return { ...org, ...next };
  });
}
