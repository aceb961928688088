import type { Deps } from '../../core/deps.js';

/**
 * The nightly sweep: re-derives every running clock's due date and status, and raises inbox tasks
 * for what is due soon or overdue. (Filled in with the calendar module.)
 */
export async function deadlineSweep(deps: Deps, slot: Date): Promise<string> {
  const open = await deps.db.kysely.selectFrom('clocks').select((eb) => eb.fn.countAll<number>().as('n')).where('state', '!=', 'stopped').executeTakeFirstOrThrow();
  return `slot ${slot.toISOString()}: ${Number(open.n)} open clocks`;
}
