import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TrustProxy } from './config.js';
import type { Deps } from './core/deps.js';
import {
  frameworkErrors,
  installErrorHandling,
  sendRouteNotFound,
} from './core/http/error-handler.js';
import { installSecurityHeaders } from './core/http/security-headers.js';
import type { Api } from './core/http/types.js';
import { newId } from './core/ids.js';
import { WEB_ASSET_OPTIONS } from './web-assets.js';
import { ROUTES } from './modules.js';
import { installAuthentication } from './modules/auth/authenticate.js';
import { installSecurityEvents } from './modules/auth/security-events.js';
import { installUploadGate } from './modules/auth/upload-gate.js';
import { healthRoutes } from './modules/health/health.routes.js';

z.config(z.locales.zhCN());

interface BuildOptions {
  /** Pino logger options; tests pass `false`. */
  logger?: boolean | object;
}

/** Builds the HTTP app around already-open dependencies. main.ts, the tests and the benchmarks share it. */
export async function buildApp(deps: Deps, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? { level: deps.config.logLevel },
    bodyLimit: deps.config.bodyLimitBytes,
    trustProxy: trustProxyOption(deps.config.trustProxy),
    genReqId: () => newId(),
    frameworkErrors,
    // Per-request lines only when debugging: at info level they would dominate the log and the CPU.
    logController: new LogController({
      disableRequestLogging: !['debug', 'trace'].includes(deps.config.logLevel),
    }),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  installSecurityHeaders(app as unknown as FastifyInstance);

  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: deps.config.uploadMaxBytes, files: 1, fields: 20 },
    throwFileSizeLimit: true,
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Fazhi 法治 API',
        version: '1',
        description:
          '乡镇法治政府建设工作平台接口。Cookie 会话的写操作需带 X-CSRF-Token；机器客户端使用 Authorization: Bearer 令牌。',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'fazhi_sid' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  installAuthentication(app, deps);
  installSecurityEvents(app as unknown as FastifyInstance, deps);
  installUploadGate(app as unknown as FastifyInstance);
  await app.register(async (scope) => healthRoutes(scope as unknown as Api, deps));
  await app.register(
    async (api) => {
      for (const routes of ROUTES) await routes(api as unknown as Api, deps);
    },
    { prefix: '/api/v1' },
  );
  await serveWeb(app, deps);
  return app;
}

/** A hop count trusts that many proxies nearest the server (proxy-addr's rule), never a client's own header. */
function trustProxyOption(
  t: TrustProxy,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof t === 'number' ? (_address, hop) => hop < t : t;
}

/**
 * The built web app (if present): hashed assets cached for a year, everything else revalidated, and
 * client-side routes falling back to index.html. Unknown API routes stay JSON 404s.
 */
async function serveWeb(app: FastifyInstance, deps: Deps) {
  const root =
    deps.config.webDist ??
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');
  const hasWeb = fs.existsSync(path.join(root, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      ...WEB_ASSET_OPTIONS,
    });
  }
  app.setNotFoundHandler((req, reply) => {
    const url = req.url.split('?')[0] ?? '/';
    if (!hasWeb || req.method !== 'GET' || url.startsWith('/api/') || path.extname(url))
      return sendRouteNotFound(req, reply);
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
