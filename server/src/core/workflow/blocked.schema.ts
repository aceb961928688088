import { z } from 'zod';

/** `blocked[]` in every detail response: the caller's steps a guard refuses now, with the reason. */
export const blockedSchema = z
  .array(
    z.object({
      action: z.string(),
      label: z.string(),
      code: z.string(),
      message: z.string(),
      basis: z.string().nullable(),
    }),
  )
  .describe('轮到本人但当前不能执行的操作及原因和依据');

/** `ahead[]`: the steps the workflow allows from the current state, whoever takes them. */
export const aheadSchema = z
  .array(
    z.object({ action: z.string(), label: z.string(), party: z.string(), to: z.array(z.string()) }),
  )
  .describe('当前状态下流程允许的后续步骤（由流转表生成）');
