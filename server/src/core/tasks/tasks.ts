import type { Insertable } from 'kysely';
import { isCalendarDate, type RoleKey } from '@fazhi/shared';
import { fixedQuery } from '../db/fixed-query.js';
import type { TasksTable } from '../db/schema-machinery.js';
import { badRequest } from '../errors.js';
import { newId } from '../ids.js';
import type { MutationScope } from '../mutation.js';
import { notifyEach, taskRecipients } from '../notifications/notify.js';

interface NewTask {
  orgId: string;
  /** Owning module, e.g. `disclosure`. */
  module: string;
  /** What is to be done, e.g. `disclosure.reply_due`. */
  kind: string;
  subjectType: string;
  subjectId: string;
  /** What the person reads in 我的待办. */
  title: string;
  /** A named person … */
  assigneeUserId?: string | null;
  /** … or everyone holding this role whose scope includes `orgId`. */
  assigneeRole?: RoleKey | null;
  /** The task is due when this clock is (paused clocks move it). */
  clockId?: string | null;
  /**
   * That clock's due date, where the caller has just started it in this mutation (else it is read):
   * no task can run on so new a clock, so none is looked for to reuse.
   */
  clockDueDate?: string;
  dueDate?: string | null;
  /** Web route that opens the subject. */
  link: string;
}

const insertTask = fixedQuery((q, row: Insertable<TasksTable>) =>
  q.insertInto('tasks').values(row),
);

/** The open task `input` would duplicate: same org, kind, subject, assignee (and clock). */
function sameOpenTask(m: MutationScope, input: NewTask, user: string | null, role: RoleKey | null) {
  let same = m.trx
    // tenancy: de-duplication inside the caller's mutation on its own subject
    .selectFrom('tasks')
    .select('id')
    .where('status', '=', 'open')
    .where('orgId', '=', input.orgId)
    .where('kind', '=', input.kind)
    .where('subjectType', '=', input.subjectType)
    .where('subjectId', '=', input.subjectId)
    // A pool task already handed to a person (分派) still stands for its role.
    .where((eb) =>
      user
        ? eb('assigneeUserId', '=', user)
        : eb.or([eb('assigneeRole', '=', role!), eb('poolRole', '=', role!)]),
    );
  // A task on another clock (e.g. a case's second 先行登记保存) is a task of its own.
  if (input.clockId) same = same.where('clockId', '=', input.clockId);
  return same.executeTakeFirst();
}

/**
 * Puts a task in the inbox, inside the caller's mutation (whose audit event covers it), and notifies
 * whoever it reaches (`task.assigned`). An identical
 * open task (same org, kind, subject, assignee and clock) is reused, so calling twice is harmless.
 */
export async function createTask(
  m: MutationScope,
  input: NewTask,
): Promise<{ id: string; created: boolean }> {
  const user = input.assigneeUserId ?? null;
  const role = input.assigneeRole ?? null;
  if ((user === null) === (role === null))
    throw new Error('createTask: give exactly one of assigneeUserId and assigneeRole');
  if (input.dueDate && !isCalendarDate(input.dueDate))
    throw badRequest(`待办截止日期“${input.dueDate}”无效`);
  // A clock started in this mutation (its due date handed over) has no task yet: nothing to reuse.
  if (!input.clockDueDate) {
    const existing = await sameOpenTask(m, input, user, role);
    if (existing) return { id: existing.id, created: false };
  }

  let dueDate = input.dueDate ?? null;
  // A task with a clock always carries the clock's due date (kept in step by clock.repository.writeDueDate).
  if (input.clockId && input.clockDueDate) dueDate = input.clockDueDate;
  else if (input.clockId) {
    // tenancy: the clock of the caller's own subject
    const clock = await m.trx
      .selectFrom('clocks')
      .select('dueDate')
      .where('id', '=', input.clockId)
      .executeTakeFirst();
    if (!clock) throw new Error(`createTask: clock ${input.clockId} not found`);
    dueDate = clock.dueDate;
  }
  const id = newId();
  await insertTask(m.trx, {
    id,
    orgId: input.orgId,
    module: input.module,
    kind: input.kind,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    title: input.title,
    assigneeUserId: user,
    assigneeRole: role,
    clockId: input.clockId ?? null,
    dueDate,
    link: input.link,
    status: 'open',
    createdAt: m.now.toISOString(),
    closedAt: null,
  });
  const recipients = await taskRecipients(m.trx, {
    orgId: input.orgId,
    assigneeUserId: user,
    assigneeRole: role,
  });
  await notifyEach(
    m,
    recipients.map((userId) => ({
      userId,
      orgId: input.orgId,
      kind: 'task.assigned',
      title: `新待办：${input.title}`,
      body: dueDate ? `截止日期 ${dueDate}` : null,
      link: input.link,
      dedupeKey: `task.assigned:${id}:${userId}`,
    })),
  );
  return { id, created: true };
}

/** Marks the subject's open tasks (of one kind, or all) done; returns how many. */
export async function closeTasks(
  m: MutationScope,
  subjectType: string,
  subjectId: string,
  kind?: string,
): Promise<number> {
  let q = m.trx
    .updateTable('tasks')
    .set({ status: 'done', closedAt: m.now.toISOString() })
    .where('status', '=', 'open')
    .where('subjectType', '=', subjectType)
    .where('subjectId', '=', subjectId);
  if (kind) q = q.where('kind', '=', kind);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Marks the open tasks that run on this clock done: the clock stopped, so its period was met (stopClock). */
export async function closeClockTasks(m: MutationScope, clockId: string): Promise<number> {
  const r = await m.trx
    .updateTable('tasks')
    .set({ status: 'done', closedAt: m.now.toISOString() })
    .where('status', '=', 'open')
    .where('clockId', '=', clockId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
