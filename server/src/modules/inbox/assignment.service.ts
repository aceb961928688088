import { ROLES, type RoleKey } from '@fazhi/shared';
import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { roleHolders } from '../../core/authz/role-holders.js';
import { scoped } from '../../core/authz/scope.js';
import type { Deps } from '../../core/deps.js';
import { notFound, ruleViolation } from '../../core/errors.js';
import { mutation } from '../../core/mutation.js';
import { notify } from '../../core/notifications/notify.js';
import { assertTownStaff } from '../../core/workflow/index.js';

/** The most tasks one 分派 moves; a longer list is split by the page. */
export const MAX_ASSIGN = 100;

type Q = Deps['db']['kysely'];

const roleName = (role: string) => ROLES[role as RoleKey]?.name ?? role;

/**
 * The town's own holders of a role for an org (staff above the town supervise, they never take its
 * work), looked up once per org and role however many selected tasks share them.
 */
function townHolders(q: Q) {
  const seen = new Map<string, Promise<{ id: string; name: string }[]>>();
  return (orgId: string, role: string) => {
    const key = `${orgId}|${role}`;
    if (!seen.has(key))
      seen.set(
        key,
        roleHolders(q, orgId, role).then((hs) => hs.filter((h) => h.townId !== null)),
      );
    return seen.get(key)!;
  };
}

/** The role whose pool a task belongs to: its role, or the role it was taken from. */
const poolOf = (t: { assigneeRole: string | null; poolRole: string | null }) =>
  t.assigneeRole ?? t.poolRole;

/**
 * The tasks named, as the caller's inbox sees them: in the caller's subtree, and given to the caller
 * or to a role the caller holds. Any other id is a 404 for the whole batch.
 */
async function loadTasks(q: Q, ctx: RequestContext, ids: string[]) {
  const actor = authorize(ctx, 'task.assign');
  const rows = await scoped(q, actor)
    .selectFrom('tasks')
    .select([
      'id',
      'orgId',
      'title',
      'link',
      'assigneeUserId',
      'assigneeRole',
      'poolRole',
      'status',
    ])
    .where('id', 'in', ids)
    .execute();
  const mine = rows.filter((t) => {
    const role = poolOf(t);
    return t.assigneeUserId === actor.userId || (role && actor.roles.includes(role as RoleKey));
  });
  if (mine.length !== new Set(ids).size) throw notFound('所选待办不存在或您无权查看');
  return { actor, rows: mine };
}

/**
 * 分派: who may take every selected task — the holders of each task's role in its town (a task given
 * by the system to a named person, e.g. the reviewer of an item, is not in a pool and cannot be moved).
 */
export async function assignees(deps: Deps, ctx: RequestContext, ids: string[]) {
  const q = deps.db.kysely;
  const { rows } = await loadTasks(q, ctx, ids);
  const holders = townHolders(q);
  const lists = await Promise.all(
    rows.map(async (t) => {
      const role = poolOf(t);
      return role ? await holders(t.orgId, role) : [];
    }),
  );
  const [first = [], ...rest] = lists;
  const common = first
    .filter((h) => rest.every((l) => l.some((o) => o.id === h.id)))
    .map(({ id, name }) => ({ id, name }));
  return {
    items: common,
    roles: [...new Set(rows.map(poolOf).filter((r): r is string => !!r))].map((r) => ({
      key: r,
      label: roleName(r),
    })),
  };
}

/**
 * 分派 / 改派 / 退回岗位: hands the selected open tasks of one role's pool to one holder of that role
 * (userId), or puts them back in the pool (userId null). Only the town's own staff assign its work;
 * staff above the town supervise (SUPERVISION_ONLY). One transaction, one audit event per task, and
 * the new holder is notified.
 */
export async function assignTasks(
  deps: Deps,
  ctx: RequestContext,
  input: { ids: string[]; userId: string | null },
) {
  const q = deps.db.kysely;
  const { actor, rows } = await loadTasks(q, ctx, input.ids);
  const holders = townHolders(q);
  assertTownStaff(actor, 'task.assign');
  for (const t of rows) {
    if (t.status !== 'open')
      throw ruleViolation(`待办“${t.title}”已办结，不能分派`, 'TASK_CLOSED', { taskId: t.id });
    const role = poolOf(t);
    if (!role)
      throw ruleViolation(
        `待办“${t.title}”由系统指定给具体人员办理（如承办的审查人），不能改派`,
        'TASK_NOT_IN_POOL',
        { taskId: t.id },
      );
    if (input.userId && !(await holders(t.orgId, role)).some((h) => h.id === input.userId))
      throw ruleViolation(
        `所选人员不是待办“${t.title}”所属岗位（${roleName(role)}）的在岗人员`,
        'ASSIGNEE_NOT_IN_ROLE',
        { taskId: t.id, role },
      );
  }
  return mutation(deps, ctx, async (m) => {
    for (const t of rows) {
      const role = poolOf(t)!;
      const next = input.userId
        ? { assigneeUserId: input.userId, assigneeRole: null, poolRole: role }
        : { assigneeUserId: null, assigneeRole: role, poolRole: null };
      await m.trx.updateTable('tasks').set(next).where('id', '=', t.id).execute();
      await m.audit({
        action: input.userId ? 'inbox.task.assigned' : 'inbox.task.returned_to_pool',
        targetType: 'task',
        targetId: t.id,
        orgId: t.orgId,
        changes: {
          assigneeUserId: { before: t.assigneeUserId, after: next.assigneeUserId },
          assigneeRole: { before: t.assigneeRole, after: next.assigneeRole },
        },
        meta: { title: t.title, role },
      });
      if (input.userId && input.userId !== actor.userId)
        await notify(m, {
          userId: input.userId,
          orgId: t.orgId,
          kind: 'task.assigned',
          title: `${actor.displayName}分派给您：${t.title}`,
          link: t.link,
          dedupeKey: `task.assigned:${t.id}:${input.userId}:${m.now.toISOString()}`,
        });
    }
    return { assigned: rows.length, userId: input.userId };
  });
}
