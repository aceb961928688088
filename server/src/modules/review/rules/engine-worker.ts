import { parentPort } from 'node:worker_threads';
import { isAppError } from '../../../core/errors.js';
import { preReview, type PreReviewInput } from './engine.js';
import type { PreReviewOptions } from './types.js';

/** A job for the pool: one pre-review (the engine is pure, so input and options are plain data). */
export interface EngineJob {
  input: PreReviewInput;
  options: PreReviewOptions;
}

/** What a worker answers: the hits, or a refusal the engine raised (bad fields are a 400). */
export type EngineReply = { ok: true; hits: ReturnType<typeof preReview> } | { ok: false; status: number; code: string; message: string; details: unknown };

/** The body of one engine worker thread (see engine-pool.ts): runs jobs one at a time. */
const port = parentPort;
if (port) {
  port.on('message', (job: EngineJob) => {
    let reply: EngineReply;
    try {
      reply = { ok: true, hits: preReview(job.input, job.options) };
    } catch (e) {
      if (!isAppError(e)) throw e;
      reply = { ok: false, status: e.status, code: e.code, message: e.message, details: e.details };
    }
    port.postMessage(reply);
  });
  port.postMessage('ready');
}
