import { z } from 'zod';
import { pageOf, pageQuery } from '../../core/http/paging.js';
import { attachmentSchema } from '../../core/files/attachment.schema.js';

export const kindParam = z
  .string()
  .regex(
    /^[a-z][a-z0-9_]{1,39}$/,
    '文件类别代码只能由小写字母、数字和下划线组成（2–40 位，字母开头）',
  )
  .describe('文件类别代码，如 legality_opinion（合法性审查意见书）');

export const templateItem = z.object({
  orgId: z.string(),
  orgName: z.string(),
  kind: z.string(),
  name: z.string().describe('文件类别名称'),
  template: z.string().describe('文号模板，如 桥法审〔{year}〕{n}号'),
  year: z.number().int().describe('当前年度'),
  lastSeq: z.number().int().describe('本年度已取到的顺序号，0 表示尚未取号'),
  next: z.string().describe('下一个文号'),
});

export const templateBody = z
  .object({
    name: z
      .string()
      .trim()
      .min(2, '文件类别名称至少 2 个字')
      .max(40, '文件类别名称最多 40 个字')
      .describe('文件类别名称，如 合法性审查意见书'),
    template: z
      .string()
      .trim()
      .min(5, '文号模板过短')
      .max(60, '文号模板最多 60 个字')
      .describe('文号模板，须包含“〔{year}〕”和“{n}号”'),
    orgId: z
      .string()
      .uuid('机构编号格式有误')
      .optional()
      .describe('模板所属机构，默认为本人所在乡镇'),
  })
  .strict();

export const issueBody = z
  .object({
    kind: kindParam,
    title: z
      .string()
      .trim()
      .min(2, '文件标题至少 2 个字')
      .max(200, '文件标题最多 200 个字')
      .describe('所发文件的标题'),
  })
  .strict();

export const issuedNumber = z.object({
  id: z.string().describe('发文登记编号'),
  kind: z.string(),
  year: z.number().int(),
  seq: z.number().int(),
  text: z.string().describe('文号，如 桥法审〔2024〕12号'),
  title: z.string(),
  orgId: z.string().describe('文号所属机构（模板所属机构）'),
  issuedAt: z.string(),
});

export const registerQuery = pageQuery
  .extend({
    kind: kindParam.optional(),
    year: z.coerce.number().int().min(2000).max(2100).optional().describe('年度'),
    q: z.string().trim().max(100).optional().describe('按文号或标题查找'),
    format: z.enum(['json', 'xlsx']).default('json').describe('xlsx：按当前条件导出 Excel'),
  })
  .strict();

const registerItem = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  kind: z.string(),
  kindName: z.string().nullable(),
  year: z.number().int(),
  seq: z.number().int(),
  numberText: z.string(),
  title: z.string(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  issuedByName: z.string().nullable(),
  issuedAt: z.string(),
  attachments: z.array(attachmentSchema),
});

export const registerPage = pageOf(registerItem).extend({
  abilities: z.object({ issue: z.boolean(), attach: z.boolean(), manageTemplates: z.boolean() }),
});

export const attachBody = z
  .object({ fileId: z.string().uuid('附件编号格式有误').describe('POST /files 返回的附件编号') })
  .strict();
export const idParam = z.object({ id: z.string().uuid('发文登记编号格式有误') });

export type TemplateBody = z.infer<typeof templateBody>;
