import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { visibleOrgIds } from '../../core/authz/scope.js';
import { SYSTEM_CHAIN } from '../../core/audit/record.js';
import { signAnchors } from '../../core/audit/anchors.js';
import { verifyChains } from '../../core/audit/verify.js';
import { conflict } from '../../core/errors.js';
import type { Q } from '../../core/db/database.js';
import type { Deps } from '../../core/deps.js';
import { inPages } from '../../core/documents/row-pages.js';
import { mutation } from '../../core/mutation.js';
import type { Actor } from '../../core/authz/actor.js';

interface EventFilter {
  action?: string | undefined;
  actor?: string | undefined;
  targetType?: string | undefined;
  targetId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** Start of a legal day in Asia/Shanghai as a UTC instant. */
const dayStart = (d: string) => new Date(`${d}T00:00:00+08:00`).toISOString();
const nextDayStart = (d: string) =>
  new Date(Date.parse(`${d}T00:00:00+08:00`) + 86_400_000).toISOString();

/** Events of orgs in the reader's subtree, plus system-wide events (no org). */
function eventQuery(q: Q, actor: Actor, f: EventFilter) {
  let query = q
    // tenancy: filtered below by visibleOrgIds (plus system events without an org)
    .selectFrom('auditEvents')
    .leftJoin('orgs', 'orgs.id', 'auditEvents.orgId')
    .where((eb) =>
      eb.or([
        eb('auditEvents.orgId', 'is', null),
        eb('auditEvents.orgId', 'in', visibleOrgIds(q, actor)),
      ]),
    );
  if (f.action) query = query.where('auditEvents.action', 'like', `${f.action}%`);
  if (f.actor) query = query.where('auditEvents.actorName', '=', f.actor);
  if (f.targetType) query = query.where('auditEvents.targetType', '=', f.targetType);
  if (f.targetId) query = query.where('auditEvents.targetId', '=', f.targetId);
  if (f.from) query = query.where('auditEvents.at', '>=', dayStart(f.from));
  if (f.to) query = query.where('auditEvents.at', '<', nextDayStart(f.to));
  return query;
}

const COLUMNS = [
  'auditEvents.id',
  'auditEvents.chainId',
  'auditEvents.seq',
  'auditEvents.at',
  'auditEvents.actorName',
  'auditEvents.ip',
  'orgs.name as orgName',
  'auditEvents.action',
  'auditEvents.targetType',
  'auditEvents.targetId',
  'auditEvents.changes',
  'auditEvents.basis',
  'auditEvents.meta',
] as const;

type Row = { changes: string | null; meta: string | null; seq: number } & Record<string, unknown>;
const present = <T extends Row>(r: T) => ({
  ...r,
  seq: Number(r.seq),
  changes: r.changes ? JSON.parse(r.changes) : null,
  meta: r.meta ? JSON.parse(r.meta) : null,
});

export async function listEvents(
  deps: Deps,
  ctx: RequestContext,
  f: EventFilter & { page: number; pageSize: number },
) {
  const actor = authorize(ctx, 'audit.event.read');
  const base = eventQuery(deps.db.kysely, actor, f);
  const [{ n }, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .select([...COLUMNS])
      .orderBy('auditEvents.at', 'desc')
      .orderBy('auditEvents.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
  ]);
  return { items: rows.map(present), total: Number(n), page: f.page, pageSize: f.pageSize };
}

/**
 * Every matching event, newest first, read a page at a time (for the XLSX export). Authorises now,
 * before the caller starts streaming a 200 response.
 */
export async function streamEvents(deps: Deps, ctx: RequestContext, f: EventFilter) {
  const actor = authorize(ctx, 'audit.event.read');
  return inPages(async (offset, limit) =>
    (
      await eventQuery(deps.db.kysely, actor, f)
        .select([...COLUMNS])
        .orderBy('auditEvents.at', 'desc')
        .orderBy('auditEvents.id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute()
    ).map(present),
  );
}

/** The chains the reader may see, with their names: their towns' and the system chain. */
async function visibleChains(deps: Deps, actor: Actor): Promise<Map<string, string>> {
  const orgs = await deps.db.kysely
    .selectFrom('orgs')
    .select(['id', 'name', 'kind', 'townId'])
    .where('path', 'like', `${actor.scopePath}%`)
    .execute();
  const chainNames = new Map<string, string>([[SYSTEM_CHAIN, '系统']]);
  for (const o of orgs) if (o.kind === 'town' || !o.townId) chainNames.set(o.id, o.name);
  return chainNames;
}

/** Verifies the chains the reader may see; the check itself is traced. */
export async function verifyVisibleChains(deps: Deps, ctx: RequestContext) {
  const actor = authorize(ctx, 'audit.chain.verify');
  const chainNames = await visibleChains(deps, actor);
  const reports = await verifyChains(deps.db.kysely, deps.secrets.audit.chainKey, [
    ...chainNames.keys(),
  ]);
  const ok = reports.every((r) => r.ok);
  const checkedAt = deps.time.now().toISOString();
  const unprotected = reports.filter((r) => r.unprotected).map((r) => r.chainId);
  await mutation(deps, ctx, (m) =>
    m.audit({
      action: 'audit.chain.verified',
      meta: {
        ok,
        chains: reports.length,
        events: reports.reduce((a, r) => a + r.events, 0),
        broken: reports.filter((r) => !r.ok).map((r) => r.chainId),
        unprotected,
      },
    }),
  );
  return {
    ok,
    checkedAt,
    chains: reports.map(({ tail: _t, ...r }) => ({
      ...r,
      name: chainNames.get(r.chainId) ?? r.chainId,
    })),
  };
}

/**
 * 锚点: the verified end of every chain the reader may see, SM2-signed with the deployment's anchor key,
 * for the audit admin to keep outside the database. Only an intact chain is anchored, so a broken one
 * refuses the whole export; the export is traced.
 */
export async function exportAnchors(deps: Deps, ctx: RequestContext) {
  const actor = authorize(ctx, 'audit.chain.verify');
  const chainNames = await visibleChains(deps, actor);
  const reports = await verifyChains(deps.db.kysely, deps.secrets.audit.chainKey, [
    ...chainNames.keys(),
  ]);
  const broken = reports.filter((r) => !r.ok);
  if (broken.length) {
    throw conflict('有哈希链校验未通过，不能为其签发锚点；请先校验并处置', 'AUDIT_CHAIN_BROKEN', {
      broken: broken.map((r) => ({
        chainId: r.chainId,
        name: chainNames.get(r.chainId) ?? r.chainId,
        seq: r.break!.seq,
        message: r.break!.message,
      })),
    });
  }
  const anchors = reports.flatMap((r) => (r.tail ? [{ chainId: r.chainId, ...r.tail }] : []));
  const issuedAt = deps.time.now().toISOString();
  const file = signAnchors(anchors, issuedAt, actor.name, deps.secrets.audit.anchorKeys());
  await mutation(deps, ctx, (m) =>
    m.audit({
      action: 'audit.anchors.exported',
      meta: { issuedAt, chains: anchors.length, events: anchors.reduce((a, x) => a + x.seq, 0) },
    }),
  );
  return file;
}
