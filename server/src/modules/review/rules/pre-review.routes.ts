import { contextOf } from '../../../core/http/context.js';
import type { RoutesPlugin } from '../../../core/http/types.js';
import { badRequest } from '../../../core/errors.js';
import {
  catalogueResponse,
  docxResponse,
  preReviewBody,
  preReviewResponse,
} from './pre-review.schema.js';
import { preReviewCatalogue, runDocxPreReview, runPreReview } from './pre-review.service.js';

const tags = ['合法性审查'];

/** 智能预审: the stateless self-check for drafters (and the catalogue the UI lists). */
export const preReviewRoutes: RoutesPlugin = (api, deps) => {
  api.post(
    '/review/pre-review',
    {
      // 200 000 characters of Chinese are ~600 KB of JSON; allow for escaping above the default body limit.
      bodyLimit: Math.max(deps.config.bodyLimitBytes, 2 * 1024 * 1024),
      schema: {
        tags,
        summary: '智能预审：检查村规民约、合同或涉企政策措施文本，返回疑似问题条款（不保存）',
        body: preReviewBody,
        response: { 200: preReviewResponse },
      },
    },
    async (req) => runPreReview(deps, contextOf(req), req.body),
  );

  api.post(
    '/review/pre-review/docx',
    {
      schema: {
        tags,
        summary: '智能预审（上传 Word 文档）：表单字段 kind、fields（JSON，可选）和 file',
        consumes: ['multipart/form-data'],
        response: { 200: docxResponse },
      },
    },
    async (req) => {
      const form: { kind?: string; fields?: string } = {};
      let file: Buffer | null = null;
      for await (const part of req.parts()) {
        if (part.type === 'file') {
          if (part.fieldname !== 'file') throw badRequest('请在表单字段 file 中选择 Word 文档');
          file = await part.toBuffer();
        } else if (part.fieldname === 'kind' || part.fieldname === 'fields') {
          form[part.fieldname] = String(part.value);
        }
      }
      if (!file) throw badRequest('请在表单字段 file 中选择 Word 文档');
      return runDocxPreReview(deps, contextOf(req), file, form);
    },
  );

  api.get(
    '/review/pre-review/rules',
    {
      schema: {
        tags,
        summary: '智能预审规则目录、公平竞争审查标准和可配置阈值',
        response: { 200: catalogueResponse },
      },
    },
    async (req) => preReviewCatalogue(contextOf(req)),
  );
};
