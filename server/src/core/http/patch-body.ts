import type { z } from 'zod';

/**
 * A PATCH body must change something: an empty one is a 400 with a Chinese message, not a write with
 * nothing to record (every mutation writes its audit event, and there would be none).
 */
export const patchBody = <T extends z.ZodObject>(schema: T) =>
  schema.refine((body) => Object.values(body).some((v) => v !== undefined), {
    message: '请至少修改一项内容',
  });
