import { z } from 'zod';

/** A file attached to a record (附件), as every record's detail lists it. */
export const attachmentSchema = z.object({
  id: z.string(),
  name: z.string().describe('文件名（扩展名按实际内容校正）'),
  size: z.number().int(),
  mime: z.string().describe('按文件内容识别的类型'),
});
