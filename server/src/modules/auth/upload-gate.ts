import type { Permission } from '@fazhi/shared';
import type { FastifyInstance } from 'fastify';
import { authorize } from '../../core/authz/authorize.js';
import { unauthorized } from '../../core/errors.js';
import { contextOf } from '../../core/http/context.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission an upload route needs: checked before a byte of the multipart body is read. */
    uploadPermission?: Permission;
  }
}

/**
 * Uploads are refused before their body is read: a multipart request needs a signed-in caller, and
 * the route's `uploadPermission` when it declares one. Routes still authorise in their service; this
 * only stops anyone from making the server receive megabytes it will throw away.
 */
export function installUploadGate(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    if (!req.url.startsWith('/api/') || !req.isMultipart()) return;
    if (!req.actor) throw unauthorized('请先登录后再上传文件', 'UNAUTHENTICATED');
    const permission = req.routeOptions.config.uploadPermission;
    if (permission) authorize(contextOf(req), permission);
  });
}
