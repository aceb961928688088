import type { RoleKey } from '@fazhi/shared';
import type { Q } from '../../../core/db/database.js';
import type { MutationScope } from '../../../core/mutation.js';
import { closeTasks, createTask } from '../../../core/tasks/tasks.js';
import { notify } from '../../../core/notifications/notify.js';
import { itemLink, ITEM_OWNER, type LoadedItem } from './item.repository.js';

// tenancy: looks up the named people a task goes to

/**
 * 我的待办 for each step: whose turn it is next. Tasks for the town's office clerks are addressed to the
 * people by name, because the county centre's staff hold the same role and would otherwise see them.
 */

const TASK_KINDS = {
  accept: { kind: 'review.accept', title: '受理送审事项' },
  review: { kind: 'review.review', title: '合法性审查' },
  advise: { kind: 'review.advise', title: '出具法律顾问意见' },
  correct: { kind: 'review.correct', title: '补正送审材料' },
  coReview: { kind: 'review.co_review', title: '县乡协审' },
  revise: { kind: 'review.revise', title: '修改后重新报审' },
  feedback: { kind: 'review.feedback', title: '反馈审查意见采纳情况' },
  decide: { kind: 'review.decide', title: '决定（签署/发布）' },
  file: { kind: 'review.file', title: '报送备案' },
  archive: { kind: 'review.archive', title: '归档' },
} as const;
type TaskKey = keyof typeof TASK_KINDS;

type Assignee = { role: RoleKey } | { users: string[] };

/** Active users holding `permission` (through any role) whose org matches `where`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a where-clause over the users/orgs join, built by each caller
async function usersWith(q: Q, permission: string, where: (qb: any) => any): Promise<string[]> {
  const rows = await where(
    q
      .selectFrom('users')
      .innerJoin('orgs', 'orgs.id', 'users.orgId')
      .innerJoin('userRoles', 'userRoles.userId', 'users.id')
      .innerJoin('rolePermissions', 'rolePermissions.roleKey', 'userRoles.roleKey')
      .select('users.id')
      .distinct()
      .where('users.status', '=', 'active')
      .where('rolePermissions.permission', '=', permission),
  ).execute();
  return (rows as { id: string }[]).map((r) => r.id);
}

/** The town's coordinators (党建综合办): staff of the town or its offices, not of its villages. */
const townCoordinators = (q: Q, townId: string) =>
  usersWith(q, 'review.item.accept', (qb) =>
    qb.where('orgs.townId', '=', townId).where('orgs.kind', 'in', ['town', 'unit']),
  );

/** The county centre's staff above the town (their orgs belong to no town). */
function countyCentreStaff(q: Q, townPath: string) {
  const countyPath = townPath.replace(/[^/]+\/$/, '');
  return usersWith(q, 'review.item.co_review', (qb) =>
    qb.where('orgs.townId', 'is', null).where('orgs.path', 'like', `${countyPath}%`),
  );
}

/** Puts the next step in the inbox of whoever takes it (falls back to the role when nobody is named). */
export async function assignStep(
  m: MutationScope,
  item: LoadedItem,
  key: TaskKey,
  who: Assignee | { coordinators: true } | { county: true },
  clockId?: string | null,
) {
  const t = TASK_KINDS[key];
  let target: Assignee = who as Assignee;
  if ('coordinators' in who) {
    const users = await townCoordinators(m.trx, item.townId);
    target = users.length ? { users } : { role: 'office_clerk' };
  } else if ('county' in who) {
    const users = await countyCentreStaff(m.trx, item.townPath);
    target = users.length ? { users } : { role: 'office_clerk' };
  }
  const base = {
    orgId: item.orgId,
    module: 'review',
    kind: t.kind,
    subjectType: ITEM_OWNER,
    subjectId: item.id,
    title: `${t.title}：${item.title}`,
    link: itemLink(item.id),
    clockId: clockId ?? null,
  };
  if ('role' in target) await createTask(m, { ...base, assigneeRole: target.role });
  else for (const userId of target.users) await createTask(m, { ...base, assigneeUserId: userId });
}

/** Closes the item's open tasks of these steps (all of them when none are named). */
export async function closeSteps(m: MutationScope, itemId: string, ...keys: TaskKey[]) {
  if (!keys.length) return closeTasks(m, ITEM_OWNER, itemId);
  let n = 0;
  for (const k of keys) n += await closeTasks(m, ITEM_OWNER, itemId, TASK_KINDS[k].kind);
  return n;
}

/** The submitter: the person who submitted, else everyone of the submitting org with the submit permission. */
export function submitterOf(item: LoadedItem): Assignee {
  if (item.submittedBy) return { users: [item.submittedBy] };
  return {
    role:
      item.orgKind === 'village' || item.orgKind === 'community' ? 'village_cadre' : 'office_clerk',
  };
}

/**
 * Tells the person who submitted the item that it came back to them (退回补正 / 退回补充材料), with the
 * reason. An item entered for an office without a named submitter reaches the office through its task.
 */
export async function notifyReturned(
  m: MutationScope,
  item: LoadedItem,
  label: string,
  reason: string,
) {
  if (!item.submittedBy) return;
  await notify(m, {
    userId: item.submittedBy,
    orgId: item.orgId,
    kind: 'submission.returned',
    title: `送审事项被${label}：${item.title}`,
    body: `理由：${reason}`,
    link: itemLink(item.id),
    dedupeKey: `submission.returned:${item.id}:${m.now.toISOString()}`,
  });
}

/** Who decides: the village for its own items, the town's 分管领导 otherwise. */
export const approverOf = (item: LoadedItem): Assignee => ({
  role:
    item.type === 'village_contract' || item.type === 'village_rules'
      ? 'village_cadre'
      : 'deputy_head',
});
