import type { RequestContext } from '../../../core/authz/actor.js';
import { scoped } from '../../../core/authz/scope.js';
import type { Q } from '../../../core/db/database.js';
import type { Deps } from '../../../core/deps.js';
import { conflict, notFound } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { mutation, type MutationScope } from '../../../core/mutation.js';
import {
  AID_ART,
  DEFAULT_WINDOWS,
  WINDOW_KINDS,
  type WindowKind,
} from '../legal-services.vocabulary.js';
import type { LegalServiceWindowsTable } from '../legal-services.tables.js';
import { stationActor, stationTown } from './station-town.js';

// tenancy: reads start from scoped() or name the town pageTown() checked

export const presentWindow = (w: LegalServiceWindowsTable) => ({
  id: w.id,
  code: w.code,
  name: w.name,
  kind: w.kind,
  kindLabel: WINDOW_KINDS[w.kind],
  active: w.active === 1,
  sortOrder: w.sortOrder,
});

export const townWindows = (q: Q, townId: string) =>
  q
    .selectFrom('legalServiceWindows')
    .selectAll()
    .where('orgId', '=', townId)
    .orderBy('sortOrder')
    .orderBy('code')
    .execute();

export async function listWindows(deps: Deps, ctx: RequestContext, orgId?: string) {
  const { town } = await stationTown(deps, ctx, 'legal_services.station.read', orgId);
  const rows = await townWindows(deps.db.kysely, town.id);
  return { town: town.name, items: rows.map(presentWindow), basis: AID_ART.station };
}

/** A window of the caller's town, in scope, or 404. */
export async function windowOf(q: Q, ctx: RequestContext, id: string) {
  const row = await scoped(q, ctx.actor!)
    .selectFrom('legalServiceWindows')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('该窗口不存在或不在您的管辖范围内');
  return row;
}

interface WindowInput {
  code: string;
  name: string;
  kind: WindowKind;
}

async function insertWindow(m: MutationScope, townId: string, w: WindowInput, sortOrder: number) {
  const taken = await m.trx
    .selectFrom('legalServiceWindows')
    .select('id')
    .where('orgId', '=', townId)
    .where('code', '=', w.code)
    .executeTakeFirst();
  if (taken) throw conflict(`窗口编号 ${w.code} 已被使用`, 'WINDOW_CODE_TAKEN');
  const at = m.now.toISOString();
  const row: LegalServiceWindowsTable = {
    id: newId(),
    orgId: townId,
    ...w,
    active: 1,
    sortOrder,
    createdAt: at,
    updatedAt: at,
  };
  await m.trx.insertInto('legalServiceWindows').values(row).execute();
  await m.audit({
    action: 'legal_services.window.created',
    targetType: 'legal_service_window',
    targetId: row.id,
    orgId: townId,
    meta: { code: w.code, name: w.name, kind: w.kind },
  });
  return row;
}

/** Opens a window of any kind ("X" included) with its ticket prefix. */
export async function createWindow(deps: Deps, ctx: RequestContext, input: WindowInput) {
  const { townId } = stationActor(
    ctx,
    'legal_services.window.manage',
    'legal_services.window.create',
  );
  return mutation(deps, ctx, async (m) => {
    const n = (await townWindows(m.trx, townId)).length;
    return presentWindow(await insertWindow(m, townId, input, n + 1));
  });
}

/** The "3+X" windows a station starts with (法律咨询、人民调解、法律服务 + 综合受理), where none exist yet. */
export async function openDefaultWindows(deps: Deps, ctx: RequestContext) {
  const { townId } = stationActor(
    ctx,
    'legal_services.window.manage',
    'legal_services.window.create',
  );
  return mutation(deps, ctx, async (m) => {
    if ((await townWindows(m.trx, townId)).length > 0)
      throw conflict('本站已设置窗口，请逐个新增', 'WINDOWS_EXIST');
    const out = [];
    for (const [i, w] of DEFAULT_WINDOWS.entries())
      out.push(presentWindow(await insertWindow(m, townId, w, i + 1)));
    return { items: out };
  });
}

/** Renames a window, changes its kind, or closes / reopens it. */
export async function updateWindow(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { name?: string | undefined; kind?: WindowKind | undefined; active?: boolean | undefined },
) {
  stationActor(ctx, 'legal_services.window.manage', 'legal_services.window.update');
  return mutation(deps, ctx, async (m) => {
    const before = await windowOf(m.trx, ctx, id);
    const patch = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.active !== undefined ? { active: (input.active ? 1 : 0) as 0 | 1 } : {}),
      updatedAt: m.now.toISOString(),
    };
    await m.trx.updateTable('legalServiceWindows').set(patch).where('id', '=', id).execute();
    await m.audit({
      action: 'legal_services.window.updated',
      targetType: 'legal_service_window',
      targetId: id,
      orgId: before.orgId,
      meta: { name: input.name, kind: input.kind, active: input.active },
    });
    return presentWindow({ ...before, ...patch } as LegalServiceWindowsTable);
  });
}
