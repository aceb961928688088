import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod';
import { isAppError } from '../errors.js';

/** What every failure looks like on the wire. */
interface ErrorBody {
  error: { code: string; message: string; details: unknown };
}

const send = (
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  details: unknown = null,
) => reply.status(status).send({ error: { code, message, details } } satisfies ErrorBody);

/** Fastify's own error codes for bad requests, each with the Chinese message users see. */
const FASTIFY_CLIENT_ERRORS: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'INVALID_JSON', '请求体不是合法的 JSON'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'INVALID_JSON', '请求体为空，应为 JSON'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE', '请求体过大'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE', '不支持的请求内容类型'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'BAD_REQUEST', '请求长度与内容不符'],
  FST_REQ_FILE_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE', '上传的文件超过大小上限'],
  FST_FILES_LIMIT: [413, 'PAYLOAD_TOO_LARGE', '一次上传的文件过多'],
  FST_PARTS_LIMIT: [413, 'PAYLOAD_TOO_LARGE', '表单字段过多'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    '上传请使用 multipart/form-data',
  ],
  FST_ERR_VALIDATION: [400, 'VALIDATION_FAILED', '请求参数有误'],
};

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    if (isAppError(err)) return send(reply, err.status, err.code, err.message, err.details);

    if (hasZodFastifySchemaValidationErrors(err)) {
      const where =
        err.validationContext === 'querystring'
          ? '查询参数'
          : err.validationContext === 'params'
            ? '路径参数'
            : '请求参数';
      const details = err.validation.map((v) => ({
        path: `${err.validationContext ?? 'body'}${v.instancePath.replaceAll('/', '.').replace(/\.$/, '')}`,
        message: v.message,
      }));
      return send(
        reply,
        400,
        'VALIDATION_FAILED',
        `${where}有误：${details.map((d) => `${d.path} ${d.message}`).join('；')}`,
        details,
      );
    }

    const known = err.code ? FASTIFY_CLIENT_ERRORS[err.code] : undefined;
    if (known) return send(reply, known[0], known[1], known[2]);

    if (isResponseSerializationError(err)) {
      req.log.error({ err, issues: err.cause.issues }, 'response does not match its schema');
      return send(reply, 500, 'INTERNAL', '服务器内部错误，请联系系统管理员');
    }
    // Any other 4xx raised by a plugin keeps its status; its English message is not shown to users.
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return send(reply, err.statusCode, err.code ?? 'BAD_REQUEST', '请求无法处理', {
        reason: err.message,
      });
    }
    req.log.error({ err }, 'unhandled error');
    return send(reply, 500, 'INTERNAL', '服务器内部错误，请联系系统管理员');
  });
}

/**
 * Errors Fastify raises before routing (a malformed or over-long URL): the same JSON shape as any other
 * refusal, instead of Fastify's English default body.
 */
export function frameworkErrors(
  err: FastifyError,
  _req: FastifyRequest,
  reply: FastifyReply,
): void {
  if (err.code === 'FST_ERR_MAX_PARAM_LENGTH')
    void send(reply, 414, 'URI_TOO_LONG', '请求地址过长');
  else if (err.code === 'FST_ERR_BAD_URL') void send(reply, 400, 'BAD_URL', '请求地址不合法');
  else
    void send(
      reply,
      err.statusCode && err.statusCode < 500 ? err.statusCode : 400,
      'BAD_REQUEST',
      '请求无法处理',
    );
}

/** The JSON 404 for an unknown route. */
export const sendRouteNotFound = (req: FastifyRequest, reply: FastifyReply) =>
  send(reply, 404, 'NOT_FOUND', `接口不存在：${req.method} ${req.url.split('?')[0]}`);
