import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { contentDisposition } from '../files/content-disposition.js';
import { openBlob } from '../files/storage.js';

/**
 * Who may keep a copy: `private` downloads are re-validated on each use (staff files, letters),
 * `no-store` ones are never kept (generated on the fly or behind a time-limited link), `public` ones
 * are the portal's published attachments.
 */
type DownloadCache = 'private' | 'no-store' | 'public';

const CACHE_CONTROL: Record<DownloadCache, string> = {
  private: 'private, no-cache',
  'no-store': 'private, no-store',
  public: 'public, max-age=300',
};

interface Download {
  /** The file name the browser saves, Chinese included (RFC 5987 `filename*`). */
  name: string;
  mime: string;
  body: Buffer | Readable;
  /** Bytes, when known before sending (a stored file, a buffer). */
  size?: number | undefined;
  cache?: DownloadCache;
  /** Content digest for conditional requests (stored files). */
  etag?: string | undefined;
  disposition?: 'attachment' | 'inline';
}

/**
 * The one file-download reply: type, length, `Content-Disposition` with an ASCII fallback and the
 * UTF-8 name, `nosniff` (the browser must not guess a type from the bytes) and a cache rule.
 */
export function sendDownload(reply: FastifyReply, d: Download): FastifyReply {
  const size = d.size ?? (Buffer.isBuffer(d.body) ? d.body.length : undefined);
  reply
    .header('content-type', d.mime)
    .header('content-disposition', contentDisposition(d.name, d.disposition))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', CACHE_CONTROL[d.cache ?? 'private']);
  if (size !== undefined) reply.header('content-length', String(size));
  if (d.etag) reply.header('etag', `"${d.etag}"`);
  return reply.send(d.body);
}

/** A file kept in content-addressed storage (a `files` row), streamed from disk. */
export function sendStoredFile(
  reply: FastifyReply,
  dataDir: string,
  file: { originalName: string; mime: string; size: number; sm3: string },
  cache: DownloadCache = 'private',
): FastifyReply {
  return sendDownload(reply, {
    name: file.originalName,
    mime: file.mime,
    size: file.size,
    body: openBlob(dataDir, file.sm3),
    cache,
    etag: file.sm3,
  });
}
