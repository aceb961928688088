import { z } from 'zod';
import { badRequest } from '../../core/errors.js';
import { contextOf } from '../../core/http/context.js';
import { sendStoredFile } from '../../core/http/download.js';
import type { RoutesPlugin } from '../../core/http/types.js';
import { downloadFile, fileMeta, uploadFile } from './files.service.js';
import { attachmentSchema } from '../../core/files/attachment.schema.js';

const tags = ['附件'];
const idParam = z.object({ id: z.string().uuid('附件编号格式有误') });
const fileOut = attachmentSchema.extend({
  sm3: z.string().describe('文件内容的 SM3 摘要（十六进制）'),
});

export const fileRoutes: RoutesPlugin = (api, deps) => {
  api.post(
    '/files',
    {
      config: { uploadPermission: 'file.upload' },
      schema: {
        tags,
        summary: '上传附件（multipart/form-data，字段 file；PDF、PNG、JPEG、DOCX、XLSX、OFD）',
        consumes: ['multipart/form-data'],
        response: { 201: fileOut },
      },
    },
    async (req, reply) => {
      const part = await req.file();
      if (!part || part.fieldname !== 'file')
        throw badRequest('请在表单字段 file 中选择要上传的文件');
      const meta = await uploadFile(deps, contextOf(req), {
        filename: part.filename,
        stream: part.file,
      });
      return reply.status(201).send(meta);
    },
  );

  api.get(
    '/files/:id',
    { schema: { tags, summary: '下载附件', params: idParam } },
    async (req, reply) => {
      const file = await downloadFile(deps, contextOf(req), req.params.id);
      return sendStoredFile(reply, deps.config.dataDir, file);
    },
  );

  api.get(
    '/files/:id/meta',
    {
      schema: {
        tags,
        summary: '附件信息',
        params: idParam,
        response: {
          200: fileOut.extend({
            ownerType: z.string().nullable(),
            ownerId: z.string().nullable(),
            uploadedAt: z.string(),
          }),
        },
      },
    },
    async (req) => fileMeta(deps, contextOf(req), req.params.id),
  );
};
