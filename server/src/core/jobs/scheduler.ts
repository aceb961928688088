import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from '../deps.js';
import { newId } from '../ids.js';
import { mutation } from '../mutation.js';
import { nextSlot, parseSchedule, type Schedule } from './schedule.js';

export interface JobDefinition {
  name: string;
  /** `daily@HH:MM` or `every:Ns`. */
  schedule: string;
  /** Does the work for one slot; returns a one-line summary kept with the run. */
  run(deps: Deps, slot: Date): Promise<string>;
}

const JOB_CTX = { actor: null, ip: null, userAgent: null, requestId: 'scheduler' };

/**
 * Runs due jobs exactly once across all app servers sharing the database. Each slot is claimed by
 * moving `next_run_at` forward with a compare-and-set; only the instance whose update matched runs
 * it, and `job_runs (job_name, slot)` is unique as a second guard. No state lives in memory.
 */
async function runDueJobs(
  deps: Deps,
  jobs: JobDefinition[],
): Promise<{ name: string; slot: string; status: string }[]> {
  const q = deps.db.kysely;
  const done: { name: string; slot: string; status: string }[] = [];
  for (const job of jobs) {
    const schedule: Schedule = parseSchedule(job.schedule);
    const now = deps.time.now();
    const row = await q
      .selectFrom('scheduledJobs')
      .selectAll()
      .where('name', '=', job.name)
      .executeTakeFirst();
    if (!row) {
      await q
        .insertInto('scheduledJobs')
        .values({
          name: job.name,
          nextRunAt: nextSlot(schedule, now, deps.config.timezone).toISOString(),
          lastRunAt: null,
          lastStatus: null,
          paused: 0,
        })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      continue;
    }
    if (row.paused || row.nextRunAt > now.toISOString()) continue;

    const slot = row.nextRunAt;
    const following = nextSlot(
      schedule,
      new Date(Math.max(now.getTime(), Date.parse(slot))),
      deps.config.timezone,
    ).toISOString();
    const claimed = await q
      .updateTable('scheduledJobs')
      .set({ nextRunAt: following })
      .where('name', '=', job.name)
      .where('nextRunAt', '=', slot)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;

    const runId = newId();
    await q
      .insertInto('jobRuns')
      .values({
        id: runId,
        jobName: job.name,
        slot,
        instanceId: deps.instanceId,
        startedAt: now.toISOString(),
        finishedAt: null,
        status: 'running',
        output: null,
      })
      .execute();
    let status: 'ok' | 'failed' = 'ok';
    let output: string;
    try {
      output = await job.run(deps, new Date(slot));
    } catch (e) {
      status = 'failed';
      output = e instanceof Error ? e.message : String(e);
    }
    await mutation(deps, JOB_CTX, async (m) => {
      await m.trx
        .updateTable('jobRuns')
        .set({ status, output: output.slice(0, 2000), finishedAt: m.now.toISOString() })
        .where('id', '=', runId)
        .execute();
      await m.trx
        .updateTable('scheduledJobs')
        .set({ lastRunAt: m.now.toISOString(), lastStatus: status })
        .where('name', '=', job.name)
        .execute();
      await m.audit({
        action: 'system.job.ran',
        orgId: null,
        targetType: 'job',
        targetId: job.name,
        meta: { slot, status, instance: deps.instanceId, output: output.slice(0, 500) },
      });
    });
    done.push({ name: job.name, slot, status });
  }
  return done;
}

/** Ticks every FAZHI_SCHEDULER_TICK_MS; a slow or failing tick never stops the next one. */
export function startScheduler(deps: Deps, log: FastifyBaseLogger, jobs: JobDefinition[]) {
  let current: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (current || stopped) return current ?? Promise.resolve();
    current = (async () => {
      try {
        for (const r of await runDueJobs(deps, jobs)) log.info(r, 'scheduled job ran');
      } catch (e) {
        log.error({ err: e }, 'scheduler tick failed');
      } finally {
        current = null;
      }
    })();
    return current;
  };
  const timer = setInterval(() => void tick(), deps.config.schedulerTickMs);
  timer.unref();
  void tick();
  return {
    tick,
    /** Stops ticking and waits for a job that is running to finish, so the database can close after it. */
    async stop() {
      stopped = true;
      clearInterval(timer);
      await current;
    },
  };
}
