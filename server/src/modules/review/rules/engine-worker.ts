import { parentPort } from 'node:worker_threads';
import { isAppError } from '../../../core/errors.js';
import { extractDocxText } from './docx-text.js';
import { preReview, type PreReviewInput } from './engine.js';
import type { PreReviewOptions } from './types.js';

/** A job for the pool: one pre-review (the engine is pure, so input and options are plain data), or the text of a DOCX. */
export type EngineJob =
  { review: { input: PreReviewInput; options: PreReviewOptions } } | { docx: Uint8Array };

/** What a worker answers: the hits or the text, or a refusal (bad fields, not a Word document: 400; a zip bomb: 422). */
export type EngineReply =
  | { ok: true; value: unknown }
  | { ok: false; status: number; code: string; message: string; details: unknown };

/** The body of one engine worker thread (see engine-pool.ts): runs jobs one at a time. */
const port = parentPort;
if (port) {
  port.on('message', async (job: EngineJob) => {
    let reply: EngineReply;
    try {
      reply = {
        ok: true,
        value:
          'docx' in job
            ? await extractDocxText(job.docx)
            : preReview(job.review.input, job.review.options),
      };
    } catch (e) {
      if (!isAppError(e)) throw e;
      reply = { ok: false, status: e.status, code: e.code, message: e.message, details: e.details };
    }
    port.postMessage(reply);
  });
  port.postMessage('ready');
}
