import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgMissing, startTestServer, type TestServer } from './test/test-env.js';

/** A raw GET, so the body and content-encoding are seen as sent (fetch would decompress). */
function get(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });
}

describe.skipIf(pgMissing())(
  'the web app’s files as the build leaves them (pre-compressed, hashed)',
  () => {
    let s: TestServer;
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-web-'));
    const script = `console.log(${JSON.stringify('法治'.repeat(2000))});`;

    beforeAll(async () => {
      fs.mkdirSync(path.join(dist, 'assets'));
      const html = `<!doctype html><html><head><script type="module" src="/assets/index-AbC123.js"></script></head><body>${'<div></div>'.repeat(200)}</body></html>`;
      for (const [file, text] of [
        ['index.html', html],
        ['assets/index-AbC123.js', script],
      ] as const) {
        fs.writeFileSync(path.join(dist, file), text);
        fs.writeFileSync(path.join(dist, `${file}.br`), zlib.brotliCompressSync(text));
        fs.writeFileSync(path.join(dist, `${file}.gz`), zlib.gzipSync(text));
      }
      s = await startTestServer({ demo: false, env: { FAZHI_WEB_DIST: dist } });
    });
    afterAll(async () => {
      await s?.close();
      fs.rmSync(dist, { recursive: true, force: true });
    });

    it('sends the brotli copy of a hashed asset, cached for a year', async () => {
      const res = await get(`${s.baseUrl}/assets/index-AbC123.js`, {
        'accept-encoding': 'gzip, deflate, br',
      });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['content-type']).toMatch(/javascript/);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(zlib.brotliDecompressSync(res.body).toString()).toBe(script);
    });

    it('sends gzip to a client without brotli, and the plain file to one that accepts neither', async () => {
      const gz = await get(`${s.baseUrl}/assets/index-AbC123.js`, { 'accept-encoding': 'gzip' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(zlib.gunzipSync(gz.body).toString()).toBe(script);
      const plain = await get(`${s.baseUrl}/assets/index-AbC123.js`, {
        'accept-encoding': 'identity',
      });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(script);
    });

    it('revalidates index.html, compressed too, also when a client route falls back to it', async () => {
      for (const url of ['/', '/review/items']) {
        const res = await get(`${s.baseUrl}${url}`, { 'accept-encoding': 'br' });
        expect(res.status, url).toBe(200);
        expect(res.headers['cache-control'], url).toBe('no-cache');
        expect(zlib.brotliDecompressSync(res.body).toString(), url).toContain(
          '/assets/index-AbC123.js',
        );
      }
    });
  },
);
