import path from 'node:path';
import type { FastifyStaticOptions } from '@fastify/static';

/**
 * How the built web app's files are sent: the `.br` / `.gz` copies the web build writes beside each
 * file (web/vite-precompress.ts) go to browsers that accept them; hashed files under assets/ are cached
 * for a year, everything else (index.html) revalidated.
 */
export const WEB_ASSET_OPTIONS = {
  preCompressed: true,
  setHeaders: (reply, file) =>
    reply.header(
      'cache-control',
      file.includes(`${path.sep}assets${path.sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    ),
} satisfies Partial<FastifyStaticOptions>;
