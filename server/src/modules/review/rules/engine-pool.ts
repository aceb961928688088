import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Config } from '../../../config.js';
import { AppError } from '../../../core/errors.js';
import type { PreReviewInput } from './engine.js';
import type { EngineJob, EngineReply } from './engine-worker.js';
import type { Hit, PreReviewOptions } from './types.js';

/**
 * 智能预审 off the event loop (security issue #8): the engine runs in a small pool of worker threads
 * with a time budget per job. A job over budget has its worker terminated (and replaced) and the
 * caller gets a 422 PRE_REVIEW_TIMEOUT; a crashed worker is replaced too. /healthz and every other
 * request keep being answered meanwhile. The queue of jobs waiting for a worker is bounded: past it a
 * job is refused at once (429 PRE_REVIEW_BUSY) instead of piling up memory and waiting time.
 */
interface PoolSettings {
  /** Worker threads (FAZHI_PRE_REVIEW_WORKERS). */
  size: number;
  /** Milliseconds one job may run once a worker has taken it (FAZHI_PRE_REVIEW_BUDGET_MS). */
  budgetMs: number;
  /** Jobs that may wait for a busy worker (FAZHI_PRE_REVIEW_QUEUE); 0: none wait. */
  queue: number;
}

interface Job {
  work: EngineJob;
  resolve: (value: unknown) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
}

/**
 * Compiled, the worker is the .js file next to this one (server/dist). From the TypeScript sources
 * (tests, tsx) a small bootstrap imports the .ts file through tsx's API, with the workspace's
 * "source" condition (Node 20 does not apply `--import tsx` hooks to a worker's entry).
 */
function startWorker(): Worker {
  const js = new URL('./engine-worker.js', import.meta.url);
  if (fs.existsSync(fileURLToPath(js))) return new Worker(js);
  const ts = JSON.stringify(new URL('./engine-worker.ts', import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then((tsx) => tsx.tsImport(${ts}, ${ts}))`, {
    eval: true,
    execArgv: ['--conditions=source'],
  });
}

const preReviewTimeout = (budgetMs: number) =>
  new AppError(
    422,
    'PRE_REVIEW_TIMEOUT',
    `预审超时：文本在 ${budgetMs / 1000} 秒内未能完成智能预审，请删去附件、重复内容后分段提交，或者直接送审由审查人员人工审查`,
    { budgetMs },
  );

const preReviewBusy = (queue: number) =>
  new AppError(
    429,
    'PRE_REVIEW_BUSY',
    '智能预审繁忙：正在排队的预审已满，请稍后再试，或者直接送审由审查人员人工审查',
    { queue },
  );

export class EnginePool {
  private readonly idle: Slot[] = [];
  private readonly queue: Job[] = [];
  private live = 0;
  private closed = false;

  constructor(readonly settings: PoolSettings) {}

  /** Runs one pre-review in a worker; rejects with the engine's own 400 or with PRE_REVIEW_TIMEOUT. */
  run(input: PreReviewInput, options: PreReviewOptions = {}): Promise<Hit[]> {
    return this.submit({ review: { input, options } }) as Promise<Hit[]>;
  }

  /** The text of a Word document, read in a worker (a large body takes long to parse); the same 400/422 as extractDocxText. */
  extractText(docx: Uint8Array): Promise<string> {
    return this.submit({ docx }) as Promise<string>;
  }

  private submit(work: EngineJob): Promise<unknown> {
    return new Promise((resolve, reject) => {
      // A job that finds every worker busy waits, if the waiting room has space.
      if (!this.workerFree() && this.queue.length >= this.settings.queue) {
        reject(preReviewBusy(this.settings.queue));
        return;
      }
      this.queue.push({ work, resolve, reject });
      this.pump();
    });
  }

  /** Terminates every worker; queued jobs are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0))
      job.reject(new AppError(503, 'PRE_REVIEW_UNAVAILABLE', '智能预审服务正在重启，请稍后重试'));
    await Promise.all(this.idle.splice(0).map((s) => s.worker.terminate()));
  }

  private workerFree(): boolean {
    return this.idle.length > 0 || this.live < this.settings.size;
  }

  private pump(): void {
    while (!this.closed && this.queue.length && this.workerFree()) {
      const slot = this.idle.pop() ?? this.spawn();
      void this.dispatch(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot {
    const worker = startWorker();
    // Idle workers never keep the process alive; a pending job's timer does.
    worker.unref();
    this.live += 1;
    const ready = new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
      worker.once('exit', (code) =>
        reject(new Error(`pre-review worker exited with ${code} before it was ready`)),
      );
    });
    ready.catch(() => undefined);
    return { worker, ready };
  }

  /** A worker that timed out or failed is gone: count it out and let the queue spawn a new one. */
  private discard(slot: Slot): void {
    this.live -= 1;
    slot.worker.removeAllListeners().on('error', () => undefined);
    void slot.worker.terminate();
    this.pump();
  }

  private async dispatch(slot: Slot, job: Job): Promise<void> {
    try {
      await slot.ready;
    } catch (e) {
      this.discard(slot);
      job.reject(e);
      return;
    }
    const { worker } = slot;
    const done = () => {
      clearTimeout(timer);
      worker.removeListener('message', onReply);
      worker.removeListener('error', onFailure);
      worker.removeListener('exit', onFailure);
    };
    const onReply = (reply: EngineReply) => {
      done();
      if (this.closed) void worker.terminate();
      else this.idle.push(slot);
      if (reply.ok) job.resolve(reply.value);
      else job.reject(new AppError(reply.status, reply.code, reply.message, reply.details));
      this.pump();
    };
    const onFailure = (e: unknown) => {
      done();
      this.discard(slot);
      job.reject(e instanceof Error ? e : new Error(`pre-review worker exited with ${String(e)}`));
    };
    const timer = setTimeout(() => {
      done();
      this.discard(slot);
      job.reject(preReviewTimeout(this.settings.budgetMs));
    }, this.settings.budgetMs);
    worker.on('message', onReply);
    worker.once('error', onFailure);
    worker.once('exit', onFailure);
    worker.postMessage(job.work);
  }
}

const pools = new Map<string, EnginePool>();

/** The process's pool for these settings: one per process in production (tests may start servers with other settings). */
function enginePool(settings: PoolSettings): EnginePool {
  const key = `${settings.size}:${settings.budgetMs}:${settings.queue}`;
  let pool = pools.get(key);
  if (!pool) pools.set(key, (pool = new EnginePool(settings)));
  return pool;
}

/** The pool sized, budgeted and bounded by the settings (FAZHI_PRE_REVIEW_WORKERS, _BUDGET_MS, _QUEUE). */
export const poolFor = (
  config: Pick<Config, 'preReviewWorkers' | 'preReviewBudgetMs' | 'preReviewQueue'>,
): EnginePool =>
  enginePool({
    size: config.preReviewWorkers,
    budgetMs: config.preReviewBudgetMs,
    queue: config.preReviewQueue,
  });
